import type { Plugin } from 'vite';

/**
 * On every slide change reveal.js 6 (`updateSlides` in dist/reveal.mjs) takes the classes `past`,
 * `present` and `future` off every slide section, puts one back, and sets `hidden` and
 * `aria-hidden` again, though nearly all of them end as they were. Each write makes the browser
 * restyle that section: in a deck of 1,000 slides, about 25 ms of style work per change
 * (hakimel/reveal.js#2530). This rewrites that loop to write only what changes: the classes and
 * attributes every slide ends with are the same, and so is everything else the loop does.
 */
const original = `
  if (t.classList.remove("past"), t.classList.remove("present"), t.classList.remove("future"), t.setAttribute("hidden", ""), t.setAttribute("aria-hidden", "true"), t.querySelector("section") && t.classList.add("stack"), a) {
    t.classList.add("present");
    continue;
  }
  e < n ? (t.classList.add(i ? "future" : "past"), f.fragments && xt(t)) : e > n ? (t.classList.add(i ? "past" : "future"), f.fragments && St(t)) : e === n && f.fragments && (o ? St(t) : s && xt(t));`;

// `t` is the section, `e` its index, `n` the current index, `i` right-to-left, `a` the print or
// scroll view (every slide present); xt and St show and hide the fragments of past and future slides.
const replacement = `
  let qdState = a ? "present" : e < n ? (i ? "future" : "past") : e > n ? (i ? "past" : "future") : null;
  for (const qdClass of ["past", "present", "future"]) if (qdClass !== qdState && t.classList.contains(qdClass)) t.classList.remove(qdClass);
  if (qdState && !t.classList.contains(qdState)) t.classList.add(qdState);
  if (!t.hasAttribute("hidden")) t.setAttribute("hidden", "");
  if (t.getAttribute("aria-hidden") !== "true") t.setAttribute("aria-hidden", "true");
  if (t.querySelector("section") && t.classList.add("stack"), a) continue;
  e < n ? f.fragments && xt(t) : e > n ? f.fragments && St(t) : e === n && f.fragments && (o ? St(t) : s && xt(t));`;

/** The loop as dist/reveal.mjs writes it, whatever its indentation and line breaks. */
const pattern = new RegExp(
  original
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*'),
);

/** reveal.js's code with the slide loop rewritten, or undefined if that loop is not in it. */
export function writeOnlyChangedSlideState(code: string): string | undefined {
  return pattern.test(code) ? code.replace(pattern, () => replacement.trim()) : undefined;
}

const isReveal = (id: string) => /[\\/]reveal\.js[\\/]dist[\\/]reveal\.mjs(?:\?|$)/.test(id);

/**
 * The Vite (and Rolldown, for `dev`'s pre-bundle) plugin applying it. A reveal.js whose loop reads
 * otherwise is left as it is: slower in large decks, never wrong. tests/compile pins the version.
 */
export function revealSlideUpdates(): Plugin {
  return {
    name: 'quarterdeck-reveal-slide-updates',
    transform(code, id) {
      if (!isReveal(id)) return null;
      const patched = writeOnlyChangedSlideState(code);
      return patched === undefined ? null : { code: patched, map: null };
    },
  };
}
