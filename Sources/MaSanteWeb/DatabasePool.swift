import Dispatch
import Foundation
public import MaSanteStore
import Synchronization

/// A fixed set of the authenticator's database sessions, and a thread for each.
///
/// libpq blocks its caller until the server answers, and Hummingbird serves every request on a
/// few event-loop threads: a libpq call there would stall every other request of that loop.
/// So no libpq call runs on the event loop. The pool holds `size` sessions, each with its own
/// serial `DispatchQueue`; a request borrows a free session (waiting, without blocking a thread,
/// in a FIFO when all are busy), runs its database work on that session's queue and resumes on
/// the event loop with the result. At most `size` libpq calls run at once, one per queue, so
/// queues never wait on each other and the threads match the connections.
///
/// A session whose connection broke (the server restarted) is closed and reopened on its next
/// use; while the database cannot be reached, the work fails with ``DatabaseFailure`` (code
/// `unreachable` or `connectionLost`), which the pages turn into a 503. One broken connection
/// means the others probably are too: each one is then probed (an empty transaction) before
/// its next use and reopened if dead, so a restart costs one failed request, not one per
/// connection.
public final class DatabasePool: Sendable {
    /// One connection and the queue its libpq calls run on.
    private final class Slot: @unchecked Sendable {
        let queue: DispatchQueue
        /// Only touched on `queue`.
        var session: Session?
        /// The pool's failure count when this session was last known good (touched on `queue`).
        var checkedFailures = 0

        init(index: Int) { queue = DispatchQueue(label: "masante.base.\(index)") }
    }

    private struct State {
        var free: [Int]
        var waiters: [CheckedContinuation<Int, Never>] = []
        /// How many broken connections the pool has seen.
        var failures = 0
    }

    private let conninfo: String
    private let slots: [Slot]
    private let state: Mutex<State>

    /// A pool of `size` sessions of `conninfo`, opened on first use.
    public init(conninfo: String, size: Int) {
        precondition(size > 0, "a pool needs one connection at least")
        self.conninfo = conninfo
        slots = (0..<size).map(Slot.init(index:))
        state = Mutex(State(free: Array(0..<size)))
    }

    /// Runs `body` with a session of the pool, on that session's thread.
    public func run<T: Sendable>(_ body: @escaping @Sendable (Session) throws -> T) async throws -> T {
        let index = await borrow()
        defer { giveBack(index) }
        let slot = slots[index]
        let conninfo = conninfo
        let failures = state.withLock { $0.failures }
        return try await withCheckedThrowingContinuation { continuation in
            slot.queue.async {
                do {
                    if let session = slot.session,
                        !session.isOpen || (slot.checkedFailures < failures && !Self.answers(session))
                    {
                        session.close()
                        slot.session = nil
                    }
                    slot.checkedFailures = failures
                    let session = try slot.session ?? Session.open(conninfo: conninfo, statementTimeoutSeconds: 30)
                    slot.session = session
                    do {
                        continuation.resume(returning: try body(session))
                    } catch {
                        if let failure = DatabaseFailure(error), [.connectionLost, .unreachable].contains(failure.code)
                        {
                            session.close()
                            slot.session = nil
                            self.state.withLock { $0.failures += 1 }
                        }
                        continuation.resume(throwing: error)
                    }
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Whether `session`'s connection still reaches the server (an empty transaction).
    private static func answers(_ session: Session) -> Bool {
        (try? session.transaction {}) != nil
    }

    /// Runs `body` in one transaction under `login`'s role (`SET LOCAL ROLE`): the person's
    /// rights and row rules apply, and the audit trail names the person.
    public func run<T: Sendable>(as login: String, _ body: @escaping @Sendable (Session) throws -> T) async throws -> T
    {
        try await run { session in try session.transaction(as: login) { try body(session) } }
    }

    /// Closes every session (on its own queue).
    public func close() {
        for slot in slots {
            slot.queue.sync {
                slot.session?.close()
                slot.session = nil
            }
        }
    }

    private func borrow() async -> Int {
        let immediate: Int? = state.withLock { state in state.free.popLast() }
        if let immediate { return immediate }
        return await withCheckedContinuation { continuation in
            let ready: Int? = state.withLock { state in
                if let index = state.free.popLast() { return index }
                state.waiters.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func giveBack(_ index: Int) {
        let waiter: CheckedContinuation<Int, Never>? = state.withLock { state in
            if state.waiters.isEmpty {
                state.free.append(index)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: index)
    }
}
