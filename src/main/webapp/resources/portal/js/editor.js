/*
 * PrimeFaces renders a file upload's "choose" control as a focusable span that wraps the real
 * (hidden) file input and names itself with aria-labelledby. On touch devices the span has no
 * role, and aria-labelledby is not allowed on an element without one; a button role is no cure
 * either, since the span contains the input. The span's visible text ("Vælg filer") already
 * names it, so the attribute is simply dropped there.
 */
(function () {
  'use strict';
  function tidyChooseControls() {
    document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]:not([role])')
        .forEach(function (el) {
          el.removeAttribute('aria-labelledby');
        });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', tidyChooseControls);
  } else {
    tidyChooseControls();
  }
  window.addEventListener('load', tidyChooseControls);
  new MutationObserver(tidyChooseControls).observe(document.body, {childList: true, subtree: true});
})();
