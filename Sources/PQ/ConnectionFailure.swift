internal import CLibPQ

#if canImport(Glibc)
    import Glibc
#endif

/// Opening a connection step by step, so that a refusal carries its SQLSTATE.
///
/// `PQconnectdb` reports a refused connection as text only, in the server's language. Polling
/// instead lets the error verbosity be raised before the server answers: its FATAL message then
/// reads « FATAL:  28P01: … », and the code is taken out of it, the message left as usual.
enum ConnectionFailure {
    /// Drives a started connection to success or failure, waiting on its socket; false when
    /// `connect_timeout` ran out (at least 2 seconds, as libpq: `PQconnectPoll` leaves it to its caller).
    static func complete(_ conn: OpaquePointer) -> Bool {
        guard PQstatus(conn) != CONNECTION_BAD else { return true }
        PQsetErrorVerbosity(conn, PQERRORS_VERBOSE)
        let timeout = timeoutMilliseconds(conn)
        var state = PGRES_POLLING_WRITING
        while state == PGRES_POLLING_READING || state == PGRES_POLLING_WRITING {
            let events = state == PGRES_POLLING_READING ? POLLIN : POLLOUT
            var descriptor = pollfd(fd: PQsocket(conn), events: Int16(events), revents: 0)
            let ready = poll(&descriptor, 1, timeout)
            if ready == 0 { return false }
            if ready < 0, errno == EINTR { continue }
            state = PQconnectPoll(conn)
        }
        return true
    }

    /// The error of a connection that failed: libpq's message as at the default verbosity, the
    /// server's SQLSTATE when it refused (none when no server answered), and whether a password was wanted.
    static func error(of conn: OpaquePointer, timedOut: Bool) -> PQError {
        let verbose = Connection.errorMessage(of: conn)
        var lines: [Substring] = []
        var state: SQLState?
        let shown = verbose.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.hasPrefix("LOCATION:  ")
        }
        for line in shown {
            let (text, code) = withoutCode(line)
            lines.append(text)
            state = code ?? state
        }
        var message = lines.joined(separator: "\n")
        if timedOut { message += (message.isEmpty ? "" : "\n") + "timeout expired" }
        var error = PQError(kind: .connectionFailed, sqlState: state, message: message)
        error.passwordNeeded = PQconnectionNeedsPassword(conn) == 1
        return error
    }

    /// The line without the « CODE: » that verbose messages put after the severity (« FATAL:  »).
    static func withoutCode(_ line: Substring) -> (Substring, SQLState?) {
        var searchFrom = line.startIndex
        while let separator = line[searchFrom...].firstRange(of: ":  ") {
            let codeStart = separator.upperBound
            if let codeEnd = line.index(codeStart, offsetBy: 5, limitedBy: line.endIndex),
                line[codeStart..<codeEnd].allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }),
                line[codeEnd...].hasPrefix(": ")
            {
                let code = SQLState(String(line[codeStart..<codeEnd]))
                return (line[..<codeStart] + line[line.index(codeEnd, offsetBy: 2)...], code)
            }
            searchFrom = separator.upperBound
        }
        return (line, nil)
    }

    private static func timeoutMilliseconds(_ conn: OpaquePointer) -> Int32 {
        guard let options = PQconninfo(conn) else { return -1 }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "connect_timeout", let value = option.pointee.val,
                let seconds = Int32(String(cString: value)), seconds > 0
            {
                return max(seconds, 2) * 1000
            }
            option += 1
        }
        return -1
    }
}
