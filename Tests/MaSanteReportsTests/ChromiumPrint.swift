import Foundation
import Testing

/// Prints an HTML page in headless Chromium, for the printable pages' tests: the PDF's pages and
/// sheet sizes, a screenshot, and whether anything overflows the page's width.
enum ChromiumPrint {
    struct Printed {
        var pages: Int
        var mediaBoxes: [(Double, Double)]
        var screenshotBytes: Int
        var measure: String
    }

    /// Prints to PDF, takes a screenshot of `window` (CSS pixels: 794×1123 is A4 portrait, 1123×794 landscape) and
    /// measures overflow, the three browsers side by side.
    /// Nil (with an issue recorded) without Chromium. `MASANTE_RAPPORT_HTML_DIR` keeps the files.
    static func print(_ html: String, name: String, window: (width: Int, height: Int)) throws -> Printed? {
        guard let chromium = Chromium.find() else {
            Issue.record(
                "Chromium introuvable (ni « chromium » ni « chromium-browser » dans le PATH) : installez-le avec « apt-get install -y chromium » (scripts/test le fait quand il tourne en root), ou indiquez son chemin dans MASANTE_CHROMIUM."
            )
            return nil
        }
        let folder = try Artefacts()
        defer { folder.cleanUp() }
        let page = folder.url("\(name).html"), check = folder.url("\(name)-controle.html")
        try Data(html.utf8).write(to: page)
        let instrumented =
            html
            .replacingOccurrences(of: "default-src 'none';", with: "default-src 'none'; script-src 'unsafe-inline';")
            .replacingOccurrences(of: "</body>", with: overflowProbe + "\n</body>")
        try Data(instrumented.utf8).write(to: check)
        let pdf = folder.url("\(name).pdf"), png = folder.url("\(name).png")
        let printing = try chromium.start(
            ["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page.absoluteString],
            profile: folder.url("\(name)-profil-pdf"))
        let capture = try chromium.start(
            [
                "--screenshot=\(png.path)", "--window-size=\(window.width),\(window.height)", "--hide-scrollbars",
                page.absoluteString,
            ],
            profile: folder.url("\(name)-profil-png"))
        let measuring = try chromium.start(
            [
                "--dump-dom", "--window-size=\(window.width),\(window.height)", "--hide-scrollbars",
                check.absoluteString,
            ],
            profile: folder.url("\(name)-profil-dom"))
        try printing.finish()
        try capture.finish()
        let dom = try measuring.finish()

        let pdfData = try Data(contentsOf: pdf)
        #expect(pdfData.starts(with: Data("%PDF-".utf8)))
        let pdfText = String(decoding: pdfData, as: UTF8.self)
        let pages = pdfText.matches(of: try Regex(#"/Type\s*/Page(?![a-zA-Z])"#)).count
        let boxes = pdfText.matches(of: try Regex(#"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]"#)).map { box in
            (Double(box.output[1].substring ?? "") ?? 0, Double(box.output[2].substring ?? "") ?? 0)
        }
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
        let measure = dom.components(separatedBy: "<pre id=\"mesure\">").dropFirst().first?.components(
            separatedBy: "</pre>"
        ).first
        #expect(measure != nil, "la mesure de débordement n'a pas été écrite dans le DOM")
        return Printed(pages: pages, mediaBoxes: boxes, screenshotBytes: image.count, measure: measure ?? "")
    }

    /// Writes into the page whether anything is wider than the viewport, and what.
    static let overflowProbe = """
        <script>
        (function () {
          var root = document.documentElement, width = root.clientWidth, wide = [];
          document.querySelectorAll('body *').forEach(function (element) {
            var box = element.getBoundingClientRect();
            if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
              wide.push(element.tagName.toLowerCase() + '.' + (element.getAttribute('class') || '') + ' ' + Math.round(box.left) + '-' + Math.round(box.right));
            }
          });
          var result = document.createElement('pre');
          result.id = 'mesure';
          result.textContent = (root.scrollWidth <= root.clientWidth && wide.length === 0 ? 'AUCUN-DEBORDEMENT' : 'DEBORDEMENT')
            + ' largeur=' + root.clientWidth + ' defilement=' + root.scrollWidth + ' ' + wide.slice(0, 8).join(' | ');
          document.body.appendChild(result);
        })();
        </script>
        """
}

/// Headless Chromium, run as a command.
struct Chromium {
    let executable: URL

    /// `MASANTE_CHROMIUM`, else `chromium` or `chromium-browser` in the PATH.
    static func find() -> Chromium? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["MASANTE_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) {
            return Chromium(executable: URL(fileURLWithPath: path))
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser"] {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return Chromium(executable: candidate)
                }
            }
        }
        return nil
    }

    /// Starts Chromium headless with its own profile folder (`--no-sandbox`: tests often run as root).
    func start(_ arguments: [String], profile: URL) throws -> Run {
        let output = profile.appendingPathExtension("stdout")
        let errors = profile.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--user-data-dir=\(profile.path)",
            ] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        return Run(process: process, arguments: arguments, output: output, errors: errors)
    }

    /// One Chromium process; stdout and stderr go to files so that nothing blocks on a pipe.
    struct Run {
        let process: Process
        let arguments: [String]
        let output: URL
        let errors: URL

        /// Waits for the end; returns what Chromium printed on stdout. Throws when it fails or
        /// takes more than `timeout` seconds (it is then stopped).
        @discardableResult
        func finish(timeout: TimeInterval = 40) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
                throw ChromiumFailure(
                    message: "Chromium n'a pas fini en \(Int(timeout)) s : \(arguments.joined(separator: " "))")
            }
            let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            guard process.terminationStatus == 0 else {
                throw ChromiumFailure(
                    message:
                        "Chromium a échoué (code \(process.terminationStatus)) : \(arguments.joined(separator: " "))\n\(stderr.suffix(2000))"
                )
            }
            return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        }
    }
}

struct ChromiumFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A folder for the browser's files: temporary, or kept in `MASANTE_RAPPORT_HTML_DIR` when set
/// (to look at the PDF and the screenshot).
struct Artefacts {
    let root: URL
    let keep: Bool

    init() throws {
        if let kept = ProcessInfo.processInfo.environment["MASANTE_RAPPORT_HTML_DIR"], !kept.isEmpty {
            root = URL(fileURLWithPath: kept)
            keep = true
        } else {
            root = FileManager.default.temporaryDirectory.appendingPathComponent(
                "masante-rapport-\(UUID().uuidString.prefix(8))")
            keep = false
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    func cleanUp() {
        if !keep { try? FileManager.default.removeItem(at: root) }
    }
}
