import HRAPCore
import HRAPUseCases
import Hashing
import Synchronization

/// A signed-in browser as a page sees it: the stored session (by the hash of its cookie, never the cookie), its
/// principal as of this request, and its CSRF token.
struct WebSession: Sendable {
    /// The SHA-256 of the cookie's value: the store's key (a database dump does not yield a usable cookie).
    let key: String
    let id: Int64
    var principal: Principal
    let csrf: String

    init(_ stored: StoredSession, principal: Principal) {
        (key, id, self.principal, csrf) = (stored.hash, stored.id, principal, stored.csrf)
    }

    /// Whether a form's CSRF token is this session's (compared in constant time).
    func checks(csrf given: String) -> Bool {
        ConstantTime.equal(Array(given.utf8), Array(csrf.utf8))
    }
}

/// One-time messages for a session's next page ("Saved."), in memory: a restart loses at most a message, never a
/// session (sessions are stored by the service).
final class SessionMessages: Sendable {
    private let messages = Mutex<[String: (text: String, link: String?)]>([:])

    /// Leaves a message, with a link to what changed, for the session's next page.
    func say(_ text: String, link: String? = nil, to session: WebSession) {
        messages.withLock { table in
            if table.count > 10_000 { table.removeAll() }
            table[session.key] = (text, link)
        }
    }

    /// The session's message, once.
    func takeMessage(_ session: WebSession) -> (text: String, link: String?)? {
        messages.withLock { $0.removeValue(forKey: session.key) }
    }
}
