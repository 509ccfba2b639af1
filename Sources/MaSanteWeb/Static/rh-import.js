// masante : import du personnel. Progressive enhancement of /personnel/importer: a file field
// whose chosen file is read into the textarea that the form posts (UTF-8, else Windows-1252,
// as the command line reads files). Without JavaScript the textarea alone works.
(function () {
  "use strict";
  var zone = document.getElementById("fichier-zone");
  var input = document.getElementById("fichier");
  var text = document.getElementById("csv");
  if (!zone || !input || !text || !window.FileReader || !window.TextDecoder) { return; }
  zone.hidden = false;
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      var bytes = new Uint8Array(reader.result);
      var content;
      try {
        content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch (error) {
        content = new TextDecoder("windows-1252").decode(bytes);
      }
      text.value = content;
      text.removeAttribute("aria-invalid");
    };
    reader.readAsArrayBuffer(file);
  });
}());
