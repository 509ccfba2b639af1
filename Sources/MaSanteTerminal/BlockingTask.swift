import Dispatch
import Foundation

/// Runs asynchronous work to its end from synchronous code (a command's `run()`).
///
/// ```swift
/// try BlockingTask.run { try await WebApplication.run(settings: settings) }
/// ```
public enum BlockingTask {
    /// Waits for `body` and rethrows the error it ended with.
    public static func run(_ body: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = LockedFailure()
        Task {
            do { try await body() } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.get() { throw error }
    }
}

/// The error a background task ended with, read after it signalled.
private final class LockedFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?

    func set(_ error: any Error) { lock.withLock { self.error = error } }
    func get() -> (any Error)? { lock.withLock { error } }
}
