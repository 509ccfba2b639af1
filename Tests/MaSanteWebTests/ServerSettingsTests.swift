import MaSanteWeb
import PQ
import Testing

@Suite("Web server settings")
struct ServerSettingsTests {
    @Test("the server listens on loopback port 8080 unless told otherwise")
    func defaultsToLoopback() {
        let settings = ServerSettings()
        #expect(settings.address == "127.0.0.1")
        #expect(settings.port == 8080)
    }
}
