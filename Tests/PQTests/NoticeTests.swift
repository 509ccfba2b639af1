import Foundation
import PQ
import Testing

/// Server notices go to `noticeHandler` (and are dropped, not printed, without one).
@Suite struct NoticeTests {
    final class Inbox {
        var messages: [String] = []
    }

    @Test func noticeHandlerReceivesRaiseNoticeFromADoBlock() throws {
        let conn = try connect()
        let inbox = Inbox()
        conn.noticeHandler = { inbox.messages.append($0) }
        try conn.execute("DO $$ BEGIN RAISE NOTICE 'bonjour % é', 42; RAISE WARNING 'attention'; END $$")
        #expect(inbox.messages.count == 2)
        #expect(inbox.messages.first?.contains("bonjour 42 é") == true)
        #expect(inbox.messages.first?.hasPrefix("NOTICE") == true)
        #expect(inbox.messages.last?.contains("attention") == true)
        #expect(inbox.messages.allSatisfy { !$0.hasSuffix("\n") })
    }

    @Test func noticesFromOrdinaryStatementsReachTheHandler() throws {
        let conn = try connect()
        let inbox = Inbox()
        conn.noticeHandler = { inbox.messages.append($0) }
        try conn.execute("DROP TABLE IF EXISTS table_qui_n_existe_pas_\(unsafeRaw: String(conn.backendPID))")
        #expect(inbox.messages.count == 1)
        #expect(inbox.messages.first?.contains("does not exist") == true)
    }

    @Test func noticesWithoutAHandlerAreHarmless() throws {
        let conn = try connect()
        try conn.execute("DO $$ BEGIN RAISE NOTICE 'personne n''écoute'; END $$")
        let inbox = Inbox()
        conn.noticeHandler = { inbox.messages.append($0) }
        conn.noticeHandler = nil
        try conn.execute("DO $$ BEGIN RAISE NOTICE 'toujours personne'; END $$")
        #expect(inbox.messages.isEmpty)
        #expect(try conn.scalar("SELECT 1", as: Int32.self) == 1)
    }
}
