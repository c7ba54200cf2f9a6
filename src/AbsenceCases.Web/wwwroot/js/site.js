// Moves the keyboard focus to the error summary after a form comes back with errors, so screen readers read it first.
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    }
});
