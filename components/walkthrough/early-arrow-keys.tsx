/**
 * ← or → pressed while a freshly loaded page is still starting (its JavaScript loading or hydrating) would
 * be lost, and nothing on screen says so. This inline script runs as soon as the HTML arrives and keeps the
 * last such press, made with nothing focused, until useArrowKeys takes over and applies it.
 */
export const EARLY_KEYS = "__walkthroughEarlyKeys";

export interface EarlyKeys {
  last: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; repeat: boolean } | null;
  /** Stops listening and forgets the press. */
  stop: () => void;
}

const SCRIPT = `(function () {
  if (window.${EARLY_KEYS}) return;
  var keys = (window.${EARLY_KEYS} = { last: null });
  function listen(e) {
    var unfocused = !document.activeElement || document.activeElement === document.body;
    if ((e.key === "ArrowLeft" || e.key === "ArrowRight") && unfocused) {
      keys.last = { key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, repeat: e.repeat };
    }
  }
  addEventListener("keydown", listen);
  keys.stop = function () { removeEventListener("keydown", listen); keys.last = null; };
})();`;

export function EarlyArrowKeys() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
