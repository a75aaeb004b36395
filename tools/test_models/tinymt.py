"""A tiny pre-norm Transformer whose weights map one-to-one onto ctranslate2's TransformerSpec.

One embedding matrix is shared by encoder, decoder and output projection, which makes copying
unknown tokens easy to learn. ``to_ctranslate2_spec`` fills the spec from a state dict.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

EPS = 1e-6


def sinusoid_table(max_len: int, dim: int) -> np.ndarray:
    pos = np.arange(max_len)[:, None]
    inv = np.exp(-math.log(10000.0) * np.arange(0, dim, 2) / dim)[None, :]
    table = np.zeros((max_len, dim), dtype=np.float32)
    table[:, 0::2] = np.sin(pos * inv)
    table[:, 1::2] = np.cos(pos * inv)
    return table


class Attention(nn.Module):
    def __init__(self, dim: int, heads: int, self_attention: bool):
        super().__init__()
        self.heads, self.self_attention = heads, self_attention
        self.ln = nn.LayerNorm(dim, eps=EPS)
        if self_attention:
            self.qkv = nn.Linear(dim, 3 * dim)
        else:
            self.q = nn.Linear(dim, dim)
            self.kv = nn.Linear(dim, 2 * dim)
        self.out = nn.Linear(dim, dim)

    def forward(self, x, memory=None, mask=None, causal=False):
        y = self.ln(x)
        b, t, d = y.shape
        if self.self_attention:
            q, k, v = self.qkv(y).chunk(3, -1)
        else:
            q = self.q(y)
            k, v = self.kv(memory).chunk(2, -1)

        def heads(z):
            return z.view(b, -1, self.heads, d // self.heads).transpose(1, 2)

        o = F.scaled_dot_product_attention(heads(q), heads(k), heads(v), attn_mask=mask, is_causal=causal)
        return x + self.out(o.transpose(1, 2).reshape(b, t, d))


class FeedForward(nn.Module):
    def __init__(self, dim: int, hidden: int):
        super().__init__()
        self.ln = nn.LayerNorm(dim, eps=EPS)
        self.w1 = nn.Linear(dim, hidden)
        self.w2 = nn.Linear(hidden, dim)

    def forward(self, x):
        return x + self.w2(F.relu(self.w1(self.ln(x))))


class EncoderLayer(nn.Module):
    def __init__(self, dim, heads, hidden):
        super().__init__()
        self.sa, self.ffn = Attention(dim, heads, True), FeedForward(dim, hidden)

    def forward(self, x, mask):
        return self.ffn(self.sa(x, mask=mask))


class DecoderLayer(nn.Module):
    def __init__(self, dim, heads, hidden):
        super().__init__()
        self.sa, self.ca = Attention(dim, heads, True), Attention(dim, heads, False)
        self.ffn = FeedForward(dim, hidden)

    def forward(self, y, memory, memory_mask):
        return self.ffn(self.ca(self.sa(y, causal=True), memory=memory, mask=memory_mask))


class TinyMT(nn.Module):
    def __init__(self, vocab, dim=128, heads=4, hidden=512, enc_layers=2, dec_layers=2, pad_id=3, max_len=1024):
        super().__init__()
        self.dim, self.pad_id = dim, pad_id
        self.emb = nn.Embedding(vocab, dim)
        nn.init.normal_(self.emb.weight, std=dim**-0.5)
        self.register_buffer("pe", torch.from_numpy(sinusoid_table(max_len, dim)), persistent=False)
        self.enc = nn.ModuleList([EncoderLayer(dim, heads, hidden) for _ in range(enc_layers)])
        self.dec = nn.ModuleList([DecoderLayer(dim, heads, hidden) for _ in range(dec_layers)])
        self.enc_ln = nn.LayerNorm(dim, eps=EPS)
        self.dec_ln = nn.LayerNorm(dim, eps=EPS)

    def embed(self, ids):
        return self.emb(ids) * math.sqrt(self.dim) + self.pe[: ids.shape[1]]

    def forward(self, src, tgt_in):
        mask = (src != self.pad_id)[:, None, None, :]
        x = self.embed(src)
        for layer in self.enc:
            x = layer(x, mask)
        memory = self.enc_ln(x)
        y = self.embed(tgt_in)
        for layer in self.dec:
            y = layer(y, memory, mask)
        return self.dec_ln(y) @ self.emb.weight.t()


def to_ctranslate2_spec(state: dict, cfg: dict, vocabulary: list[str], max_len: int = 1024):
    """A ctranslate2 TransformerSpec holding the weights of a TinyMT state dict."""
    from ctranslate2.specs import common_spec, transformer_spec

    sd = {k: v.float().numpy() for k, v in state.items()}
    spec = transformer_spec.TransformerSpec.from_config(
        (cfg["enc_layers"], cfg["dec_layers"]), cfg["heads"], pre_norm=True,
        activation=common_spec.Activation.RELU,
    )
    spec.config.layer_norm_epsilon = EPS
    table = sinusoid_table(max_len, cfg["dim"])

    def ln(s, p):
        s.gamma, s.beta = sd[p + ".weight"], sd[p + ".bias"]

    def lin(s, p):
        s.weight, s.bias = sd[p + ".weight"], sd[p + ".bias"]

    def attention(s, p, self_attention):
        ln(s.layer_norm, p + ".ln")
        if self_attention:
            lin(s.linear[0], p + ".qkv")
        else:
            lin(s.linear[0], p + ".q")
            lin(s.linear[1], p + ".kv")
        lin(s.linear[-1], p + ".out")

    def ffn(s, p):
        ln(s.layer_norm, p + ".ln")
        lin(s.linear_0, p + ".w1")
        lin(s.linear_1, p + ".w2")

    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = sd["emb.weight"]
    enc.position_encodings.encodings = table
    ln(enc.layer_norm, "enc_ln")
    for i, layer in enumerate(enc.layer):
        attention(layer.self_attention, f"enc.{i}.sa", True)
        ffn(layer.ffn, f"enc.{i}.ffn")
    dec.embeddings.weight = sd["emb.weight"]
    dec.position_encodings.encodings = table
    ln(dec.layer_norm, "dec_ln")
    dec.projection.weight = sd["emb.weight"]
    for i, layer in enumerate(dec.layer):
        attention(layer.self_attention, f"dec.{i}.sa", True)
        attention(layer.attention, f"dec.{i}.ca", False)
        ffn(layer.ffn, f"dec.{i}.ffn")
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec
