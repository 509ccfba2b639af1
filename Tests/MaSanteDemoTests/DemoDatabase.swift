import Foundation
import MaSanteDemo
import MaSanteStore
import PQ
import TestSupport

extension TemporaryDatabase {
    /// A connection to this database, migrated and holding the demo network.
    func connectWithDemo() throws -> Connection {
        let conn = try connect()
        try Migrator(connection: conn).migrate()
        try DemoNetworkWriter(connection: conn).load(try DemoNetwork.history())
        return conn
    }

    /// A connection to this database, migrated and holding the report benchmark's generated
    /// network (`Benchmarks/report-network.sql`) at `scale`: ten years of it, to 31 October 2026.
    func connectWithBenchmarkNetwork(scale: Int) throws -> Connection {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let network = try String(
            contentsOf: repository.appendingPathComponent("Benchmarks/report-network.sql"), encoding: .utf8)
        let conn = try connect()
        try Migrator(connection: conn).migrate()
        try conn.runScript(
            network.replacingOccurrences(of: "{scale}", with: "\(scale)")
                .replacingOccurrences(of: "{start}", with: "2016-11-01")
                .replacingOccurrences(of: "{as_of}", with: "2026-10-31")
                .replacingOccurrences(of: "{last_month}", with: "119"))
        return conn
    }
}
