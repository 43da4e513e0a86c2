import { createInterface, type Interface } from 'node:readline';
import { NoticeError } from '../errors.js';
import { checkBusinessId } from '../finnish/business-id.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language } from '../generated/notice-types.js';
import type { InitFacts } from '../init/index.js';
import { PROMPTS } from '../init/prompts.js';
import { KINDS, type Kind } from '../init/starter.js';

/**
 * Asks, on a terminal, the few facts that shape the notice, in the notice's
 * first language; every question shows its default, and Enter takes it.
 * The first question (the language) is asked in all three; from then on the
 * run speaks the chosen language only, also when it stops.
 */
export async function interview(
  defaults: InitFacts,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<InitFacts> {
  const rl = createInterface({ input, output, terminal: true });
  const next = lineQueue(rl);
  let p = PROMPTS[defaults.languages[0]!];
  try {
    const ask = async (question: string, fallback = ''): Promise<string> => {
      rl.setPrompt(`${question}${fallback ? ` [${fallback}]` : ''}: `);
      rl.prompt();
      const line = await next();
      if (line === undefined)
        throw new NoticeError('INIT_STOPPED', p.stopped, p.stoppedHint, { hintLabel: p.hintLabel });
      return line.trim() || fallback;
    };
    const languageWord = await ask('Kieli / Språk / Language (fi, sv, en)', defaults.languages[0]);
    const first = LANGUAGES.find((language) => language === languageWord) ?? defaults.languages[0]!;
    p = PROMPTS[first];
    output.write(`\n${p.intro}\n\n`);
    const languages = parseLanguages(
      await ask(p.languages, [first, ...defaults.languages.filter((l) => l !== first)].join(',')),
      first,
    );
    const name = await ask(p.name, defaults.name);
    let businessId = await ask(p.businessId, defaults.businessId);
    // Checked at once: a typo in the Y-tunnus is found while the person still has it in front of them.
    while (businessId && checkBusinessId(businessId) !== undefined) {
      output.write(`${p.businessIdInvalid}\n`);
      businessId = await ask(p.businessId);
    }
    const street = await ask(p.street, defaults.street);
    const postalCode = await ask(p.postalCode, defaults.postalCode);
    const city = await ask(p.city, defaults.city);
    const email = await ask(p.email, defaults.email);
    const phone = await ask(p.phone, defaults.phone);
    const profile = (await ask(p.profile, defaults.profile)) === 'hetil' ? 'hetil' : 'gdpr';
    // The kinds' sample content, or the bare notice (its number follows the kinds').
    const bareChoice = String(KINDS.length + 1);
    output.write(
      `${p.kind}\n${KINDS.map((k, i) => `  ${i + 1}. ${p.kinds[k]}`).join('\n')}\n  ${bareChoice}. ${p.bare}\n`,
    );
    const kindAnswer = await ask(
      p.kind.replace(/\?$/, ''),
      defaults.bare ? bareChoice : String(KINDS.indexOf(defaults.kind) + 1),
    );
    const bare = kindAnswer === bareChoice || kindAnswer === 'bare';
    const kind: Kind = KINDS[Number(kindAnswer) - 1] ?? KINDS.find((k) => k === kindAnswer) ?? defaults.kind;
    const dpoDesignated = yes(await ask(`${p.dpo} (${p.yes}/${p.no})`, defaults.dpoDesignated ? p.yes : p.no), p.yes);
    const dpoEmail = dpoDesignated ? await ask(p.dpoEmail, defaults.dpoEmail) : '';
    const transfers = yes(
      await ask(`${p.transfers} (${p.yes}/${p.no})`, defaults.transfers === 'intended' ? p.yes : p.no),
      p.yes,
    )
      ? 'intended'
      : 'none';
    return {
      ...defaults,
      languages,
      profile,
      kind,
      bare,
      dpoDesignated,
      transfers,
      ...defined({ name, businessId, street, postalCode, city, email, phone, dpoEmail }),
    };
  } finally {
    rl.close();
  }
}

/**
 * Lines as they are typed, kept until a question takes them: answers typed
 * (or pasted) ahead of their questions are not lost. Undefined at the end of
 * input (Ctrl+D) or on Ctrl+C.
 */
function lineQueue(rl: Interface): () => Promise<string | undefined> {
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  const end = () => {
    ended = true;
    for (const waiter of waiting.splice(0)) waiter(undefined);
  };
  rl.on('close', end);
  rl.on('SIGINT', () => rl.close());
  return () => {
    if (lines.length > 0) return Promise.resolve(lines.shift());
    if (ended) return Promise.resolve(undefined);
    return new Promise((resolve) => waiting.push(resolve));
  };
}

function parseLanguages(answer: string, first: Language): Language[] {
  const chosen = answer
    .split(',')
    .map((l) => l.trim())
    .filter((l): l is Language => (LANGUAGES as readonly string[]).includes(l));
  return chosen.length > 0 ? [...new Set(chosen)] : [first];
}

function yes(answer: string, word: string): boolean {
  return /^(y|yes|k|kyllä|j|ja)$/i.test(answer) || answer.toLowerCase() === word;
}

function defined<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
