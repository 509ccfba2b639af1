import Foundation
import MaSanteTerminal
import Testing

/// `--mot-de-passe-stdin` on a real terminal (a pseudo-terminal the test holds both ends of).
@Suite struct CLIEdgeTerminalTests {
    /// A pseudo-terminal: the test writes what the user types into `controller`, the command
    /// reads it from `terminal`, and whatever the terminal echoes comes back on `controller`.
    struct PseudoTerminal {
        let controller: Int32
        let terminal: Int32

        init() throws {
            // glibc declares these only with _XOPEN_SOURCE, which Swift's Glibc module lacks.
            typealias Open = @convention(c) (Int32) -> Int32
            typealias Prepare = @convention(c) (Int32) -> Int32
            typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
            func function<T>(_ name: String, as type: T.Type) throws -> T {
                unsafeBitCast(try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), name), "\(name)"), to: type)
            }
            controller = try function("posix_openpt", as: Open.self)(O_RDWR | O_NOCTTY)
            try #require(controller >= 0)
            try #require(try function("grantpt", as: Prepare.self)(controller) == 0)
            try #require(try function("unlockpt", as: Prepare.self)(controller) == 0)
            let name = try #require(try function("ptsname", as: Name.self)(controller).map { String(cString: $0) })
            terminal = open(name, O_RDWR | O_NOCTTY)
            try #require(terminal >= 0)
        }

        var echoes: Bool {
            var settings = termios()
            tcgetattr(terminal, &settings)
            return settings.c_lflag & tcflag_t(ECHO) != 0
        }

        /// What the terminal sent back, without waiting for more.
        func drain() -> String {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4_096)
            var poller = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            while poll(&poller, 1, 200) > 0, (poller.revents & Int16(POLLIN)) != 0 {
                let count = read(controller, &buffer, buffer.count)
                guard count > 0 else { break }
                bytes += buffer[0..<count]
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        func close() {
            _ = Foundation.close(terminal)
            _ = Foundation.close(controller)
        }
    }

    struct Interrupted: Error {}

    @Test func echoIsOffWhileReadingAndBackAfterwardsEvenWhenTheReadingThrows() throws {
        let pty = try PseudoTerminal()
        defer { pty.close() }
        #expect(pty.echoes)
        let seen = HiddenInput.withoutEcho(fileDescriptor: pty.terminal) { isTerminal in (isTerminal, pty.echoes) }
        #expect(seen.0 && !seen.1)
        #expect(pty.echoes)
        #expect(throws: Interrupted.self) {
            try HiddenInput.withoutEcho(fileDescriptor: pty.terminal) { _ in throw Interrupted() }
        }
        #expect(pty.echoes)
    }

    @Test func aPipeIsNotTakenForATerminal() throws {
        let pipe = Pipe()
        let isTerminal = HiddenInput.withoutEcho(fileDescriptor: pipe.fileHandleForReading.fileDescriptor) { $0 }
        #expect(!isTerminal)
    }

    @Test func thePasswordTypedOnATerminalIsNeverEchoedAndTheTerminalIsRestoredAfterAFailure() throws {
        let pty = try PseudoTerminal()
        defer { pty.close() }
        let process = Process()
        process.executableURL = masanteBinary
        process.arguments = [
            "utilisateur", "ajouter", "--identifiant", "personne", "--role", "rh", "--mot-de-passe-stdin",
            "--base", "host=/nonexistent-masante-socket dbname=aucune connect_timeout=2",
        ]
        process.standardInput = FileHandle(fileDescriptor: pty.terminal, closeOnDealloc: false)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while pty.echoes && Date() < deadline { usleep(20_000) }
        #expect(!pty.echoes, "the command never turned echo off")
        let password = "un-secret-tres-long-42"
        _ = (password + "\n").withCString { write(pty.controller, $0, strlen($0)) }
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 69, "\(stderr)")
        #expect(stderr.contains("Mot de passe : "))
        #expect(!pty.drain().contains(password))
        #expect(!stderr.contains(password))
        #expect(pty.echoes)
    }
}
