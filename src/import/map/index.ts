import type { ImportDocument, ImportedNotice, ImportOptions } from '../types.js';

// PLACEHOLDER (to be replaced by the real mapping of helpers "import-sections" and "import-facts"):
// every block as free text of one extra section.
export function mapDocument(document: ImportDocument, options: ImportOptions = {}): ImportedNotice {
  const language = options.language ?? 'fi';
  const profile = options.profile ?? 'gdpr';
  const text = document.blocks.map((block) => block.text).join('\n\n');
  return {
    document,
    notice: {
      notice: { profile, languages: [language] },
      ...(text ? { extra_sections: [{ title: document.title ?? 'Imported text', text }] } : {}),
    },
    placements: document.blocks.map((_, block) => ({
      block,
      path: ['extra_sections', 0, 'text'],
      how: 'free-text' as const,
    })),
    inferences: options.profile ? [] : [{ path: ['notice', 'profile'], note: 'profile assumed: gdpr (placeholder)' }],
  };
}
