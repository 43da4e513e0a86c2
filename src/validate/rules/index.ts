import { authorityAddressCurrent } from './authority-address-current.js';
import { automatedDecisionsStated } from './automated-decisions-stated.js';
import { businessIdValid } from './business-id-valid.js';
import { childrenConsentAge } from './children-consent-age.js';
import { complaintStated } from './complaint-stated.js';
import { consentWithdrawal } from './consent-withdrawal.js';
import { contactForms } from './contact-forms.js';
import { controllerIdentified } from './controller-identified.js';
import { datesValid } from './dates-valid.js';
import { dpoContact } from './dpo-contact.js';
import { emailPlain } from './email-plain.js';
import { jointControllersArranged } from './joint-controllers-arranged.js';
import { historyConsistent } from './history-consistent.js';
import { identityCodeBasis } from './identity-code-basis.js';
import { inferredPurposesBased } from './inferred-purposes-based.js';
import { layoutResolves } from './layout-resolves.js';
import { legitimateInterestStated } from './legitimate-interest-stated.js';
import { outdatedReferences } from './outdated-references.js';
import { placeholdersFilled } from './placeholders-filled.js';
import { profilingDeclared } from './profiling-declared.js';
import { provisionRequirementStated } from './provision-requirement-stated.js';
import { purposesHaveBasis } from './purposes-have-basis.js';
import { purposesNamed } from './purposes-named.js';
import { recipientsStated } from './recipients-stated.js';
import { referencesResolve } from './references-resolve.js';
import { retentionStated } from './retention-stated.js';
import { rightsComplete } from './rights-complete.js';
import { securityDescribed } from './security-described.js';
import { sourcesStated } from './sources-stated.js';
import { summaryWithinBudget } from './summary-within-budget.js';
import { specialCategoriesBased } from './special-categories-based.js';
import { specialCategoriesNamed } from './special-categories-named.js';
import { specialCategoryGroundFits } from './special-category-ground-fits.js';
import { textsWellFormed } from './texts-well-formed.js';
import { translationsCurrent } from './translations-current.js';
import { transfersSafeguarded } from './transfers-safeguarded.js';
import type { Rule } from './types.js';

export type { Rule, RuleContext, Profile, DocumentType } from './types.js';

/** Every rule `notice validate` runs, in the order of the legal section list. */
export const RULES: readonly Rule[] = [
  controllerIdentified,
  businessIdValid,
  jointControllersArranged,
  dpoContact,
  purposesHaveBasis,
  legitimateInterestStated,
  inferredPurposesBased,
  consentWithdrawal,
  recipientsStated,
  transfersSafeguarded,
  retentionStated,
  rightsComplete,
  complaintStated,
  sourcesStated,
  provisionRequirementStated,
  automatedDecisionsStated,
  profilingDeclared,
  specialCategoriesBased,
  specialCategoriesNamed,
  specialCategoryGroundFits,
  childrenConsentAge,
  identityCodeBasis,
  outdatedReferences,
  authorityAddressCurrent,
  emailPlain,
  datesValid,
  historyConsistent,
  securityDescribed,
  contactForms,
  textsWellFormed,
  placeholdersFilled,
  referencesResolve,
  purposesNamed,
  summaryWithinBudget,
  layoutResolves,
  translationsCurrent,
];
