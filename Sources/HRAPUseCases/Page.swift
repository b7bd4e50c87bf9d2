/// One page of a list and where the next begins: an opaque position for the surface to hand back (nil: the last page).
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var next: Int64?
}
