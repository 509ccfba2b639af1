import Rostering

// The demo draws everything from Rostering's seeded SplitMix64, so a seed gives the same network
// on every machine (never the system's randomness).
extension SplitMix {
    /// Uniform in [0, 1): the demo's figures were drawn with this one, not with `unit()`, which is in (0, 1].
    mutating func fraction() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in the range (the bias of the modulo is negligible for these small ranges).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ probability: Double) -> Bool { fraction() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...items.count - 1)] }

    /// Uniform in [centre − spread, centre + spread].
    mutating func around(_ centre: Double, spread: Double) -> Double { centre + spread * (2 * fraction() - 1) }
}
