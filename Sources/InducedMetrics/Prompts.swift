import Vocabulary

/// The instructions and answer schemas of the three judge requests. Written for this
/// project after AutoLibra's steps (arXiv 2505.02820): ground feedback in behaviours,
/// cluster behaviours into metrics, judge episodes on metrics.
public enum Prompts {
    public static let ground = """
        You are annotating one episode of an AI agent working in a website or a text game. \
        A person read the whole episode and wrote the feedback in the material. Split the \
        feedback into aspects: one aspect per behaviour of the agent that the person praised \
        or criticised. For each aspect give
        - "behavior": what the agent did, said generally enough to recur in other episodes \
        (e.g. "repeats a search that returned no results", not "searched for red shoes twice");
        - "feedback": the words of the feedback the aspect comes from;
        - "sign": 1 when the person saw the behaviour as good, -1 when as bad;
        - "steps": the numbers of the steps (the "step" field of the material) where the \
        behaviour shows; an empty list when it concerns the episode as a whole.
        Use only what the material shows, never invent steps, and give no aspect the \
        feedback does not support. Answer with JSON matching the schema.
        """

    public static let cluster = """
        You are turning people's feedback on AI agents into evaluation metrics. Each aspect \
        in the material is one behaviour a person praised (sign 1) or criticised (sign -1), \
        with its id. Group the aspects that describe the same underlying behaviour, its good \
        and its bad side together (e.g. "reads the error message and corrects the action" \
        and "repeats the action the error message refused" belong to one metric). For each \
        group define one metric:
        - "name": snake_case, at most five words;
        - "definition": what a judge should look for in any episode, what earns +1 and what earns -1;
        - "good_examples" and "bad_examples": short concrete behaviours, taken from the aspects;
        - "aspects": the ids of the aspects the metric covers.
        Every aspect id goes into exactly one metric. When the material lists existing \
        metrics, keep them unchanged and cover the listed aspects with new metrics; to put an \
        aspect under an existing metric instead, return that metric with its name and \
        definition and only the new aspect ids. Prefer few, distinct metrics. Answer with \
        JSON matching the schema.
        """

    public static let judge = """
        You are judging one episode of an AI agent on each metric in the material. For \
        every metric give
        - "metric": its name;
        - "rating": 1 when the episode shows the good behaviour the metric describes, -1 \
        when it shows the bad behaviour, 0 when the metric does not apply to this episode;
        - "reasoning": one or two sentences saying what the agent did that decides the rating;
        - "steps": the numbers of the steps your reasoning cites.
        Judge only from the material: the goal, the steps (observation, action, error) and \
        the final answer. Rate every metric exactly once. Answer with JSON matching the schema.
        """

    // MARK: Schemas (strict: every property required, no others)

    static func object(_ properties: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("type", .string("object")), ("properties", .object(properties)),
            ("required", .array(properties.map { .string($0.0) })), ("additionalProperties", .bool(false)),
        ])
    }

    static func array(_ items: JSONValue) -> JSONValue { .object([("type", .string("array")), ("items", items)]) }
    static let string: JSONValue = .object([("type", .string("string"))])
    static let integer: JSONValue = .object([("type", .string("integer"))])
    static func integer(oneOf values: [Int64]) -> JSONValue {
        .object([("type", .string("integer")), ("enum", .array(values.map { .int($0) }))])
    }

    public static let groundSchema = object([
        ("aspects", array(object([
            ("behavior", string), ("feedback", string), ("sign", integer(oneOf: [-1, 1])), ("steps", array(integer)),
        ]))),
    ])

    public static let clusterSchema = object([
        ("metrics", array(object([
            ("name", string), ("definition", string), ("good_examples", array(string)), ("bad_examples", array(string)),
            ("aspects", array(string)),
        ]))),
    ])

    /// The judge schema names the metrics, so a structured-output model cannot rate another.
    public static func judgeSchema(metrics: [String]) -> JSONValue {
        object([
            ("traits", array(object([
                ("metric", .object([("type", .string("string")), ("enum", .array(metrics.map { .string($0) }))])),
                ("rating", integer(oneOf: [-1, 0, 1])), ("reasoning", string), ("steps", array(integer)),
            ]))),
        ])
    }
}
