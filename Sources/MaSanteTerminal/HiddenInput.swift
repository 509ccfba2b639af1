import Foundation

/// Reads a secret from standard input without showing it on the terminal.
///
/// When standard input is a terminal, its echo is turned off (termios `ECHO`) for the time of
/// the read and turned back on afterwards, also when the read throws or the user presses
/// Ctrl-C; from a pipe or a file, the line is read as it comes.
///
/// ```swift
/// let password = HiddenInput.readLine(prompt: "Mot de passe : ")
/// ```
public enum HiddenInput {
    /// One line without its line break, nil at end of input; `prompt` goes to standard error,
    /// on a terminal only.
    public static func readLine(prompt: String) -> String? {
        withoutEcho(fileDescriptor: STDIN_FILENO) { isTerminal in
            if isTerminal { FileHandle.standardError.write(Data(prompt.utf8)) }
            defer { if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) } }
            return Swift.readLine(strippingNewline: true)
        }
    }

    /// Runs `body` with the echo of `fileDescriptor` off when it is a terminal (`body` is told
    /// whether it is), then puts the terminal back as it was.
    public static func withoutEcho<T>(fileDescriptor: Int32, _ body: (Bool) throws -> T) rethrows -> T {
        var original = termios()
        guard isatty(fileDescriptor) == 1, tcgetattr(fileDescriptor, &original) == 0 else { return try body(false) }
        var quiet = original
        quiet.c_lflag &= ~tcflag_t(ECHO)
        TerminalRestore.arm(fileDescriptor: fileDescriptor, settings: original)
        tcsetattr(fileDescriptor, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(fileDescriptor, TCSAFLUSH, &original)
            TerminalRestore.disarm()
        }
        return try body(true)
    }
}

/// Puts a terminal's settings back if the process is interrupted (SIGINT, SIGTERM, SIGHUP)
/// while its echo is off, then lets the signal end the process as usual.
private enum TerminalRestore {
    nonisolated(unsafe) static var fileDescriptor: Int32 = -1
    nonisolated(unsafe) static var settings = termios()
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    static func arm(fileDescriptor: Int32, settings: termios) {
        Self.fileDescriptor = fileDescriptor
        Self.settings = settings
        for number in signals {
            signal(number) { received in
                tcsetattr(TerminalRestore.fileDescriptor, TCSANOW, &TerminalRestore.settings)
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func disarm() {
        for number in signals { signal(number, SIG_DFL) }
        fileDescriptor = -1
    }
}
