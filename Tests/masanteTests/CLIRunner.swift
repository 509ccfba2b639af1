import Foundation
import Testing

/// The outcome of running the built `masante` executable.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The built `masante` binary, beside the test bundle in SwiftPM's products folder.
let masanteBinary: URL = {
    if let path = ProcessInfo.processInfo.environment["MASANTE_BIN"] { return URL(fileURLWithPath: path) }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while directory.path != "/" {
        let candidate = directory.appendingPathComponent("masante")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: "masante")
}()

/// Runs `binary` with `arguments` in `directory`, with the test's environment plus `environment`,
/// and `input` on its standard input (none when nil).
func runMasante(
    _ arguments: [String], binary: URL = masanteBinary, directory: URL? = nil,
    environment: [String: String] = [:], input: String? = nil
) throws -> CLIResult {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIResult(
        status: process.terminationStatus,
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}
