/*
 * Chart figures show their source on keyboard focus, like table figures. A table figure is an HTML
 * span whose title a CSS ::after shows; a chart's value label is SVG <text>, which can hold no
 * pseudo-element and has no title attribute (its source is in a <title> child, the hover tooltip).
 * So on focus this copies that <title> into a popup placed under the label, in slide pixels, and
 * removes it on blur. Without JavaScript the hover tooltip still names the source.
 */

const POPUP_CLASS = 'qd-figure-popup';

function showPopup(label: SVGTextElement): void {
  const title = label.querySelector('title')?.textContent;
  const slide = label.closest('section');
  if (!title || !(slide instanceof HTMLElement)) return;
  const slideBox = slide.getBoundingClientRect();
  const labelBox = label.getBoundingClientRect();
  // reveal.js scales the slides with a transform: screen pixels over slide pixels.
  const scale = slideBox.width / (slide.offsetWidth || slideBox.width || 1);
  const popup = document.createElement('div');
  popup.className = POPUP_CLASS;
  popup.setAttribute('role', 'tooltip');
  popup.textContent = title;
  const right = (slideBox.right - labelBox.right) / scale;
  const left = (labelBox.left - slideBox.left) / scale;
  // Anchor on the side with more room, so a label near the right edge opens leftwards.
  if (left > right) popup.style.right = `${Math.max(0, right)}px`;
  else popup.style.left = `${Math.max(0, left)}px`;
  popup.style.top = `${(labelBox.bottom - slideBox.top) / scale + 8}px`;
  slide.append(popup);
}

function hidePopups(root: ParentNode): void {
  for (const popup of root.querySelectorAll(`.${POPUP_CLASS}`)) popup.remove();
}

/** Shows the source of a focused chart figure as a popup; call once after the deck starts. */
export function chartFigurePopups(root: Document = document): void {
  root.addEventListener('focusin', (event) => {
    hidePopups(root);
    const target = event.target;
    if (target instanceof SVGTextElement && target.classList.contains('qd-figure')) showPopup(target);
  });
  root.addEventListener('focusout', () => hidePopups(root));
}
