public import Foundation

/// A `python3` that imports `icalendar`, and running it: the iCalendar exports are read back
/// by a standard library (MaSanteReportsTests, and masanteTests through the CLI).
public enum Python {
    /// `MASANTE_PYTHON3`, then each `python3` of the PATH, then `/usr/bin/python3` (where
    /// Debian's `python3-icalendar` installs the module): the first that imports `icalendar`.
    public static func withICalendar() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let path = environment["MASANTE_PYTHON3"], !path.isEmpty { candidates.append(path) }
        for folder in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            candidates.append(URL(fileURLWithPath: String(folder)).appendingPathComponent("python3").path)
        }
        candidates.append("/usr/bin/python3")
        var tried: Set<String> = []
        for path in candidates where tried.insert(path).inserted && FileManager.default.isExecutableFile(atPath: path) {
            let python = URL(fileURLWithPath: path)
            let folder = FileManager.default.temporaryDirectory
            if let probe = try? run(python, ["-c", "import icalendar"], in: folder), probe.status == 0 {
                return python
            }
        }
        return nil
    }

    /// A `python3` that imports `fhir.resources` (PyPI; its `R4B` models validate our FHIR R4
    /// Bundles): `MASANTE_FHIR_PYTHON`, then the virtual environment `scripts/test` makes in
    /// `.build/fhir-venv`, then each `python3` of the PATH.
    public static func withFHIRResources() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let path = environment["MASANTE_FHIR_PYTHON"], !path.isEmpty { candidates.append(path) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/fhir-venv/bin/python3").path)
        for folder in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            candidates.append(URL(fileURLWithPath: String(folder)).appendingPathComponent("python3").path)
        }
        var tried: Set<String> = []
        for path in candidates where tried.insert(path).inserted && FileManager.default.isExecutableFile(atPath: path) {
            let python = URL(fileURLWithPath: path)
            let folder = FileManager.default.temporaryDirectory
            if let probe = try? run(python, ["-c", "import fhir.resources.R4B.bundle"], in: folder), probe.status == 0 {
                return python
            }
        }
        return nil
    }

    /// Runs `python` with `arguments`; stdout and stderr go through files so that nothing
    /// blocks on a pipe. Stopped after `timeout` seconds.
    public static func run(
        _ python: URL, _ arguments: [String], in folder: URL,
        timeout: TimeInterval = 30
    ) throws -> (status: Int32, output: String, errors: String) {
        let tag = UUID().uuidString.prefix(8)
        let output = folder.appendingPathComponent("python-\(tag).stdout"),
            errors = folder.appendingPathComponent("python-\(tag).stderr")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let process = Process()
        process.executableURL = python
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return (-1, "", "python3 n'a pas fini en \(Int(timeout)) s")
        }
        return (
            process.terminationStatus,
            (try? String(contentsOf: output, encoding: .utf8)) ?? "",
            (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        )
    }
}
