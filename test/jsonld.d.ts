// The part of jsonld.js (which ships no types) that the DPV export's tests use.
declare module 'jsonld' {
  interface Options {
    /** Throws instead of dropping a term or value that does not expand to an absolute IRI. */
    safe?: boolean;
    documentLoader?: (url: string) => Promise<never>;
  }
  const jsonld: {
    expand(input: object, options?: Options): Promise<unknown[]>;
  };
  export default jsonld;
}
