import { getContext, setContext } from 'svelte';

const key = Symbol('quarterdeck display title');

/**
 * Called per slide by the compiler (SlideContext.svelte) with the `displayTitle:` of the slide in the
 * deck file, so the title band shows it whatever title the template passes (its own, or one from
 * the data). Templates need not know about it.
 */
export function provideDisplayTitle(displayTitle: () => string | undefined): void {
  setContext(key, displayTitle);
}

/** The deck file's display title for the slide being rendered, if it gives one. */
export function displayTitleOverride(): string | undefined {
  return getContext<(() => string | undefined) | undefined>(key)?.();
}
