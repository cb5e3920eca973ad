/*
 * The search page's filters: open beside the results on a wide screen, folded on a phone, where
 * they sit above the results and would push the first hit out of view. Without this script the
 * filters stay folded everywhere and open with a tap on their heading.
 */
(function () {
  'use strict';
  var refine = document.getElementById('afgraens');
  if (!refine) {
    return;
  }
  // Same width as the stylesheet's one-column breakpoint (max-width: 800px).
  var wide = window.matchMedia('(min-width: 801px)');
  refine.open = wide.matches;
  var follow = function (e) { refine.open = e.matches; };
  if (wide.addEventListener) {
    wide.addEventListener('change', follow);
  }
}());
