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

/*
 * A field the server refused is drawn in red (ui-state-error) but PrimeFaces does not mark it
 * aria-invalid, nor tie it to its message, so a screen reader hears neither. Both are added here,
 * and after a full-page save that failed, the first refused field gets the focus: on a phone the
 * save button is far below the field that needs fixing.
 */
(function () {
  'use strict';
  function markRefused() {
    var refused = document.querySelectorAll(
        'input.ui-state-error, textarea.ui-state-error, select.ui-state-error');
    refused.forEach(function (field) {
      field.setAttribute('aria-invalid', 'true');
      var message = field.id && document.getElementById(field.id + '-msg');
      var described = field.getAttribute('aria-describedby') || '';
      if (message && described.split(' ').indexOf(message.id) < 0) {
        field.setAttribute('aria-describedby', (described + ' ' + message.id).trim());
      }
    });
    return refused;
  }
  function focusFirstRefused() {
    var refused = markRefused();
    if (refused.length > 0) {
      refused[0].focus();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusFirstRefused);
  } else {
    focusFirstRefused();
  }
  new MutationObserver(markRefused).observe(document.body, {childList: true, subtree: true});
})();
