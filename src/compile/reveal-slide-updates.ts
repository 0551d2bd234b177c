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

/**
 * On every change reveal.js also walks every slide (`updateSlidesVisibility`): it lists each
 * slide's nested sections with querySelectorAll (an array made for each of 1,000 slides), and
 * `unload()`s every slide beyond the view distance, which queries it three times for media, though
 * nearly all were unloaded by the change before. In the 1,000-slide deck these took about 8 ms of
 * the change. A slide `unload()` hid (display: none) and nothing has shown since is left as it is,
 * unless media has come into it meanwhile; the nested sections are the browser's live list of them.
 */
const unloadOriginal = `unload(e) { e.style.display = "none";`;
const unloadReplacement = `unload(e) {
  if (e.style.display === "none" && !e.querySelector("video, audio, iframe")) return;
  e.style.display = "none";`;

const nestedOriginal = `let c = e[s], l = t(c, "section"), u = l.length;`;
const nestedReplacement = `let c = e[s], l = c.getElementsByTagName("section"), u = l.length;`;

/** Each rewrite: the code as dist/reveal.mjs writes it (whatever its indentation and line breaks), and ours. */
export const revealRewrites: ReadonlyArray<{ name: string; pattern: RegExp; replacement: string }> = [
  { name: 'slide states written only where they change', pattern: loosely(original), replacement: replacement.trim() },
  { name: 'slides already unloaded left alone', pattern: loosely(unloadOriginal), replacement: unloadReplacement },
  { name: 'nested sections from the live list', pattern: loosely(nestedOriginal), replacement: nestedReplacement },
];

function loosely(code: string): RegExp {
  return new RegExp(
    code
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s*'),
  );
}

/** reveal.js's code with each rewrite whose code it has applied, and the names of those applied. */
export function rewriteReveal(code: string): { code: string; applied: string[] } {
  const applied: string[] = [];
  for (const { name, pattern, replacement: ours } of revealRewrites) {
    if (!pattern.test(code)) continue;
    code = code.replace(pattern, () => ours);
    applied.push(name);
  }
  return { code, applied };
}

const isReveal = (id: string) => /[\\/]reveal\.js[\\/]dist[\\/]reveal\.mjs(?:\?|$)/.test(id);

/**
 * The Vite (and Rolldown, for `dev`'s pre-bundle) plugin applying them. Code a later reveal.js writes
 * otherwise is left as it is: slower in large decks, never wrong. tests/compile pins the version.
 */
export function revealSlideUpdates(): Plugin {
  return {
    name: 'quarterdeck-reveal-slide-updates',
    transform(code, id) {
      if (!isReveal(id)) return null;
      const rewritten = rewriteReveal(code);
      return rewritten.applied.length ? { code: rewritten.code, map: null } : null;
    },
  };
}
