/**
 * A Svelte action for rows that scroll sideways (board tabs, navigation tabs): it sets
 * `data-scroll-cue` to the edge(s) with more to see ("start", "end", "both" or "none"), and app.css
 * fades those edges, so a cut-off row visibly says there is more.
 */
export function scrollCue(row: HTMLElement) {
  const update = () => {
    const more = row.scrollWidth - row.clientWidth;
    const atStart = row.scrollLeft <= 1;
    const atEnd = row.scrollLeft >= more - 1;
    row.dataset.scrollCue = more <= 1 ? "none" : atStart ? "end" : atEnd ? "start" : "both";
  };
  const resized = new ResizeObserver(update);
  resized.observe(row);
  // Children change when boards load or the language switches.
  const changed = new MutationObserver(update);
  changed.observe(row, { childList: true, subtree: true, characterData: true });
  row.addEventListener("scroll", update, { passive: true });
  update();
  return {
    destroy() {
      resized.disconnect();
      changed.disconnect();
      row.removeEventListener("scroll", update);
    },
  };
}
