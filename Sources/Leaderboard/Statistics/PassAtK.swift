/// pass@k and pass^k from n trials of one task with c successes.
///
/// pass@k (Chen et al., 2021) is the chance that at least one of k trials drawn without
/// replacement from the n succeeds: 1 − C(n−c, k) / C(n, k). pass^k (tau-bench) is the
/// chance that all k succeed: C(c, k) / C(n, k). Both are unbiased estimators for k ≤ n
/// and are averaged over tasks. Computed as running products, so large n never overflow.
public enum PassAtK {
    /// nil when k is not in 1…n or c is not in 0…n.
    public static func passAt(k: Int, n: Int, c: Int) -> Double? {
        guard k >= 1, k <= n, c >= 0, c <= n else { return nil }
        if c == 0 { return 0 }
        if n - c < k { return 1 }
        // C(n−c, k) / C(n, k) = Π_{i = n−c+1 … n} (1 − k / i)
        var allFail = 1.0
        for i in (n - c + 1)...n {
            allFail *= 1 - Double(k) / Double(i)
        }
        return 1 - allFail
    }

    /// nil when k is not in 1…n or c is not in 0…n.
    public static func passHat(k: Int, n: Int, c: Int) -> Double? {
        guard k >= 1, k <= n, c >= 0, c <= n else { return nil }
        if c < k { return 0 }
        // C(c, k) / C(n, k) = Π_{i = 0 … k−1} (c − i) / (n − i)
        var all = 1.0
        for i in 0..<k {
            all *= Double(c - i) / Double(n - i)
        }
        return all
    }
}
