// Types for the tests that build the bench's synthetic deck (tests/browser/park-far-slides.spec.ts).
export declare const slideKinds: string[];
/** Writes decks/synthetic-<N>.yaml and its data under `root`; resolves with the deck id. */
export declare function writeSyntheticProject(root: string, slideCount: number): Promise<string>;
