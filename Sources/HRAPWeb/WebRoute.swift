import HTTPServing

/// One page or form action of the site: method, path pattern, and whether it needs a signed-in session.
struct WebRoute: Sendable {
    enum Access: Sendable {
        /// Anyone; the public principal.
        case open
        /// A session; a GET without one is sent to the sign-in page, a POST without one is 401.
        case signedIn
    }

    let method: String
    let pattern: PathPattern
    let access: Access
    let handler: @Sendable (WebRequest) throws -> HTTPResponse

    init(
        _ method: String, _ path: String, _ access: Access = .open,
        handler: @escaping @Sendable (WebRequest) throws -> HTTPResponse
    ) {
        self.method = method
        pattern = PathPattern(path)
        self.access = access
        self.handler = handler
    }
}
