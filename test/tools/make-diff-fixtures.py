# Makes test/fixtures/diff/<CODE>/{old,new}.yaml from a small base notice (run once; the fixtures are committed).
import os, re
ROOT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'diff')
BASE='''notice:
  languages: [en]
  updated: "2025-01-01"
  version: "1"
controller:
  name: Example Oy
  email: info@example.invalid
provision_requirement:
  requirement: contractual
purposes:
  items:
    - id: service
      name: { en: Service }
      description: { en: Providing the service. }
#PURPOSES
legal_basis:
  items:
    - basis: contract
      purposes: [service]
#BASES
data_subjects:
  items:
    - id: customers
      description: { en: Customers. }
#SUBJECTS
data_categories:
  items:
    - id: contact
      description: { en: Contact details. }
#CATEGORIES
sources:
  items:
    - from: data_subject
#SOURCES
recipients:
  items:
    - name: Cloud Oy
      category: { en: IT service provider }
      processor: true
#RECIPIENTS
transfers:
  status: intended
  items:
    - country: CH
      mechanism: adequacy
#TRANSFERS
retention:
  items:
    - applies_to: [service]
      period: P2Y
automated_decisions:
  used: false
rights:
  standard: true
  how_to: { en: Write to us. }
cookies:
  items:
    - name: session
#COOKIES
'''
def sub(marker, text):
    return lambda s: s.replace(f'#{marker}\n', text)
def rep(a, b):
    def f(s):
        assert a in s, a
        return s.replace(a, b, 1)
    return f
PURPOSE='''    - id: analytics
      name: { en: Analytics }
      description: { en: Measuring how the service is used. }
'''
BASIS='''    - basis: legitimate_interests
      purposes: [service]
      interest: { en: Keeping the service secure. }
'''
RECIPIENT='''    - category: { en: Debt collection agencies }
      processor: true
'''
US='''    - country: US
      mechanism: scc
'''
SOURCE='''    - from: third_party
      name: { en: Credit information company }
'''
CATEGORY='''    - id: payment
      description: { en: Payment details. }
'''
CASES = {
  'NEW_PURPOSE': ([], [sub('PURPOSES', PURPOSE)]),
  'PURPOSE_DIRECT_MARKETING': ([], [rep('      description: { en: Providing the service. }\n', '      description: { en: Providing the service. }\n      direct_marketing: true\n')]),
  'NEW_BASIS': ([], [sub('BASES', BASIS)]),
  'NEW_DATA_CATEGORY': ([], [sub('CATEGORIES', CATEGORY)]),
  'NEW_SPECIAL_CATEGORY': ([], [rep('      description: { en: Contact details. }\n', '      description: { en: Contact details. }\n      special_category: health\n')]),
  'NEW_RECIPIENT': ([], [sub('RECIPIENTS', RECIPIENT)]),
  'NEW_TRANSFER_COUNTRY': ([], [sub('TRANSFERS', US)]),
  'RETENTION_LONGER': ([], [rep('period: P2Y', 'period: P30M')]),
  'NEW_SOURCE': ([], [sub('SOURCES', SOURCE)]),
  'NEW_AUTOMATED_DECISIONS': ([], [rep('  used: false', '  used: true')]),
  'NEW_CONTROLLER': ([], [rep('provision_requirement:', 'joint_controllers:\n  - name: Partner Oy\n    business_id: "1234567-1"\nprovision_requirement:')]),
  'NEW_DATA_SUBJECTS': ([], [sub('SUBJECTS', '    - id: applicants\n      description: { en: People who apply for a job. }\n')]),
  'RETENTION_SHORTER': ([], [rep('period: P2Y', 'period: P18M')]),
  'PURPOSE_REMOVED': ([sub('PURPOSES', PURPOSE)], []),
  'BASIS_REMOVED': ([sub('BASES', BASIS)], []),
  'RECIPIENT_REMOVED': ([sub('RECIPIENTS', RECIPIENT)], []),
  'RECIPIENT_RENAMED': ([], [rep('name: Cloud Oy', 'name: Sky Services Oy')]),
  'TRANSFER_REMOVED': ([sub('TRANSFERS', US)], []),
  'TRANSFER_SAFEGUARD_CHANGED': ([], [rep('mechanism: adequacy', 'mechanism: scc')]),
  'SOURCE_REMOVED': ([sub('SOURCES', SOURCE)], []),
  'DATA_CATEGORY_REMOVED': ([sub('CATEGORIES', CATEGORY)], []),
  'CONTACT_CHANGED': ([], [rep('info@example.invalid', 'privacy@example.invalid')]),
  'RIGHTS_CHANGED': ([], [rep('Write to us.', 'Write to us or use the form on our website.')]),
  'AUTOMATED_DECISIONS_ENDED': ([rep('  used: false', '  used: true')], []),
  'DETAIL_CHANGED': ([], [rep('requirement: contractual', 'requirement: statutory')]),
  'ITEM_ADDED': ([], [sub('COOKIES', '    - name: language\n')]),
  'ITEM_REMOVED': ([sub('COOKIES', '    - name: language\n')], []),
  'VERSION_CHANGED': ([], [rep('version: "1"', 'version: "2"')]),
  'ID_CHANGED': ([rep('      purposes: [service]\n', '      purposes: [service]\n'), rep("    - applies_to: [service]\n      period: P2Y\n", "    - applies_to: [customers]\n      period: P2Y\n")],
                 [rep('    - id: service\n', '    - id: delivery\n'), rep('      purposes: [service]\n', '      purposes: [delivery]\n'), rep("    - applies_to: [service]\n      period: P2Y\n", "    - applies_to: [customers]\n      period: P2Y\n")]),
  'WORDING_CHANGED': ([], [rep('Providing the service.', 'Providing and improving the service you ordered.')]),
}
def clean(s):
    return re.sub(r'^#[A-Z]+\n', '', s, flags=re.M)
for code, (old_edits, new_edits) in CASES.items():
    d = os.path.join(ROOT, code)
    os.makedirs(d, exist_ok=True)
    for name, edits in (('old', old_edits), ('new', new_edits)):
        s = BASE
        for e in edits: s = e(s)
        open(os.path.join(d, f'{name}.yaml'), 'w').write(clean(s))
# The three cases the issue names, on the complete example.
complete = open(os.path.join(ROOT, '..', '..', '..', 'examples', 'complete.yaml')).read()
def case(name, old, new):
    d = os.path.join(ROOT, 'cases', name); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, 'old.yaml'), 'w').write(old); open(os.path.join(d, 'new.yaml'), 'w').write(new)
# A reordered list: data subjects swapped, a basis's purposes written the other way round, security measures reversed.
subjects = re.search(r'(data_subjects:\n  items:\n)((?:    - .*\n(?:      .*\n)*)+)', complete)
items = re.findall(r'    - .*\n(?:      .*\n|        .*\n)*', subjects.group(2))
reordered = complete.replace(subjects.group(2), ''.join(reversed(items)))
reordered = reordered.replace('purposes: [customer_relationship, billing]', 'purposes: [billing, customer_relationship]')
case('reordered-list', complete, reordered)
case('renamed-processor', complete, complete.replace('name: Esimerkkipilvi Oy', 'name: Pilvipalvelut Esimerkki Oy'))
us = re.search(r'  items:\n    - country: US\n(?:      .*\n|        .*\n)*', complete).group(0)
case('new-us-transfer', complete.replace(us, ''), complete)
print('ok', len(CASES))
