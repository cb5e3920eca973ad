/*
 * PrimeFaces renders a file upload's "choose" control as a focusable span named by
 * aria-labelledby; on touch devices it leaves out the button role, so screen readers would
 * announce an unnamed, role-less element. Give every such control its role.
 */
(function () {
  'use strict';
  function markChooseButtons() {
    document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (el) {
      el.setAttribute('role', 'button');
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', markChooseButtons);
  } else {
    markChooseButtons();
  }
  window.addEventListener('load', markChooseButtons);
  new MutationObserver(markChooseButtons).observe(document.body, {childList: true, subtree: true});
})();
