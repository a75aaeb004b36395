"""A rule-based sentence splitter in MiniSBD's ONNX format (no training).

argostranslate 1.11 splits sentences with the package's ``minisbd/LANG.onnx``; without one it
downloads a model at run time, which fails offline. This graph marks a character as a sentence end
when it is ``.``, ``!`` or ``?`` followed by whitespace or the end, so plain argostranslate can run
the test packages with no network (the benchmark's peer needs that). Needs ``onnx`` at build time only.
"""

from __future__ import annotations

import json


def build(path, lang: str) -> None:
    import onnx
    from onnx import TensorProto
    from onnx import helper as h

    def const(name, values, dtype=TensorProto.INT64):
        return h.make_node("Constant", [], [name], value=h.make_tensor(name, dtype, [len(values)], values))

    units = h.make_tensor_value_info("units", TensorProto.INT64, ["B", "T"])
    features = h.make_tensor_value_info("features", TensorProto.FLOAT, ["B", "T", 1])
    logits = h.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", "T", 5])
    nodes = [
        const("zero_f", [0.0], TensorProto.FLOAT), const("one_f", [1.0], TensorProto.FLOAT),
        const("five_f", [5.0], TensorProto.FLOAT), const("ten_f", [10.0], TensorProto.FLOAT),
        const("i0", [0]), const("i1", [1]), const("i2", [2]), const("end", [2**62]),
        const("lo", [2]), const("hi", [4]),
        h.make_node("Gather", ["features", "i0"], ["space3"], axis=2),
        h.make_node("Squeeze", ["space3", "i2"], ["space"]),  # [B, T]: a space precedes char t
        h.make_node("Slice", ["space", "i1", "end", "i1"], ["space_next"]),
        h.make_node("Slice", ["space", "i0", "i1", "i1"], ["first"]),
        h.make_node("Mul", ["first", "zero_f"], ["zero_col"]),
        h.make_node("Add", ["zero_col", "one_f"], ["one_col"]),
        h.make_node("Concat", ["space_next", "one_col"], ["next_is_space"], axis=1),
        h.make_node("GreaterOrEqual", ["units", "lo"], ["ge"]),
        h.make_node("LessOrEqual", ["units", "hi"], ["le"]),
        h.make_node("And", ["ge", "le"], ["terminal_b"]),  # unit ids 2..4 are . ! ?
        h.make_node("Cast", ["terminal_b"], ["terminal"], to=TensorProto.FLOAT),
        h.make_node("Mul", ["space", "zero_f"], ["zeros"]),
        h.make_node("Add", ["zeros", "one_f"], ["c0"]),
        h.make_node("Mul", ["next_is_space", "five_f"], ["c1"]),  # token end
        h.make_node("Mul", ["terminal", "next_is_space"], ["sentence_end"]),
        h.make_node("Mul", ["sentence_end", "ten_f"], ["c2"]),  # sentence end
        h.make_node("Sub", ["zeros", "one_f"], ["c3"]),
    ]
    nodes += [h.make_node("Unsqueeze", [c, "i2"], [c + "_u"]) for c in ("c0", "c1", "c2", "c3")]
    nodes.append(h.make_node("Concat", ["c0_u", "c1_u", "c2_u", "c3_u", "c3_u"], ["logits"], axis=2))
    model = h.make_model(
        h.make_graph(nodes, "rule_sbd", [units, features], [logits]),
        opset_imports=[h.make_opsetid("", 17)], producer_name="localize-test-models",
    )
    model.ir_version = 8
    id2unit = ["<PAD>", "<UNK>", ".", "!", "?", " "]
    config = {"feat_funcs": ["space_before"], "use_dictionary": False, "num_dict_feat": 0,
              "max_seqlen": 1000, "batch_size": 32, "skip_newline": False, "no_ssplit": False}
    vocab = {"lang": lang, "idx": 0, "cutoff": 0, "lower": False,
             "_id2unit": id2unit, "_unit2id": {u: i for i, u in enumerate(id2unit)}}
    onnx.helper.set_model_props(model, {
        "lang_code": lang, "config": json.dumps(config), "vocab": json.dumps(vocab), "lexicon": "null",
    })
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
