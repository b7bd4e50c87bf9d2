/// A canonical Huffman code (RFC 1951 §3.2.2) for symbol frequencies, its lengths limited to a maximum.
struct HuffmanCode {
    let lengths: [Int]
    let codes: [UInt32]

    /// The code of `frequencies`: at least two symbols get a code (a lone symbol is paired with another), so that
    /// every decoder accepts it; lengths over `limit` are avoided by flattening the frequencies until they fit.
    init(frequencies: [Int], limit: Int) {
        var counts = frequencies, index = 0
        while counts.filter({ $0 > 0 }).count < 2, index < counts.count {
            if counts[index] == 0 { counts[index] = 1 }
            index += 1
        }
        var lengths = Self.lengths(counts)
        while (lengths.max() ?? 0) > limit {
            counts = counts.map { $0 == 0 ? 0 : max(1, $0 >> 1) }
            lengths = Self.lengths(counts)
        }
        self.lengths = lengths
        codes = Self.canonical(lengths)
    }

    /// Huffman code lengths: the two lightest trees are merged until one is left.
    private static func lengths(_ frequencies: [Int]) -> [Int] {
        var trees: [(weight: Int, symbols: [Int])] = frequencies.indices.filter { frequencies[$0] > 0 }.map {
            (frequencies[$0], [$0])
        }
        var lengths = [Int](repeating: 0, count: frequencies.count)
        while trees.count > 1 {
            trees.sort { $0.weight > $1.weight }
            let (first, second) = (trees.removeLast(), trees.removeLast())
            for symbol in first.symbols + second.symbols { lengths[symbol] += 1 }
            trees.append((first.weight + second.weight, first.symbols + second.symbols))
        }
        return lengths
    }

    /// The codes of the lengths, shorter codes first and symbols in order within a length.
    private static func canonical(_ lengths: [Int]) -> [UInt32] {
        let longest = lengths.max() ?? 0
        var perLength = [Int](repeating: 0, count: longest + 1)
        for length in lengths where length > 0 { perLength[length] += 1 }
        var next = [UInt32](repeating: 0, count: longest + 2)
        var code: UInt32 = 0
        if longest > 0 {
            for bits in 1...longest {
                code = (code + UInt32(perLength[bits - 1])) << 1
                next[bits] = code
            }
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            defer { next[length] += 1 }
            return next[length]
        }
    }
}
