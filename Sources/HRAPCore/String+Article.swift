extension String {
    /// The noun with "a" or "an" in front, by its first letter ("an action", "a plan").
    public var withIndefiniteArticle: String {
        (first.map { "aeiou".contains($0) } == true ? "an " : "a ") + self
    }
}
