import HRAPUseCases
import Hashing
import Synchronization

/// A signed-in browser: the token it signed in with (by its stored hash, never the token), its CSRF token, and a
/// one-time message for the next page.
struct WebSession: Sendable {
    /// The SHA-256 of the cookie's value: the store's key (a memory dump does not yield a usable cookie).
    let key: String
    let tokenHash: String
    var principal: Principal
    let csrf: String
    let created: Double
    var lastSeen: Double
    var message: (text: String, link: String?)?

    /// Whether a form's CSRF token is this session's (compared in constant time).
    func checks(csrf given: String) -> Bool {
        ConstantTime.equal(Array(given.utf8), Array(csrf.utf8))
    }
}

/// The sessions of this server process, in memory: a restart signs everyone out. A session ends when it has not been
/// used for `idle` seconds, `lifetime` seconds after sign-in, on sign-out, or when its token is revoked or expires.
final class SessionStore: Sendable {
    private let sessions = Mutex<[String: WebSession]>([:])
    let idle: Double
    let lifetime: Double

    init(idle: Double, lifetime: Double) {
        (self.idle, self.lifetime) = (idle, lifetime)
    }

    /// A new session; returns the cookie value (256 random bits, hex) and the session.
    func create(tokenHash: String, principal: Principal, now: Double) throws -> (cookie: String, session: WebSession) {
        let cookie = Hex.encode(try SecureRandom.bytes(32))
        let session = WebSession(
            key: Self.key(cookie), tokenHash: tokenHash, principal: principal,
            csrf: Hex.encode(try SecureRandom.bytes(32)), created: now, lastSeen: now)
        sessions.withLock { store in
            store = store.filter { now - $0.value.lastSeen < idle && now - $0.value.created < lifetime }
            store[session.key] = session
        }
        return (cookie, session)
    }

    /// The live session of a cookie, its last use moved to now; nil for an unknown, ended or expired one.
    func find(cookie: String?, now: Double) -> WebSession? {
        guard let cookie, cookie.utf8.count == 64 else { return nil }
        let key = Self.key(cookie)
        return sessions.withLock { store in
            guard var session = store[key] else { return nil }
            guard now - session.lastSeen < idle, now - session.created < lifetime else {
                store[key] = nil
                return nil
            }
            session.lastSeen = now
            store[key] = session
            return session
        }
    }

    /// Leaves a message, with a link to what changed, for the session's next page.
    func say(_ text: String, link: String? = nil, to session: WebSession) {
        sessions.withLock { $0[session.key]?.message = (text, link) }
    }

    /// The session's message, once.
    func takeMessage(_ session: WebSession) -> (text: String, link: String?)? {
        sessions.withLock { store in
            defer { store[session.key]?.message = nil }
            return store[session.key]?.message
        }
    }

    /// Ends a session.
    func end(_ session: WebSession) {
        _ = sessions.withLock { $0.removeValue(forKey: session.key) }
    }

    private static func key(_ cookie: String) -> String {
        Hex.encode(SHA256.hash(Array(cookie.utf8)))
    }
}
