/*
 * Accessibility repairs on top of PrimeFaces' markup, applied when the page is ready and again
 * whenever an Ajax update replaces part of it (one observer for both).
 */
(function () {
  'use strict';

  /*
   * PrimeFaces renders a file upload's "choose" control as a focusable span that wraps the real
   * (hidden) file input and names itself with aria-labelledby. On touch devices the span has no
   * role, and aria-labelledby is not allowed on an element without one; a button role is no cure
   * either, since the span contains the input. The span's visible text ("Vælg filer") already
   * names it, so the attribute is simply dropped there.
   */
  function tidyChooseControls() {
    document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]:not([role])')
        .forEach(function (el) {
          el.removeAttribute('aria-labelledby');
        });
  }

  /*
   * A field the server refused is drawn in red (ui-state-error) but PrimeFaces does not mark it
   * aria-invalid, nor tie it to its message, so a screen reader hears neither.
   */
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

  function repair() {
    tidyChooseControls();
    markRefused();
  }

  /*
   * After a full-page save that failed, the first refused field gets the focus: on a phone the
   * save button is far below the field that needs fixing. Not after Ajax updates, which would
   * take the focus from where the person is typing.
   */
  function ready() {
    tidyChooseControls();
    var refused = markRefused();
    if (refused.length > 0) {
      refused[0].focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
  window.addEventListener('load', tidyChooseControls);
  new MutationObserver(repair).observe(document.body, {childList: true, subtree: true});
})();
