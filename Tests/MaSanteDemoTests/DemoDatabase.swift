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
}
