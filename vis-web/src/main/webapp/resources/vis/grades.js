/*
 * The grade protocol, keyboard first: in a pupil's grade field, Enter or the down arrow moves to the next
 * pupil's grade field and the up arrow to the previous one (Enter does not send the form; the Save button
 * does). Without this script the fields work as plain fields.
 */
(function () {
    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (!field.classList || !field.classList.contains('vis-grade-input')) {
            return;
        }
        var step = event.key === 'Enter' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
        if (step === 0) {
            return;
        }
        var fields = Array.prototype.slice.call(document.querySelectorAll('input.vis-grade-input:not([disabled])'));
        var next = fields[fields.indexOf(field) + step];
        event.preventDefault();
        if (next) {
            next.focus();
            next.select();
        }
    });
}());
