// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  At,
  B,
  F,
  I,
  L,
  P,
  R,
  Re,
  T,
  U,
  We,
  Yr,
  at,
  h,
  jr,
  kt,
  m,
  u,
  wt,
  x
} from "./chunk-chunk-DDCI6TG6.js";
import {
  require_node_worker_threads
} from "./chunk-chunk-BRMR3O6B.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/engines/pglite-worker.ts
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);

// node_modules/@electric-sql/pglite/dist/chunk-JOTQFPBW.js
var dn = {};
F(dn, { ABSTIME: () => xt, ACLITEM: () => Lt, BIT: () => Vt, BOOL: () => fe, BPCHAR: () => Ge, BYTEA: () => me, CHAR: () => mt, CID: () => gt, CIDR: () => It, CIRCLE: () => Et, DATE: () => Qe, FLOAT4: () => Ve, FLOAT8: () => Fe, GTSVECTOR: () => Zt, INET: () => Pt, INT2: () => Oe, INT4: () => Ue, INT8: () => ye, INTERVAL: () => Ut, JSON: () => be, JSONB: () => _e, MACADDR: () => Nt, MACADDR8: () => Ct, MONEY: () => Tt, NUMERIC: () => Gt, OID: () => ke, PATH: () => Bt, PG_DEPENDENCIES: () => Jt, PG_LSN: () => Wt, PG_NDISTINCT: () => Kt, PG_NODE_TREE: () => At2, POLYGON: () => Dt, REFCURSOR: () => vt, REGCLASS: () => zt, REGCONFIG: () => en, REGDICTIONARY: () => tn, REGNAMESPACE: () => nn, REGOPER: () => Ht, REGOPERATOR: () => _t, REGPROC: () => yt, REGPROCEDURE: () => Qt, REGROLE: () => rn, REGTYPE: () => qt, RELTIME: () => Mt, SMGR: () => St, TEXT: () => he, TID: () => ht, TIME: () => Ot, TIMESTAMP: () => He, TIMESTAMPTZ: () => ge, TIMETZ: () => kt2, TINTERVAL: () => Rt, TSQUERY: () => Xt, TSVECTOR: () => $t, TXID_SNAPSHOT: () => jt, UUID: () => Yt, VARBIT: () => Ft, VARCHAR: () => ve, XID: () => bt, XML: () => wt2, arrayParser: () => pn, arraySerializer: () => qe, parseType: () => se, parsers: () => sn, serializers: () => an, types: () => ze });
u();
var dt = globalThis.JSON.parse;
var ft = globalThis.JSON.stringify;
var fe = 16;
var me = 17;
var mt = 18;
var ye = 20;
var Oe = 21;
var Ue = 23;
var yt = 24;
var he = 25;
var ke = 26;
var ht = 27;
var bt = 28;
var gt = 29;
var be = 114;
var wt2 = 142;
var At2 = 194;
var St = 210;
var Bt = 602;
var Dt = 604;
var It = 650;
var Ve = 700;
var Fe = 701;
var xt = 702;
var Mt = 703;
var Rt = 704;
var Et = 718;
var Ct = 774;
var Tt = 790;
var Nt = 829;
var Pt = 869;
var Lt = 1033;
var Ge = 1042;
var ve = 1043;
var Qe = 1082;
var Ot = 1083;
var He = 1114;
var ge = 1184;
var Ut = 1186;
var kt2 = 1266;
var Vt = 1560;
var Ft = 1562;
var Gt = 1700;
var vt = 1790;
var Qt = 2202;
var Ht = 2203;
var _t = 2204;
var zt = 2205;
var qt = 2206;
var Yt = 2950;
var jt = 2970;
var Wt = 3220;
var Kt = 3361;
var Jt = 3402;
var $t = 3614;
var Xt = 3615;
var Zt = 3642;
var en = 3734;
var tn = 3769;
var _e = 3802;
var nn = 4089;
var rn = 4096;
var ze = { string: { to: he, from: [he, ve, Ge], serialize: (t22) => {
  if (typeof t22 == "string") return t22;
  if (typeof t22 == "number") return t22.toString();
  throw new Error("Invalid input for string type");
}, parse: (t22) => t22 }, number: { to: 0, from: [Oe, Ue, ke, Ve, Fe], serialize: (t22) => t22.toString(), parse: (t22) => +t22 }, bigint: { to: ye, from: [ye], serialize: (t22) => t22.toString(), parse: (t22) => {
  let e2 = BigInt(t22);
  return e2 < Number.MIN_SAFE_INTEGER || e2 > Number.MAX_SAFE_INTEGER ? e2 : Number(e2);
} }, json: { to: be, from: [be, _e], serialize: (t22) => typeof t22 == "string" ? t22 : ft(t22), parse: (t22) => dt(t22) }, boolean: { to: fe, from: [fe], serialize: (t22) => {
  if (typeof t22 != "boolean") throw new Error("Invalid input for boolean type");
  return t22 ? "t" : "f";
}, parse: (t22) => t22 === "t" }, date: { to: ge, from: [Qe, He, ge], serialize: (t22) => {
  if (typeof t22 == "string") return t22;
  if (typeof t22 == "number") return new Date(t22).toISOString();
  if (t22 instanceof Date) return t22.toISOString();
  throw new Error("Invalid input for date type");
}, parse: (t22) => new Date(t22) }, bytea: { to: me, from: [me], serialize: (t22) => {
  if (!(t22 instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return "\\x" + Array.from(t22).map((e2) => e2.toString(16).padStart(2, "0")).join("");
}, parse: (t22) => {
  let e2 = t22.slice(2);
  return Uint8Array.from({ length: e2.length / 2 }, (n3, s2) => parseInt(e2.substring(s2 * 2, (s2 + 1) * 2), 16));
} } };
var we = on(ze);
var sn = we.parsers;
var an = we.serializers;
function se(t22, e2, n3) {
  if (t22 === null) return null;
  let s2 = n3?.[e2] ?? we.parsers[e2];
  return s2 ? s2(t22, e2) : t22;
}
function on(t22) {
  return Object.keys(t22).reduce(({ parsers: e2, serializers: n3 }, s2) => {
    let { to: i5, from: a10, serialize: u2, parse: m3 } = t22[s2];
    return n3[i5] = u2, n3[s2] = u2, e2[s2] = m3, Array.isArray(a10) ? a10.forEach((l) => {
      e2[l] = m3, n3[l] = u2;
    }) : (e2[a10] = m3, n3[a10] = u2), { parsers: e2, serializers: n3 };
  }, { parsers: {}, serializers: {} });
}
var un = /\\/g;
var cn = /"/g;
function ln(t22) {
  return t22.replace(un, "\\\\").replace(cn, '\\"');
}
function qe(t22, e2, n3) {
  if (Array.isArray(t22) === false) return t22;
  if (!t22.length) return "{}";
  let s2 = t22[0], i5 = n3 === 1020 ? ";" : ",";
  return Array.isArray(s2) ? `{${t22.map((a10) => qe(a10, e2, n3)).join(i5)}}` : `{${t22.map((a10) => (a10 === void 0 && (a10 = null), a10 === null ? "null" : '"' + ln(e2 ? e2(a10) : a10.toString()) + '"')).join(i5)}}`;
}
var de = { i: 0, char: null, str: "", quoted: false, last: 0, p: null };
function pn(t22, e2, n3) {
  return de.i = de.last = 0, Ye(de, t22, e2, n3)[0];
}
function Ye(t22, e2, n3, s2) {
  let i5 = [], a10 = s2 === 1020 ? ";" : ",";
  for (; t22.i < e2.length; t22.i++) {
    if (t22.char = e2[t22.i], t22.quoted) t22.char === "\\" ? t22.str += e2[++t22.i] : t22.char === '"' ? (i5.push(n3 ? n3(t22.str) : t22.str), t22.str = "", t22.quoted = e2[t22.i + 1] === '"', t22.last = t22.i + 2) : t22.str += t22.char;
    else if (t22.char === '"') t22.quoted = true;
    else if (t22.char === "{") t22.last = ++t22.i, i5.push(Ye(t22, e2, n3, s2));
    else if (t22.char === "}") {
      if (t22.last < t22.i) {
        let u2 = e2.slice(t22.last, t22.i);
        u2 === "NULL" && !t22.quoted ? i5.push(null) : i5.push(n3 ? n3(u2) : u2);
      }
      t22.quoted = false, t22.last = t22.i + 1;
      break;
    } else if (t22.char === a10 && t22.p !== "}" && t22.p !== '"') {
      let u2 = e2.slice(t22.last, t22.i);
      u2 === "NULL" && !t22.quoted ? i5.push(null) : i5.push(n3 ? n3(u2) : u2), t22.last = t22.i + 1;
    }
    t22.p = t22.char;
  }
  return t22.last < t22.i && i5.push(n3 ? n3(e2.slice(t22.last, t22.i + 1)) : e2.slice(t22.last, t22.i + 1)), i5;
}
var hn = {};
F(hn, { parseDescribeStatementResults: () => yn, parseResults: () => fn });
u();
function fn(t22, e2, n3, s2) {
  let i5 = [], a10 = { rows: [], fields: [] }, u2 = 0, m3 = { ...e2, ...n3?.parsers };
  return t22.forEach((l) => {
    switch (l.name) {
      case "rowDescription": {
        let U3 = l;
        a10.fields = U3.fields.map((E2) => ({ name: E2.name, dataTypeID: E2.dataTypeID }));
        break;
      }
      case "dataRow": {
        if (!a10) break;
        let U3 = l;
        n3?.rowMode === "array" ? a10.rows.push(U3.fields.map((E2, te2) => se(E2, a10.fields[te2].dataTypeID, m3))) : a10.rows.push(Object.fromEntries(U3.fields.map((E2, te2) => [a10.fields[te2].name, se(E2, a10.fields[te2].dataTypeID, m3)])));
        break;
      }
      case "commandComplete": {
        u2 += mn(l), i5.push({ ...a10, affectedRows: u2, ...s2 ? { blob: s2 } : {} }), a10 = { rows: [], fields: [] };
        break;
      }
    }
  }), i5.length === 0 && i5.push({ affectedRows: 0, rows: [], fields: [] }), i5;
}
function mn(t22) {
  let e2 = t22.text.split(" ");
  switch (e2[0]) {
    case "INSERT":
      return parseInt(e2[2], 10);
    case "UPDATE":
    case "DELETE":
    case "COPY":
    case "MERGE":
      return parseInt(e2[1], 10);
    default:
      return 0;
  }
}
function yn(t22) {
  let e2 = t22.find((n3) => n3.name === "parameterDescription");
  return e2 ? e2.dataTypeIDs : [];
}
var Ee = {};
F(Ee, { AuthenticationCleartextPassword: () => V, AuthenticationMD5Password: () => F2, AuthenticationOk: () => k, AuthenticationSASL: () => G, AuthenticationSASLContinue: () => v, AuthenticationSASLFinal: () => Q, BackendKeyDataMessage: () => W, CommandCompleteMessage: () => $, CopyDataMessage: () => H, CopyResponse: () => _, DataRowMessage: () => X, DatabaseError: () => C, Field: () => z, NoticeMessage: () => Z, NotificationResponseMessage: () => K, ParameterDescriptionMessage: () => Y, ParameterStatusMessage: () => j, ReadyForQueryMessage: () => J, RowDescriptionMessage: () => q, bindComplete: () => Se, closeComplete: () => Be, copyDone: () => Re2, emptyQuery: () => Me, noData: () => De, parseComplete: () => Ae, portalSuspended: () => Ie, replicationStart: () => xe });
u();
var Ae = { name: "parseComplete", length: 5 };
var Se = { name: "bindComplete", length: 5 };
var Be = { name: "closeComplete", length: 5 };
var De = { name: "noData", length: 5 };
var Ie = { name: "portalSuspended", length: 5 };
var xe = { name: "replicationStart", length: 4 };
var Me = { name: "emptyQuery", length: 4 };
var Re2 = { name: "copyDone", length: 4 };
var k = class {
  constructor(e2) {
    this.length = e2;
    this.name = "authenticationOk";
  }
};
var V = class {
  constructor(e2) {
    this.length = e2;
    this.name = "authenticationCleartextPassword";
  }
};
var F2 = class {
  constructor(e2, n3) {
    this.length = e2;
    this.salt = n3;
    this.name = "authenticationMD5Password";
  }
};
var G = class {
  constructor(e2, n3) {
    this.length = e2;
    this.mechanisms = n3;
    this.name = "authenticationSASL";
  }
};
var v = class {
  constructor(e2, n3) {
    this.length = e2;
    this.data = n3;
    this.name = "authenticationSASLContinue";
  }
};
var Q = class {
  constructor(e2, n3) {
    this.length = e2;
    this.data = n3;
    this.name = "authenticationSASLFinal";
  }
};
var C = class extends Error {
  constructor(n3, s2, i5) {
    super(n3);
    this.length = s2;
    this.name = i5;
  }
};
var H = class {
  constructor(e2, n3) {
    this.length = e2;
    this.chunk = n3;
    this.name = "copyData";
  }
};
var _ = class {
  constructor(e2, n3, s2, i5) {
    this.length = e2;
    this.name = n3;
    this.binary = s2;
    this.columnTypes = new Array(i5);
  }
};
var z = class {
  constructor(e2, n3, s2, i5, a10, u2, m3) {
    this.name = e2;
    this.tableID = n3;
    this.columnID = s2;
    this.dataTypeID = i5;
    this.dataTypeSize = a10;
    this.dataTypeModifier = u2;
    this.format = m3;
  }
};
var q = class {
  constructor(e2, n3) {
    this.length = e2;
    this.fieldCount = n3;
    this.name = "rowDescription";
    this.fields = new Array(this.fieldCount);
  }
};
var Y = class {
  constructor(e2, n3) {
    this.length = e2;
    this.parameterCount = n3;
    this.name = "parameterDescription";
    this.dataTypeIDs = new Array(this.parameterCount);
  }
};
var j = class {
  constructor(e2, n3, s2) {
    this.length = e2;
    this.parameterName = n3;
    this.parameterValue = s2;
    this.name = "parameterStatus";
  }
};
var W = class {
  constructor(e2, n3, s2) {
    this.length = e2;
    this.processID = n3;
    this.secretKey = s2;
    this.name = "backendKeyData";
  }
};
var K = class {
  constructor(e2, n3, s2, i5) {
    this.length = e2;
    this.processId = n3;
    this.channel = s2;
    this.payload = i5;
    this.name = "notification";
  }
};
var J = class {
  constructor(e2, n3) {
    this.length = e2;
    this.status = n3;
    this.name = "readyForQuery";
  }
};
var $ = class {
  constructor(e2, n3) {
    this.length = e2;
    this.text = n3;
    this.name = "commandComplete";
  }
};
var X = class {
  constructor(e2, n3) {
    this.length = e2;
    this.fields = n3;
    this.name = "dataRow";
    this.fieldCount = n3.length;
  }
};
var Z = class {
  constructor(e2, n3) {
    this.length = e2;
    this.message = n3;
    this.name = "notice";
  }
};
var Hn = {};
F(Hn, { Parser: () => pe, messages: () => Ee, serialize: () => We2 });
u();
u();
u();
u();
function T2(t22) {
  let e2 = t22.length;
  for (let n3 = t22.length - 1; n3 >= 0; n3--) {
    let s2 = t22.charCodeAt(n3);
    s2 > 127 && s2 <= 2047 ? e2++ : s2 > 2047 && s2 <= 65535 && (e2 += 2), s2 >= 56320 && s2 <= 57343 && n3--;
  }
  return e2;
}
var b;
var g;
var P2;
var ae;
var L2;
var S;
var ie;
var N;
var je;
var R2 = class {
  constructor(e2 = 256) {
    this.size = e2;
    R(this, S);
    R(this, b);
    R(this, g, 5);
    R(this, P2, false);
    R(this, ae, new TextEncoder());
    R(this, L2, 0);
    x(this, b, T(this, S, ie).call(this, e2));
  }
  addInt32(e2) {
    return T(this, S, N).call(this, 4), h(this, b).setInt32(h(this, g), e2, h(this, P2)), x(this, g, h(this, g) + 4), this;
  }
  addInt16(e2) {
    return T(this, S, N).call(this, 2), h(this, b).setInt16(h(this, g), e2, h(this, P2)), x(this, g, h(this, g) + 2), this;
  }
  addCString(e2) {
    return e2 && this.addString(e2), T(this, S, N).call(this, 1), h(this, b).setUint8(h(this, g), 0), U(this, g)._++, this;
  }
  addString(e2 = "") {
    let n3 = T2(e2);
    return T(this, S, N).call(this, n3), h(this, ae).encodeInto(e2, new Uint8Array(h(this, b).buffer, h(this, g))), x(this, g, h(this, g) + n3), this;
  }
  add(e2) {
    return T(this, S, N).call(this, e2.byteLength), new Uint8Array(h(this, b).buffer).set(new Uint8Array(e2), h(this, g)), x(this, g, h(this, g) + e2.byteLength), this;
  }
  flush(e2) {
    let n3 = T(this, S, je).call(this, e2);
    return x(this, g, 5), x(this, b, T(this, S, ie).call(this, this.size)), new Uint8Array(n3);
  }
};
b = /* @__PURE__ */ new WeakMap(), g = /* @__PURE__ */ new WeakMap(), P2 = /* @__PURE__ */ new WeakMap(), ae = /* @__PURE__ */ new WeakMap(), L2 = /* @__PURE__ */ new WeakMap(), S = /* @__PURE__ */ new WeakSet(), ie = function(e2) {
  return new DataView(new ArrayBuffer(e2));
}, N = function(e2) {
  if (h(this, b).byteLength - h(this, g) < e2) {
    let s2 = h(this, b).buffer, i5 = s2.byteLength + (s2.byteLength >> 1) + e2;
    x(this, b, T(this, S, ie).call(this, i5)), new Uint8Array(h(this, b).buffer).set(new Uint8Array(s2));
  }
}, je = function(e2) {
  if (e2) {
    h(this, b).setUint8(h(this, L2), e2);
    let n3 = h(this, g) - (h(this, L2) + 1);
    h(this, b).setInt32(h(this, L2) + 1, n3, h(this, P2));
  }
  return h(this, b).buffer.slice(e2 ? 0 : 5, h(this, g));
};
var f = new R2();
var bn = (t22) => {
  f.addInt16(3).addInt16(0);
  for (let s2 of Object.keys(t22)) f.addCString(s2).addCString(t22[s2]);
  f.addCString("client_encoding").addCString("UTF8");
  let e2 = f.addCString("").flush(), n3 = e2.byteLength + 4;
  return new R2().addInt32(n3).add(e2).flush();
};
var gn = () => {
  let t22 = new DataView(new ArrayBuffer(8));
  return t22.setInt32(0, 8, false), t22.setInt32(4, 80877103, false), new Uint8Array(t22.buffer);
};
var wn = (t22) => f.addCString(t22).flush(112);
var An = (t22, e2) => (f.addCString(t22).addInt32(T2(e2)).addString(e2), f.flush(112));
var Sn = (t22) => f.addString(t22).flush(112);
var Bn = (t22) => f.addCString(t22).flush(81);
var Dn = [];
var In = (t22) => {
  let e2 = t22.name ?? "";
  e2.length > 63 && (console.error("Warning! Postgres only supports 63 characters for query names."), console.error("You supplied %s (%s)", e2, e2.length), console.error("This can cause conflicts and silent errors executing queries"));
  let n3 = f.addCString(e2).addCString(t22.text).addInt16(t22.types?.length ?? 0);
  return t22.types?.forEach((s2) => n3.addInt32(s2)), f.flush(80);
};
var O = new R2();
var xn = (t22, e2) => {
  for (let n3 = 0; n3 < t22.length; n3++) {
    let s2 = e2 ? e2(t22[n3], n3) : t22[n3];
    if (s2 === null) f.addInt16(0), O.addInt32(-1);
    else if (s2 instanceof ArrayBuffer || ArrayBuffer.isView(s2)) {
      let i5 = ArrayBuffer.isView(s2) ? s2.buffer.slice(s2.byteOffset, s2.byteOffset + s2.byteLength) : s2;
      f.addInt16(1), O.addInt32(i5.byteLength), O.add(i5);
    } else f.addInt16(0), O.addInt32(T2(s2)), O.addString(s2);
  }
};
var Mn = (t22 = {}) => {
  let e2 = t22.portal ?? "", n3 = t22.statement ?? "", s2 = t22.binary ?? false, i5 = t22.values ?? Dn, a10 = i5.length;
  return f.addCString(e2).addCString(n3), f.addInt16(a10), xn(i5, t22.valueMapper), f.addInt16(a10), f.add(O.flush()), f.addInt16(s2 ? 1 : 0), f.flush(66);
};
var Rn = new Uint8Array([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
var En = (t22) => {
  if (!t22 || !t22.portal && !t22.rows) return Rn;
  let e2 = t22.portal ?? "", n3 = t22.rows ?? 0, s2 = T2(e2), i5 = 4 + s2 + 1 + 4, a10 = new DataView(new ArrayBuffer(1 + i5));
  return a10.setUint8(0, 69), a10.setInt32(1, i5, false), new TextEncoder().encodeInto(e2, new Uint8Array(a10.buffer, 5)), a10.setUint8(s2 + 5, 0), a10.setUint32(a10.byteLength - 4, n3, false), new Uint8Array(a10.buffer);
};
var Cn = (t22, e2) => {
  let n3 = new DataView(new ArrayBuffer(16));
  return n3.setInt32(0, 16, false), n3.setInt16(4, 1234, false), n3.setInt16(6, 5678, false), n3.setInt32(8, t22, false), n3.setInt32(12, e2, false), new Uint8Array(n3.buffer);
};
var Ce = (t22, e2) => {
  let n3 = new R2();
  return n3.addCString(e2), n3.flush(t22);
};
var Tn = f.addCString("P").flush(68);
var Nn = f.addCString("S").flush(68);
var Pn = (t22) => t22.name ? Ce(68, `${t22.type}${t22.name ?? ""}`) : t22.type === "P" ? Tn : Nn;
var Ln = (t22) => {
  let e2 = `${t22.type}${t22.name ?? ""}`;
  return Ce(67, e2);
};
var On = (t22) => f.add(t22).flush(100);
var Un = (t22) => Ce(102, t22);
var oe = (t22) => new Uint8Array([t22, 0, 0, 0, 4]);
var kn = oe(72);
var Vn = oe(83);
var Fn = oe(88);
var Gn = oe(99);
var We2 = { startup: bn, password: wn, requestSsl: gn, sendSASLInitialResponseMessage: An, sendSCRAMClientFinalMessage: Sn, query: Bn, parse: In, bind: Mn, execute: En, describe: Pn, close: Ln, flush: () => kn, sync: () => Vn, end: () => Fn, copyData: On, copyDone: () => Gn, copyFail: Un, cancel: Cn };
u();
u();
var Te = { text: 0, binary: 1 };
u();
var vn = new ArrayBuffer(0);
var M;
var w;
var ce;
var le;
var ee;
var ue = class {
  constructor(e2 = 0) {
    R(this, M, new DataView(vn));
    R(this, w);
    R(this, ce, "utf-8");
    R(this, le, new TextDecoder(h(this, ce)));
    R(this, ee, false);
    x(this, w, e2);
  }
  setBuffer(e2, n3) {
    x(this, w, e2), x(this, M, new DataView(n3));
  }
  int16() {
    let e2 = h(this, M).getInt16(h(this, w), h(this, ee));
    return x(this, w, h(this, w) + 2), e2;
  }
  byte() {
    let e2 = h(this, M).getUint8(h(this, w));
    return U(this, w)._++, e2;
  }
  int32() {
    let e2 = h(this, M).getInt32(h(this, w), h(this, ee));
    return x(this, w, h(this, w) + 4), e2;
  }
  string(e2) {
    return h(this, le).decode(this.bytes(e2));
  }
  cstring() {
    let e2 = h(this, w), n3 = e2;
    for (; h(this, M).getUint8(n3++) !== 0; ) ;
    let s2 = this.string(n3 - e2 - 1);
    return x(this, w, n3), s2;
  }
  bytes(e2) {
    let n3 = h(this, M).buffer.slice(h(this, w), h(this, w) + e2);
    return x(this, w, h(this, w) + e2), new Uint8Array(n3);
  }
};
M = /* @__PURE__ */ new WeakMap(), w = /* @__PURE__ */ new WeakMap(), ce = /* @__PURE__ */ new WeakMap(), le = /* @__PURE__ */ new WeakMap(), ee = /* @__PURE__ */ new WeakMap();
var Ne = 1;
var Qn = 4;
var Ke = Ne + Qn;
var Je = new ArrayBuffer(0);
var A;
var B2;
var D;
var o;
var c;
var $e;
var Xe;
var Ze;
var et;
var tt;
var nt;
var rt;
var Pe;
var st;
var it;
var at2;
var ot;
var ut;
var ct;
var lt;
var pt;
var Le;
var pe = class {
  constructor() {
    R(this, c);
    R(this, A, new DataView(Je));
    R(this, B2, 0);
    R(this, D, 0);
    R(this, o, new ue());
  }
  parse(e2, n3) {
    T(this, c, $e).call(this, ArrayBuffer.isView(e2) ? e2.buffer.slice(e2.byteOffset, e2.byteOffset + e2.byteLength) : e2);
    let s2 = h(this, D) + h(this, B2), i5 = h(this, D);
    for (; i5 + Ke <= s2; ) {
      let a10 = h(this, A).getUint8(i5), u2 = h(this, A).getUint32(i5 + Ne, false), m3 = Ne + u2;
      if (m3 + i5 <= s2 && u2 > 0) {
        let l = T(this, c, Xe).call(this, i5 + Ke, a10, u2, h(this, A).buffer);
        n3(l), i5 += m3;
      } else break;
    }
    i5 === s2 ? (x(this, A, new DataView(Je)), x(this, B2, 0), x(this, D, 0)) : (x(this, B2, s2 - i5), x(this, D, i5));
  }
};
A = /* @__PURE__ */ new WeakMap(), B2 = /* @__PURE__ */ new WeakMap(), D = /* @__PURE__ */ new WeakMap(), o = /* @__PURE__ */ new WeakMap(), c = /* @__PURE__ */ new WeakSet(), $e = function(e2) {
  if (h(this, B2) > 0) {
    let n3 = h(this, B2) + e2.byteLength;
    if (n3 + h(this, D) > h(this, A).byteLength) {
      let i5;
      if (n3 <= h(this, A).byteLength && h(this, D) >= h(this, B2)) i5 = h(this, A).buffer;
      else {
        let a10 = h(this, A).byteLength * 2;
        for (; n3 >= a10; ) a10 *= 2;
        i5 = new ArrayBuffer(a10);
      }
      new Uint8Array(i5).set(new Uint8Array(h(this, A).buffer, h(this, D), h(this, B2))), x(this, A, new DataView(i5)), x(this, D, 0);
    }
    new Uint8Array(h(this, A).buffer).set(new Uint8Array(e2), h(this, D) + h(this, B2)), x(this, B2, n3);
  } else x(this, A, new DataView(e2)), x(this, D, 0), x(this, B2, e2.byteLength);
}, Xe = function(e2, n3, s2, i5) {
  switch (n3) {
    case 50:
      return Se;
    case 49:
      return Ae;
    case 51:
      return Be;
    case 110:
      return De;
    case 115:
      return Ie;
    case 99:
      return Re2;
    case 87:
      return xe;
    case 73:
      return Me;
    case 68:
      return T(this, c, ut).call(this, e2, s2, i5);
    case 67:
      return T(this, c, et).call(this, e2, s2, i5);
    case 90:
      return T(this, c, Ze).call(this, e2, s2, i5);
    case 65:
      return T(this, c, st).call(this, e2, s2, i5);
    case 82:
      return T(this, c, pt).call(this, e2, s2, i5);
    case 83:
      return T(this, c, ct).call(this, e2, s2, i5);
    case 75:
      return T(this, c, lt).call(this, e2, s2, i5);
    case 69:
      return T(this, c, Le).call(this, e2, s2, i5, "error");
    case 78:
      return T(this, c, Le).call(this, e2, s2, i5, "notice");
    case 84:
      return T(this, c, it).call(this, e2, s2, i5);
    case 116:
      return T(this, c, ot).call(this, e2, s2, i5);
    case 71:
      return T(this, c, nt).call(this, e2, s2, i5);
    case 72:
      return T(this, c, rt).call(this, e2, s2, i5);
    case 100:
      return T(this, c, tt).call(this, e2, s2, i5);
    default:
      return new C("received invalid response: " + n3.toString(16), s2, "error");
  }
}, Ze = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).string(1);
  return new J(n3, i5);
}, et = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).cstring();
  return new $(n3, i5);
}, tt = function(e2, n3, s2) {
  let i5 = s2.slice(e2, e2 + (n3 - 4));
  return new H(n3, new Uint8Array(i5));
}, nt = function(e2, n3, s2) {
  return T(this, c, Pe).call(this, e2, n3, s2, "copyInResponse");
}, rt = function(e2, n3, s2) {
  return T(this, c, Pe).call(this, e2, n3, s2, "copyOutResponse");
}, Pe = function(e2, n3, s2, i5) {
  h(this, o).setBuffer(e2, s2);
  let a10 = h(this, o).byte() !== 0, u2 = h(this, o).int16(), m3 = new _(n3, i5, a10, u2);
  for (let l = 0; l < u2; l++) m3.columnTypes[l] = h(this, o).int16();
  return m3;
}, st = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).int32(), a10 = h(this, o).cstring(), u2 = h(this, o).cstring();
  return new K(n3, i5, a10, u2);
}, it = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).int16(), a10 = new q(n3, i5);
  for (let u2 = 0; u2 < i5; u2++) a10.fields[u2] = T(this, c, at2).call(this);
  return a10;
}, at2 = function() {
  let e2 = h(this, o).cstring(), n3 = h(this, o).int32(), s2 = h(this, o).int16(), i5 = h(this, o).int32(), a10 = h(this, o).int16(), u2 = h(this, o).int32(), m3 = h(this, o).int16() === 0 ? Te.text : Te.binary;
  return new z(e2, n3, s2, i5, a10, u2, m3);
}, ot = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).int16(), a10 = new Y(n3, i5);
  for (let u2 = 0; u2 < i5; u2++) a10.dataTypeIDs[u2] = h(this, o).int32();
  return a10;
}, ut = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).int16(), a10 = new Array(i5);
  for (let u2 = 0; u2 < i5; u2++) {
    let m3 = h(this, o).int32();
    a10[u2] = m3 === -1 ? null : h(this, o).string(m3);
  }
  return new X(n3, a10);
}, ct = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).cstring(), a10 = h(this, o).cstring();
  return new j(n3, i5, a10);
}, lt = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).int32(), a10 = h(this, o).int32();
  return new W(n3, i5, a10);
}, pt = function(e2, n3, s2) {
  h(this, o).setBuffer(e2, s2);
  let i5 = h(this, o).int32();
  switch (i5) {
    case 0:
      return new k(n3);
    case 3:
      return new V(n3);
    case 5:
      return new F2(n3, h(this, o).bytes(4));
    case 10: {
      let a10 = [];
      for (; ; ) {
        let u2 = h(this, o).cstring();
        if (u2.length === 0) return new G(n3, a10);
        a10.push(u2);
      }
    }
    case 11:
      return new v(n3, h(this, o).string(n3 - 8));
    case 12:
      return new Q(n3, h(this, o).string(n3 - 8));
    default:
      throw new Error("Unknown authenticationOk message type " + i5);
  }
}, Le = function(e2, n3, s2, i5) {
  h(this, o).setBuffer(e2, s2);
  let a10 = {}, u2 = h(this, o).string(1);
  for (; u2 !== "\0"; ) a10[u2] = h(this, o).cstring(), u2 = h(this, o).string(1);
  let m3 = a10.M, l = i5 === "notice" ? new Z(n3, m3) : new C(m3, n3, i5);
  return l.severity = a10.S, l.code = a10.C, l.detail = a10.D, l.hint = a10.H, l.position = a10.P, l.internalPosition = a10.p, l.internalQuery = a10.q, l.where = a10.W, l.schema = a10.s, l.table = a10.t, l.column = a10.c, l.dataType = a10.d, l.constraint = a10.n, l.file = a10.F, l.line = a10.L, l.routine = a10.R, l;
};

// node_modules/@electric-sql/pglite/dist/chunk-F4GETNPB.js
u();
var o2 = { part: "part", container: "container" };
function s(t22, r6, ...e2) {
  let a10 = t22.length - 1, p3 = e2.length - 1;
  if (p3 !== -1) {
    if (p3 === 0) {
      t22[a10] = t22[a10] + e2[0] + r6;
      return;
    }
    t22[a10] = t22[a10] + e2[0], t22.push(...e2.slice(1, p3)), t22.push(e2[p3] + r6);
  }
}
function y(t22, ...r6) {
  let e2 = [t22[0]];
  e2.raw = [t22.raw[0]];
  let a10 = [];
  for (let p3 = 0; p3 < r6.length; p3++) {
    let n3 = r6[p3], i5 = p3 + 1;
    if (n3?._templateType === o2.part) {
      s(e2, t22[i5], n3.str), s(e2.raw, t22.raw[i5], n3.str);
      continue;
    }
    if (n3?._templateType === o2.container) {
      s(e2, t22[i5], ...n3.strings), s(e2.raw, t22.raw[i5], ...n3.strings.raw), a10.push(...n3.values);
      continue;
    }
    e2.push(t22[i5]), e2.raw.push(t22.raw[i5]), a10.push(n3);
  }
  return { _templateType: "container", strings: e2, values: a10 };
}
function g2(t22, ...r6) {
  let { strings: e2, values: a10 } = y(t22, ...r6);
  return { query: [e2[0], ...a10.flatMap((p3, n3) => [`$${n3 + 1}`, e2[n3 + 1]])].join(""), params: a10 };
}

// node_modules/@electric-sql/pglite/dist/chunk-WUKNEE7X.js
u();
u();
function E(h2) {
  let s2 = h2.e;
  return s2.query = h2.query, s2.params = h2.params, s2.queryOptions = h2.options, s2;
}
var P3;
var p;
var t;
var y2;
var x2;
var m2;
var _2;
var z2 = class {
  constructor() {
    R(this, t);
    this.serializers = { ...an };
    this.parsers = { ...sn };
    R(this, P3, false);
    R(this, p, false);
  }
  async _initArrayTypes({ force: s2 = false } = {}) {
    if (h(this, P3) && !s2) return;
    x(this, P3, true);
    let e2 = await this.query(`
      SELECT b.oid, b.typarray
      FROM pg_catalog.pg_type a
      LEFT JOIN pg_catalog.pg_type b ON b.oid = a.typelem
      WHERE a.typcategory = 'A'
      GROUP BY b.oid, b.typarray
      ORDER BY b.oid
    `);
    for (let r6 of e2.rows) this.serializers[r6.typarray] = (o7) => qe(o7, this.serializers[r6.oid], r6.typarray), this.parsers[r6.typarray] = (o7) => pn(o7, this.parsers[r6.oid], r6.typarray);
  }
  async refreshArrayTypes() {
    await this._initArrayTypes({ force: true });
  }
  async query(s2, e2, r6) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await T(this, t, x2).call(this, s2, e2, r6));
  }
  async sql(s2, ...e2) {
    let { query: r6, params: o7 } = g2(s2, ...e2);
    return await this.query(r6, o7);
  }
  async exec(s2, e2) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await T(this, t, m2).call(this, s2, e2));
  }
  async describeQuery(s2, e2) {
    let r6 = [];
    try {
      await T(this, t, y2).call(this, We2.parse({ text: s2, types: e2?.paramTypes }), e2), r6 = await T(this, t, y2).call(this, We2.describe({ type: "S" }), e2);
    } catch (n3) {
      throw n3 instanceof C ? E({ e: n3, options: e2, params: void 0, query: s2 }) : n3;
    } finally {
      r6.push(...await T(this, t, y2).call(this, We2.sync(), e2));
    }
    let o7 = r6.find((n3) => n3.name === "parameterDescription"), i5 = r6.find((n3) => n3.name === "rowDescription"), c3 = o7?.dataTypeIDs.map((n3) => ({ dataTypeID: n3, serializer: this.serializers[n3] })) ?? [], u2 = i5?.fields.map((n3) => ({ name: n3.name, dataTypeID: n3.dataTypeID, parser: this.parsers[n3.dataTypeID] })) ?? [];
    return { queryParams: c3, resultFields: u2 };
  }
  async transaction(s2) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => {
      await T(this, t, m2).call(this, "BEGIN"), x(this, p, true);
      let e2 = false, r6 = () => {
        if (e2) throw new Error("Transaction is closed");
      }, o7 = { query: async (i5, c3, u2) => (r6(), await T(this, t, x2).call(this, i5, c3, u2)), sql: async (i5, ...c3) => {
        let { query: u2, params: n3 } = g2(i5, ...c3);
        return await T(this, t, x2).call(this, u2, n3);
      }, exec: async (i5, c3) => (r6(), await T(this, t, m2).call(this, i5, c3)), rollback: async () => {
        r6(), await T(this, t, m2).call(this, "ROLLBACK"), e2 = true;
      }, listen: async (i5, c3) => (r6(), await this.listen(i5, c3, o7)), get closed() {
        return e2;
      } };
      try {
        let i5 = await s2(o7);
        return e2 || (e2 = true, await T(this, t, m2).call(this, "COMMIT")), x(this, p, false), i5;
      } catch (i5) {
        throw e2 || await T(this, t, m2).call(this, "ROLLBACK"), x(this, p, false), i5;
      }
    });
  }
  async runExclusive(s2) {
    return await this._runExclusiveQuery(s2);
  }
};
P3 = /* @__PURE__ */ new WeakMap(), p = /* @__PURE__ */ new WeakMap(), t = /* @__PURE__ */ new WeakSet(), y2 = async function(s2, e2 = {}) {
  return await this.execProtocolStream(s2, { ...e2, syncToFs: false });
}, x2 = async function(s2, e2 = [], r6) {
  return await this._runExclusiveQuery(async () => {
    T(this, t, _2).call(this, "runQuery", s2, e2, r6), await this._handleBlob(r6?.blob);
    let o7 = [];
    try {
      let c3 = await T(this, t, y2).call(this, We2.parse({ text: s2, types: r6?.paramTypes }), r6), u2 = yn(await T(this, t, y2).call(this, We2.describe({ type: "S" }), r6)), n3 = e2.map((b2, k3) => {
        let D3 = u2[k3];
        if (b2 == null) return null;
        let v3 = r6?.serializers?.[D3] ?? this.serializers[D3];
        return v3 ? v3(b2) : b2.toString();
      });
      o7 = [...c3, ...await T(this, t, y2).call(this, We2.bind({ values: n3 }), r6), ...await T(this, t, y2).call(this, We2.describe({ type: "P" }), r6), ...await T(this, t, y2).call(this, We2.execute({}), r6)];
    } catch (c3) {
      throw c3 instanceof C ? E({ e: c3, options: r6, params: e2, query: s2 }) : c3;
    } finally {
      o7.push(...await T(this, t, y2).call(this, We2.sync(), r6));
    }
    await this._cleanupBlob(), h(this, p) || await this.syncToFs();
    let i5 = await this._getWrittenBlob();
    return fn(o7, this.parsers, r6, i5)[0];
  });
}, m2 = async function(s2, e2) {
  return await this._runExclusiveQuery(async () => {
    T(this, t, _2).call(this, "runExec", s2, e2), await this._handleBlob(e2?.blob);
    let r6 = [];
    try {
      r6 = await T(this, t, y2).call(this, We2.query(s2), e2);
    } catch (i5) {
      throw i5 instanceof C ? E({ e: i5, options: e2, params: void 0, query: s2 }) : i5;
    } finally {
      r6.push(...await T(this, t, y2).call(this, We2.sync(), e2));
    }
    this._cleanupBlob(), h(this, p) || await this.syncToFs();
    let o7 = await this._getWrittenBlob();
    return fn(r6, this.parsers, e2, o7);
  });
}, _2 = function(...s2) {
  this.debug > 0 && console.log(...s2);
};

// node_modules/@electric-sql/pglite/dist/chunk-VC7SUH2R.js
u();

// node_modules/@electric-sql/pglite/dist/index.js
u();
u();
u();
var wt3 = new Error("timeout while waiting for mutex to become available");
var St2 = new Error("mutex already locked");
var ft2 = new Error("request for lock canceled");
var vt2 = function(e2, t22, r6, a10) {
  function o7(_3) {
    return _3 instanceof r6 ? _3 : new r6(function(s2) {
      s2(_3);
    });
  }
  return new (r6 || (r6 = Promise))(function(_3, s2) {
    function n3(p3) {
      try {
        d(a10.next(p3));
      } catch (m3) {
        s2(m3);
      }
    }
    function l(p3) {
      try {
        d(a10.throw(p3));
      } catch (m3) {
        s2(m3);
      }
    }
    function d(p3) {
      p3.done ? _3(p3.value) : o7(p3.value).then(n3, l);
    }
    d((a10 = a10.apply(e2, t22 || [])).next());
  });
};
var De2 = class {
  constructor(t22, r6 = ft2) {
    this._value = t22, this._cancelError = r6, this._weightedQueues = [], this._weightedWaiters = [];
  }
  acquire(t22 = 1) {
    if (t22 <= 0) throw new Error(`invalid weight ${t22}: must be positive`);
    return new Promise((r6, a10) => {
      this._weightedQueues[t22 - 1] || (this._weightedQueues[t22 - 1] = []), this._weightedQueues[t22 - 1].push({ resolve: r6, reject: a10 }), this._dispatch();
    });
  }
  runExclusive(t22, r6 = 1) {
    return vt2(this, void 0, void 0, function* () {
      let [a10, o7] = yield this.acquire(r6);
      try {
        return yield t22(a10);
      } finally {
        o7();
      }
    });
  }
  waitForUnlock(t22 = 1) {
    if (t22 <= 0) throw new Error(`invalid weight ${t22}: must be positive`);
    return new Promise((r6) => {
      this._weightedWaiters[t22 - 1] || (this._weightedWaiters[t22 - 1] = []), this._weightedWaiters[t22 - 1].push(r6), this._dispatch();
    });
  }
  isLocked() {
    return this._value <= 0;
  }
  getValue() {
    return this._value;
  }
  setValue(t22) {
    this._value = t22, this._dispatch();
  }
  release(t22 = 1) {
    if (t22 <= 0) throw new Error(`invalid weight ${t22}: must be positive`);
    this._value += t22, this._dispatch();
  }
  cancel() {
    this._weightedQueues.forEach((t22) => t22.forEach((r6) => r6.reject(this._cancelError))), this._weightedQueues = [];
  }
  _dispatch() {
    var t22;
    for (let r6 = this._value; r6 > 0; r6--) {
      let a10 = (t22 = this._weightedQueues[r6 - 1]) === null || t22 === void 0 ? void 0 : t22.shift();
      if (!a10) continue;
      let o7 = this._value, _3 = r6;
      this._value -= r6, r6 = this._value + 1, a10.resolve([o7, this._newReleaser(_3)]);
    }
    this._drainUnlockWaiters();
  }
  _newReleaser(t22) {
    let r6 = false;
    return () => {
      r6 || (r6 = true, this.release(t22));
    };
  }
  _drainUnlockWaiters() {
    for (let t22 = this._value; t22 > 0; t22--) this._weightedWaiters[t22 - 1] && (this._weightedWaiters[t22 - 1].forEach((r6) => r6()), this._weightedWaiters[t22 - 1] = []);
  }
};
var ht2 = function(e2, t22, r6, a10) {
  function o7(_3) {
    return _3 instanceof r6 ? _3 : new r6(function(s2) {
      s2(_3);
    });
  }
  return new (r6 || (r6 = Promise))(function(_3, s2) {
    function n3(p3) {
      try {
        d(a10.next(p3));
      } catch (m3) {
        s2(m3);
      }
    }
    function l(p3) {
      try {
        d(a10.throw(p3));
      } catch (m3) {
        s2(m3);
      }
    }
    function d(p3) {
      p3.done ? _3(p3.value) : o7(p3.value).then(n3, l);
    }
    d((a10 = a10.apply(e2, t22 || [])).next());
  });
};
var ee2 = class {
  constructor(t22) {
    this._semaphore = new De2(1, t22);
  }
  acquire() {
    return ht2(this, void 0, void 0, function* () {
      let [, t22] = yield this._semaphore.acquire();
      return t22;
    });
  }
  runExclusive(t22) {
    return this._semaphore.runExclusive(() => t22());
  }
  isLocked() {
    return this._semaphore.isLocked();
  }
  waitForUnlock() {
    return this._semaphore.waitForUnlock();
  }
  release() {
    this._semaphore.isLocked() && this._semaphore.release();
  }
  cancel() {
    return this._semaphore.cancel();
  }
};
u();
var je2 = L(Re(), 1);
async function ze2(e2) {
  if (m.IN_NODE) {
    let t22 = await import("fs"), r6 = await import("zlib"), { Writable: a10 } = await import("stream"), { pipeline: o7 } = await import("stream/promises");
    if (!t22.existsSync(e2)) throw new Error(`Extension bundle not found: ${e2}`);
    let _3 = r6.createGunzip(), s2 = [];
    return await o7(t22.createReadStream(e2), _3, new a10({ write(n3, l, d) {
      s2.push(n3), d();
    } })), new Blob(s2);
  } else {
    let t22 = await fetch(e2.toString());
    if (!t22.ok || !t22.body) return null;
    if (t22.headers.get("Content-Encoding") === "gzip") return t22.blob();
    {
      let r6 = new DecompressionStream("gzip");
      return new Response(t22.body.pipeThrough(r6)).blob();
    }
  }
}
async function He2(e2, t22) {
  let r6 = new Array();
  for (let a10 in e2.pg_extensions) {
    let o7;
    try {
      o7 = await e2.pg_extensions[a10];
    } catch (_3) {
      console.error("Failed to fetch extension:", a10, _3);
      continue;
    }
    if (o7) {
      let _3 = new Uint8Array(await o7.arrayBuffer());
      r6.push(...Mt2(e2, a10, _3, t22));
    } else console.error("Could not get binary data for extension:", a10);
  }
  return Promise.all(r6);
}
function Mt2(e2, t22, r6, a10) {
  let o7 = [];
  return je2.default.untar(r6).sort((s2, n3) => s2.name > n3.name ? 1 : s2.name < n3.name ? -1 : 0).forEach((s2) => {
    if (s2.name.endsWith("/")) {
      let n3 = `${e2.WASM_PREFIX}/${s2.name}`;
      e2.FS.analyzePath(n3).exists === false && e2.FS.mkdirTree(n3);
    } else if (!s2.name.startsWith(".")) {
      let n3 = e2.WASM_PREFIX + "/" + s2.name;
      if (s2.name.endsWith(".so")) {
        a10(`pgfs:ext preloading ${n3}`);
        let l = s2.name.split("/").pop(), d = Et2(n3), p3 = new Promise((m3, g3) => {
          let u2 = (...c3) => {
            a10("pgfs:ext OK", n3, c3), m3();
          }, f2 = (...c3) => {
            a10("pgfs:ext FAIL", n3, c3), Me2(e2.FS, n3, s2.data), m3();
          };
          e2.FS.createPreloadedFile(d, l, s2.data, true, true, u2, f2, false);
        });
        o7.push(p3);
      } else Me2(e2.FS, n3, s2.data);
    }
  }), o7;
}
function Me2(e2, t22, r6, a10) {
  try {
    let o7 = t22.substring(0, t22.lastIndexOf("/"));
    e2.analyzePath(o7).exists === false && e2.mkdirTree(o7), e2.writeFile(t22, r6), a10 && e2.chmod(t22, a10);
  } catch (o7) {
    throw console.error(`Error writing file ${t22}`, o7), o7;
  }
}
function Et2(e2) {
  let t22 = e2.lastIndexOf("/");
  return t22 > 0 ? e2.slice(0, t22) : e2;
}
u();
u();
var Ee2 = class extends We {
  async init(t22, r6) {
    return this.pg = t22, { emscriptenOpts: { ...r6, preRun: [...r6.preRun || [], (o7) => {
      let _3 = o7.FS.filesystems.IDBFS;
      o7.FS.analyzePath(I).exists || o7.FS.mkdir(I), o7.FS.analyzePath(`${I}/${this.dataDir}`).exists || o7.FS.mkdir(`${I}/${this.dataDir}`), o7.FS.mount(_3, {}, `${I}/${this.dataDir}`), o7.FS.symlink(`${I}/${this.dataDir}`, B);
    }] } };
  }
  initialSyncFs() {
    return new Promise((t22, r6) => {
      this.pg.Module.FS.syncfs(true, (a10) => {
        a10 ? r6(a10) : t22();
      });
    });
  }
  syncToFs(t22) {
    return new Promise((r6, a10) => {
      this.pg.Module.FS.syncfs(false, (o7) => {
        o7 ? a10(o7) : r6();
      });
    });
  }
  async closeFs() {
    let t22 = this.pg.Module.FS.filesystems.IDBFS.dbs[this.dataDir];
    t22 && t22.close(), this.pg.Module.FS.quit();
  }
};
u();
var xe2 = class extends We {
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
function We3(e2) {
  let t22;
  if (e2?.startsWith("file://")) {
    if (e2 = e2.slice(7), !e2) throw new Error("Invalid dataDir, must be a valid path");
    t22 = "nodefs";
  } else e2?.startsWith("idb://") ? (e2 = e2.slice(6), t22 = "idbfs") : e2?.startsWith("opfs-ahp://") ? (e2 = e2.slice(11), t22 = "opfs-ahp") : !e2 || e2?.startsWith("memory://") ? t22 = "memoryfs" : t22 = "nodefs";
  return { dataDir: e2, fsType: t22 };
}
async function Ve2(e2, t22) {
  let r6;
  if (e2 && t22 === "nodefs") {
    let { NodeFS: a10 } = await import("./chunk-nodefs-4Q5EN7HF.js");
    r6 = new a10(e2);
  } else if (e2 && t22 === "idbfs") r6 = new Ee2(e2);
  else if (e2 && t22 === "opfs-ahp") {
    let { OpfsAhpFS: a10 } = await import("./chunk-opfs-ahp-2CBKP4PC.js");
    r6 = new a10(e2);
  } else r6 = new xe2();
  return r6;
}
u();
u();
var xt2 = (() => {
  var _scriptName = import.meta.url;
  return async function(moduleArg = {}) {
    var moduleRtn, Module = moduleArg, readyPromiseResolve, readyPromiseReject, readyPromise = new Promise((e2, t22) => {
      readyPromiseResolve = e2, readyPromiseReject = t22;
    }), ENVIRONMENT_IS_WEB = typeof window == "object", ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope < "u", ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    if (ENVIRONMENT_IS_NODE) {
      let { createRequire: e2 } = await import("module"), t22 = import.meta.url;
      t22.startsWith("data:") && (t22 = "/");
      var require = e2(t22);
    }
    Module.expectedDataFileDownloads ?? (Module.expectedDataFileDownloads = 0), Module.expectedDataFileDownloads++, (() => {
      var e2 = typeof ENVIRONMENT_IS_PTHREAD < "u" && ENVIRONMENT_IS_PTHREAD, t22 = typeof ENVIRONMENT_IS_WASM_WORKER < "u" && ENVIRONMENT_IS_WASM_WORKER;
      if (e2 || t22) return;
      var r6 = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string";
      function a10(o7) {
        var _3 = "";
        typeof window == "object" ? _3 = window.encodeURIComponent(window.location.pathname.substring(0, window.location.pathname.lastIndexOf("/")) + "/") : typeof process > "u" && typeof location < "u" && (_3 = encodeURIComponent(location.pathname.substring(0, location.pathname.lastIndexOf("/")) + "/"));
        var s2 = "pglite.data", n3 = "pglite.data", l = Module.locateFile ? Module.locateFile(n3, "") : n3, d = o7.remote_package_size;
        function p3(c3, x3, w2, b2) {
          if (r6) {
            require("fs").readFile(c3, (M2, S2) => {
              M2 ? b2(M2) : w2(S2.buffer);
            });
            return;
          }
          Module.dataFileDownloads ?? (Module.dataFileDownloads = {}), fetch(c3).catch((M2) => Promise.reject(new Error(`Network Error: ${c3}`, { cause: M2 }))).then((M2) => {
            if (!M2.ok) return Promise.reject(new Error(`${M2.status}: ${M2.url}`));
            if (!M2.body && M2.arrayBuffer) return M2.arrayBuffer().then(w2);
            let S2 = M2.body.getReader(), E2 = () => S2.read().then(oe2).catch((Z2) => Promise.reject(new Error(`Unexpected error while handling : ${M2.url} ${Z2}`, { cause: Z2 }))), y3 = [], F3 = M2.headers, A2 = Number(F3.get("Content-Length") ?? x3), V2 = 0, oe2 = ({ done: Z2, value: X2 }) => {
              if (Z2) {
                let I2 = new Uint8Array(y3.map((R3) => R3.length).reduce((R3, lt2) => R3 + lt2, 0)), L3 = 0;
                for (let R3 of y3) I2.set(R3, L3), L3 += R3.length;
                w2(I2.buffer);
              } else {
                y3.push(X2), V2 += X2.length, Module.dataFileDownloads[c3] = { loaded: V2, total: A2 };
                let I2 = 0, L3 = 0;
                for (let R3 of Object.values(Module.dataFileDownloads)) I2 += R3.loaded, L3 += R3.total;
                return Module.setStatus?.(`Downloading data... (${I2}/${L3})`), E2();
              }
            };
            return Module.setStatus?.("Downloading data..."), E2();
          });
        }
        function m3(c3) {
          console.error("package error:", c3);
        }
        var g3 = null, u2 = Module.getPreloadedPackage ? Module.getPreloadedPackage(l, d) : null;
        u2 || p3(l, d, (c3) => {
          g3 ? (g3(c3), g3 = null) : u2 = c3;
        }, m3);
        function f2(c3) {
          function x3(E2, y3) {
            if (!E2) throw y3 + new Error().stack;
          }
          c3.FS_createPath("/", "home", true, true), c3.FS_createPath("/home", "postgres", true, true), c3.FS_createPath("/", "pglite", true, true), c3.FS_createPath("/pglite", "bin", true, true), c3.FS_createPath("/pglite", "icu", true, true), c3.FS_createPath("/pglite/icu", "icudt76l", true, true), c3.FS_createPath("/pglite/icu/icudt76l", "coll", true, true), c3.FS_createPath("/pglite", "lib", true, true), c3.FS_createPath("/pglite/lib", "postgresql", true, true), c3.FS_createPath("/pglite/lib/postgresql", "pgxs", true, true), c3.FS_createPath("/pglite/lib/postgresql/pgxs", "config", true, true), c3.FS_createPath("/pglite/lib/postgresql/pgxs", "src", true, true), c3.FS_createPath("/pglite/lib/postgresql/pgxs/src", "makefiles", true, true), c3.FS_createPath("/pglite/lib/postgresql/pgxs/src", "test", true, true), c3.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "isolation", true, true), c3.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "regress", true, true), c3.FS_createPath("/pglite", "share", true, true), c3.FS_createPath("/pglite/share", "postgresql", true, true), c3.FS_createPath("/pglite/share/postgresql", "extension", true, true), c3.FS_createPath("/pglite/share/postgresql", "timezone", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Africa", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "America", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone/America", "Argentina", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone/America", "Indiana", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone/America", "Kentucky", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone/America", "North_Dakota", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Antarctica", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Arctic", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Asia", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Atlantic", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Australia", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Brazil", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Canada", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Chile", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Etc", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Europe", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Indian", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Mexico", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "Pacific", true, true), c3.FS_createPath("/pglite/share/postgresql/timezone", "US", true, true), c3.FS_createPath("/pglite/share/postgresql", "timezonesets", true, true), c3.FS_createPath("/pglite/share/postgresql", "tsearch_data", true, true);
          function w2(E2, y3, F3) {
            this.start = E2, this.end = y3, this.audio = F3;
          }
          w2.prototype = { requests: {}, open: function(E2, y3) {
            this.name = y3, this.requests[y3] = this, c3.addRunDependency(`fp ${this.name}`);
          }, send: function() {
          }, onload: function() {
            var E2 = this.byteArray.subarray(this.start, this.end);
            this.finish(E2);
          }, finish: function(E2) {
            var y3 = this;
            c3.FS_createDataFile(this.name, null, E2, true, true, true), c3.removeRunDependency(`fp ${y3.name}`), this.requests[this.name] = null;
          } };
          for (var b2 = o7.files, M2 = 0; M2 < b2.length; ++M2) new w2(b2[M2].start, b2[M2].end, b2[M2].audio || 0).open("GET", b2[M2].filename);
          function S2(E2) {
            x3(E2, "Loading data file failed."), x3(E2.constructor.name === ArrayBuffer.name, "bad input to processPackageData");
            var y3 = new Uint8Array(E2);
            w2.prototype.byteArray = y3;
            for (var F3 = o7.files, A2 = 0; A2 < F3.length; ++A2) w2.prototype.requests[F3[A2].filename].onload();
            c3.removeRunDependency("datafile_pglite.data");
          }
          c3.addRunDependency("datafile_pglite.data"), c3.preloadResults ?? (c3.preloadResults = {}), c3.preloadResults[s2] = { fromCache: false }, u2 ? (S2(u2), u2 = null) : g3 = S2;
        }
        Module.calledRun ? f2(Module) : (Module.preRun ?? (Module.preRun = [])).push(f2);
      }
      a10({ files: [{ filename: "/home/postgres/.pgpass", start: 0, end: 204 }, { filename: "/pglite/bin/initdb", start: 204, end: 223 }, { filename: "/pglite/bin/pg_dump", start: 223, end: 242 }, { filename: "/pglite/bin/postgres", start: 242, end: 261 }, { filename: "/pglite/icu/LICENSE", start: 261, end: 26748 }, { filename: "/pglite/icu/icudt76l/coll/root.res", start: 26748, end: 365756 }, { filename: "/pglite/icu/icudt76l/coll/ucadata.icu", start: 365756, end: 943260 }, { filename: "/pglite/lib/postgresql/cyrillic_and_mic.so", start: 943260, end: 947754 }, { filename: "/pglite/lib/postgresql/dict_snowball.so", start: 947754, end: 1520874 }, { filename: "/pglite/lib/postgresql/euc2004_sjis2004.so", start: 1520874, end: 1522947 }, { filename: "/pglite/lib/postgresql/euc_cn_and_mic.so", start: 1522947, end: 1523888 }, { filename: "/pglite/lib/postgresql/euc_jp_and_sjis.so", start: 1523888, end: 1531148 }, { filename: "/pglite/lib/postgresql/euc_kr_and_mic.so", start: 1531148, end: 1532099 }, { filename: "/pglite/lib/postgresql/euc_tw_and_big5.so", start: 1532099, end: 1536657 }, { filename: "/pglite/lib/postgresql/latin2_and_win1250.so", start: 1536657, end: 1538063 }, { filename: "/pglite/lib/postgresql/latin_and_mic.so", start: 1538063, end: 1539084 }, { filename: "/pglite/lib/postgresql/libpqwalreceiver.so", start: 1539084, end: 1660585 }, { filename: "/pglite/lib/postgresql/pgoutput.so", start: 1660585, end: 1673817 }, { filename: "/pglite/lib/postgresql/pgxs/config/install-sh", start: 1673817, end: 1687814 }, { filename: "/pglite/lib/postgresql/pgxs/config/missing", start: 1687814, end: 1689162 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.global", start: 1689162, end: 1726526 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.port", start: 1726526, end: 1727372 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.shlib", start: 1727372, end: 1742233 }, { filename: "/pglite/lib/postgresql/pgxs/src/makefiles/pgxs.mk", start: 1742233, end: 1758440 }, { filename: "/pglite/lib/postgresql/pgxs/src/nls-global.mk", start: 1758440, end: 1765308 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/isolationtester.js", start: 1765308, end: 1880840 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/pg_isolation_regress.js", start: 1880840, end: 1998809 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/regress/pg_regress.js", start: 1998809, end: 2116264 }, { filename: "/pglite/lib/postgresql/plpgsql.so", start: 2116264, end: 2266300 }, { filename: "/pglite/lib/postgresql/utf8_and_big5.so", start: 2266300, end: 2381048 }, { filename: "/pglite/lib/postgresql/utf8_and_cyrillic.so", start: 2381048, end: 2387022 }, { filename: "/pglite/lib/postgresql/utf8_and_euc2004.so", start: 2387022, end: 2591954 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_cn.so", start: 2591954, end: 2667134 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_jp.so", start: 2667134, end: 2818362 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_kr.so", start: 2818362, end: 2921218 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_tw.so", start: 2921218, end: 3120774 }, { filename: "/pglite/lib/postgresql/utf8_and_gb18030.so", start: 3120774, end: 3383151 }, { filename: "/pglite/lib/postgresql/utf8_and_gbk.so", start: 3383151, end: 3529683 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859.so", start: 3529683, end: 3553211 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859_1.so", start: 3553211, end: 3554183 }, { filename: "/pglite/lib/postgresql/utf8_and_johab.so", start: 3554183, end: 3715887 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis.so", start: 3715887, end: 3797547 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis2004.so", start: 3797547, end: 3924179 }, { filename: "/pglite/lib/postgresql/utf8_and_uhc.so", start: 3924179, end: 4091451 }, { filename: "/pglite/lib/postgresql/utf8_and_win.so", start: 4091451, end: 4117906 }, { filename: "/pglite/locale-a", start: 4117906, end: 4117931 }, { filename: "/pglite/password", start: 4117931, end: 4117939 }, { filename: "/pglite/pgstdin", start: 4117939, end: 4117958 }, { filename: "/pglite/pgstdout", start: 4117958, end: 4117977 }, { filename: "/pglite/share/postgresql/errcodes.txt", start: 4117977, end: 4151369 }, { filename: "/pglite/share/postgresql/extension/plpgsql--1.0.sql", start: 4151369, end: 4152027 }, { filename: "/pglite/share/postgresql/extension/plpgsql.control", start: 4152027, end: 4152220 }, { filename: "/pglite/share/postgresql/information_schema.sql", start: 4152220, end: 4267743 }, { filename: "/pglite/share/postgresql/pg_hba.conf.sample", start: 4267743, end: 4273368 }, { filename: "/pglite/share/postgresql/pg_ident.conf.sample", start: 4273368, end: 4276008 }, { filename: "/pglite/share/postgresql/pg_service.conf.sample", start: 4276008, end: 4276612 }, { filename: "/pglite/share/postgresql/postgres.bki", start: 4276612, end: 5229880 }, { filename: "/pglite/share/postgresql/postgresql.conf.sample", start: 5229880, end: 5260542 }, { filename: "/pglite/share/postgresql/psqlrc.sample", start: 5260542, end: 5260820 }, { filename: "/pglite/share/postgresql/snowball_create.sql", start: 5260820, end: 5304996 }, { filename: "/pglite/share/postgresql/sql_features.txt", start: 5304996, end: 5340729 }, { filename: "/pglite/share/postgresql/system_constraints.sql", start: 5340729, end: 5349624 }, { filename: "/pglite/share/postgresql/system_functions.sql", start: 5349624, end: 5373927 }, { filename: "/pglite/share/postgresql/system_views.sql", start: 5373927, end: 5425621 }, { filename: "/pglite/share/postgresql/timezone/Africa/Abidjan", start: 5425621, end: 5425769 }, { filename: "/pglite/share/postgresql/timezone/Africa/Accra", start: 5425769, end: 5425917 }, { filename: "/pglite/share/postgresql/timezone/Africa/Addis_Ababa", start: 5425917, end: 5426182 }, { filename: "/pglite/share/postgresql/timezone/Africa/Algiers", start: 5426182, end: 5426917 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmara", start: 5426917, end: 5427182 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmera", start: 5427182, end: 5427447 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bamako", start: 5427447, end: 5427595 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bangui", start: 5427595, end: 5427830 }, { filename: "/pglite/share/postgresql/timezone/Africa/Banjul", start: 5427830, end: 5427978 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bissau", start: 5427978, end: 5428172 }, { filename: "/pglite/share/postgresql/timezone/Africa/Blantyre", start: 5428172, end: 5428321 }, { filename: "/pglite/share/postgresql/timezone/Africa/Brazzaville", start: 5428321, end: 5428556 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bujumbura", start: 5428556, end: 5428705 }, { filename: "/pglite/share/postgresql/timezone/Africa/Cairo", start: 5428705, end: 5431104 }, { filename: "/pglite/share/postgresql/timezone/Africa/Casablanca", start: 5431104, end: 5433533 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ceuta", start: 5433533, end: 5435585 }, { filename: "/pglite/share/postgresql/timezone/Africa/Conakry", start: 5435585, end: 5435733 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dakar", start: 5435733, end: 5435881 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dar_es_Salaam", start: 5435881, end: 5436146 }, { filename: "/pglite/share/postgresql/timezone/Africa/Djibouti", start: 5436146, end: 5436411 }, { filename: "/pglite/share/postgresql/timezone/Africa/Douala", start: 5436411, end: 5436646 }, { filename: "/pglite/share/postgresql/timezone/Africa/El_Aaiun", start: 5436646, end: 5438941 }, { filename: "/pglite/share/postgresql/timezone/Africa/Freetown", start: 5438941, end: 5439089 }, { filename: "/pglite/share/postgresql/timezone/Africa/Gaborone", start: 5439089, end: 5439238 }, { filename: "/pglite/share/postgresql/timezone/Africa/Harare", start: 5439238, end: 5439387 }, { filename: "/pglite/share/postgresql/timezone/Africa/Johannesburg", start: 5439387, end: 5439633 }, { filename: "/pglite/share/postgresql/timezone/Africa/Juba", start: 5439633, end: 5440312 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kampala", start: 5440312, end: 5440577 }, { filename: "/pglite/share/postgresql/timezone/Africa/Khartoum", start: 5440577, end: 5441256 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kigali", start: 5441256, end: 5441405 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kinshasa", start: 5441405, end: 5441640 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lagos", start: 5441640, end: 5441875 }, { filename: "/pglite/share/postgresql/timezone/Africa/Libreville", start: 5441875, end: 5442110 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lome", start: 5442110, end: 5442258 }, { filename: "/pglite/share/postgresql/timezone/Africa/Luanda", start: 5442258, end: 5442493 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lubumbashi", start: 5442493, end: 5442642 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lusaka", start: 5442642, end: 5442791 }, { filename: "/pglite/share/postgresql/timezone/Africa/Malabo", start: 5442791, end: 5443026 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maputo", start: 5443026, end: 5443175 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maseru", start: 5443175, end: 5443421 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mbabane", start: 5443421, end: 5443667 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mogadishu", start: 5443667, end: 5443932 }, { filename: "/pglite/share/postgresql/timezone/Africa/Monrovia", start: 5443932, end: 5444140 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nairobi", start: 5444140, end: 5444405 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ndjamena", start: 5444405, end: 5444604 }, { filename: "/pglite/share/postgresql/timezone/Africa/Niamey", start: 5444604, end: 5444839 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nouakchott", start: 5444839, end: 5444987 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ouagadougou", start: 5444987, end: 5445135 }, { filename: "/pglite/share/postgresql/timezone/Africa/Porto-Novo", start: 5445135, end: 5445370 }, { filename: "/pglite/share/postgresql/timezone/Africa/Sao_Tome", start: 5445370, end: 5445624 }, { filename: "/pglite/share/postgresql/timezone/Africa/Timbuktu", start: 5445624, end: 5445772 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tripoli", start: 5445772, end: 5446397 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tunis", start: 5446397, end: 5447086 }, { filename: "/pglite/share/postgresql/timezone/Africa/Windhoek", start: 5447086, end: 5448041 }, { filename: "/pglite/share/postgresql/timezone/America/Adak", start: 5448041, end: 5450397 }, { filename: "/pglite/share/postgresql/timezone/America/Anchorage", start: 5450397, end: 5452768 }, { filename: "/pglite/share/postgresql/timezone/America/Anguilla", start: 5452768, end: 5453014 }, { filename: "/pglite/share/postgresql/timezone/America/Antigua", start: 5453014, end: 5453260 }, { filename: "/pglite/share/postgresql/timezone/America/Araguaina", start: 5453260, end: 5454144 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Buenos_Aires", start: 5454144, end: 5455220 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Catamarca", start: 5455220, end: 5456296 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/ComodRivadavia", start: 5456296, end: 5457372 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Cordoba", start: 5457372, end: 5458448 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Jujuy", start: 5458448, end: 5459496 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/La_Rioja", start: 5459496, end: 5460586 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Mendoza", start: 5460586, end: 5461662 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Rio_Gallegos", start: 5461662, end: 5462738 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Salta", start: 5462738, end: 5463786 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Juan", start: 5463786, end: 5464876 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Luis", start: 5464876, end: 5465978 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Tucuman", start: 5465978, end: 5467082 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Ushuaia", start: 5467082, end: 5468158 }, { filename: "/pglite/share/postgresql/timezone/America/Aruba", start: 5468158, end: 5468404 }, { filename: "/pglite/share/postgresql/timezone/America/Asuncion", start: 5468404, end: 5470062 }, { filename: "/pglite/share/postgresql/timezone/America/Atikokan", start: 5470062, end: 5470244 }, { filename: "/pglite/share/postgresql/timezone/America/Atka", start: 5470244, end: 5472600 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia", start: 5472600, end: 5473624 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia_Banderas", start: 5473624, end: 5474724 }, { filename: "/pglite/share/postgresql/timezone/America/Barbados", start: 5474724, end: 5475160 }, { filename: "/pglite/share/postgresql/timezone/America/Belem", start: 5475160, end: 5475736 }, { filename: "/pglite/share/postgresql/timezone/America/Belize", start: 5475736, end: 5477350 }, { filename: "/pglite/share/postgresql/timezone/America/Blanc-Sablon", start: 5477350, end: 5477596 }, { filename: "/pglite/share/postgresql/timezone/America/Boa_Vista", start: 5477596, end: 5478228 }, { filename: "/pglite/share/postgresql/timezone/America/Bogota", start: 5478228, end: 5478474 }, { filename: "/pglite/share/postgresql/timezone/America/Boise", start: 5478474, end: 5480884 }, { filename: "/pglite/share/postgresql/timezone/America/Buenos_Aires", start: 5480884, end: 5481960 }, { filename: "/pglite/share/postgresql/timezone/America/Cambridge_Bay", start: 5481960, end: 5484214 }, { filename: "/pglite/share/postgresql/timezone/America/Campo_Grande", start: 5484214, end: 5485658 }, { filename: "/pglite/share/postgresql/timezone/America/Cancun", start: 5485658, end: 5486522 }, { filename: "/pglite/share/postgresql/timezone/America/Caracas", start: 5486522, end: 5486786 }, { filename: "/pglite/share/postgresql/timezone/America/Catamarca", start: 5486786, end: 5487862 }, { filename: "/pglite/share/postgresql/timezone/America/Cayenne", start: 5487862, end: 5488060 }, { filename: "/pglite/share/postgresql/timezone/America/Cayman", start: 5488060, end: 5488242 }, { filename: "/pglite/share/postgresql/timezone/America/Chicago", start: 5488242, end: 5491834 }, { filename: "/pglite/share/postgresql/timezone/America/Chihuahua", start: 5491834, end: 5492936 }, { filename: "/pglite/share/postgresql/timezone/America/Ciudad_Juarez", start: 5492936, end: 5494474 }, { filename: "/pglite/share/postgresql/timezone/America/Coral_Harbour", start: 5494474, end: 5494656 }, { filename: "/pglite/share/postgresql/timezone/America/Cordoba", start: 5494656, end: 5495732 }, { filename: "/pglite/share/postgresql/timezone/America/Costa_Rica", start: 5495732, end: 5496048 }, { filename: "/pglite/share/postgresql/timezone/America/Coyhaique", start: 5496048, end: 5498188 }, { filename: "/pglite/share/postgresql/timezone/America/Creston", start: 5498188, end: 5498548 }, { filename: "/pglite/share/postgresql/timezone/America/Cuiaba", start: 5498548, end: 5499964 }, { filename: "/pglite/share/postgresql/timezone/America/Curacao", start: 5499964, end: 5500210 }, { filename: "/pglite/share/postgresql/timezone/America/Danmarkshavn", start: 5500210, end: 5500908 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson", start: 5500908, end: 5502522 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson_Creek", start: 5502522, end: 5503572 }, { filename: "/pglite/share/postgresql/timezone/America/Denver", start: 5503572, end: 5506032 }, { filename: "/pglite/share/postgresql/timezone/America/Detroit", start: 5506032, end: 5508262 }, { filename: "/pglite/share/postgresql/timezone/America/Dominica", start: 5508262, end: 5508508 }, { filename: "/pglite/share/postgresql/timezone/America/Edmonton", start: 5508508, end: 5510840 }, { filename: "/pglite/share/postgresql/timezone/America/Eirunepe", start: 5510840, end: 5511496 }, { filename: "/pglite/share/postgresql/timezone/America/El_Salvador", start: 5511496, end: 5511720 }, { filename: "/pglite/share/postgresql/timezone/America/Ensenada", start: 5511720, end: 5514178 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Nelson", start: 5514178, end: 5516418 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Wayne", start: 5516418, end: 5518100 }, { filename: "/pglite/share/postgresql/timezone/America/Fortaleza", start: 5518100, end: 5518816 }, { filename: "/pglite/share/postgresql/timezone/America/Glace_Bay", start: 5518816, end: 5521008 }, { filename: "/pglite/share/postgresql/timezone/America/Godthab", start: 5521008, end: 5522911 }, { filename: "/pglite/share/postgresql/timezone/America/Goose_Bay", start: 5522911, end: 5526121 }, { filename: "/pglite/share/postgresql/timezone/America/Grand_Turk", start: 5526121, end: 5527955 }, { filename: "/pglite/share/postgresql/timezone/America/Grenada", start: 5527955, end: 5528201 }, { filename: "/pglite/share/postgresql/timezone/America/Guadeloupe", start: 5528201, end: 5528447 }, { filename: "/pglite/share/postgresql/timezone/America/Guatemala", start: 5528447, end: 5528727 }, { filename: "/pglite/share/postgresql/timezone/America/Guayaquil", start: 5528727, end: 5528973 }, { filename: "/pglite/share/postgresql/timezone/America/Guyana", start: 5528973, end: 5529235 }, { filename: "/pglite/share/postgresql/timezone/America/Halifax", start: 5529235, end: 5532659 }, { filename: "/pglite/share/postgresql/timezone/America/Havana", start: 5532659, end: 5535075 }, { filename: "/pglite/share/postgresql/timezone/America/Hermosillo", start: 5535075, end: 5535463 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Indianapolis", start: 5535463, end: 5537145 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Knox", start: 5537145, end: 5539589 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Marengo", start: 5539589, end: 5541327 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Petersburg", start: 5541327, end: 5543247 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Tell_City", start: 5543247, end: 5544947 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vevay", start: 5544947, end: 5546377 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vincennes", start: 5546377, end: 5548087 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Winamac", start: 5548087, end: 5549881 }, { filename: "/pglite/share/postgresql/timezone/America/Indianapolis", start: 5549881, end: 5551563 }, { filename: "/pglite/share/postgresql/timezone/America/Inuvik", start: 5551563, end: 5553637 }, { filename: "/pglite/share/postgresql/timezone/America/Iqaluit", start: 5553637, end: 5555839 }, { filename: "/pglite/share/postgresql/timezone/America/Jamaica", start: 5555839, end: 5556321 }, { filename: "/pglite/share/postgresql/timezone/America/Jujuy", start: 5556321, end: 5557369 }, { filename: "/pglite/share/postgresql/timezone/America/Juneau", start: 5557369, end: 5559722 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Louisville", start: 5559722, end: 5562510 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Monticello", start: 5562510, end: 5564878 }, { filename: "/pglite/share/postgresql/timezone/America/Knox_IN", start: 5564878, end: 5567322 }, { filename: "/pglite/share/postgresql/timezone/America/Kralendijk", start: 5567322, end: 5567568 }, { filename: "/pglite/share/postgresql/timezone/America/La_Paz", start: 5567568, end: 5567800 }, { filename: "/pglite/share/postgresql/timezone/America/Lima", start: 5567800, end: 5568206 }, { filename: "/pglite/share/postgresql/timezone/America/Los_Angeles", start: 5568206, end: 5571058 }, { filename: "/pglite/share/postgresql/timezone/America/Louisville", start: 5571058, end: 5573846 }, { filename: "/pglite/share/postgresql/timezone/America/Lower_Princes", start: 5573846, end: 5574092 }, { filename: "/pglite/share/postgresql/timezone/America/Maceio", start: 5574092, end: 5574836 }, { filename: "/pglite/share/postgresql/timezone/America/Managua", start: 5574836, end: 5575266 }, { filename: "/pglite/share/postgresql/timezone/America/Manaus", start: 5575266, end: 5575870 }, { filename: "/pglite/share/postgresql/timezone/America/Marigot", start: 5575870, end: 5576116 }, { filename: "/pglite/share/postgresql/timezone/America/Martinique", start: 5576116, end: 5576348 }, { filename: "/pglite/share/postgresql/timezone/America/Matamoros", start: 5576348, end: 5577766 }, { filename: "/pglite/share/postgresql/timezone/America/Mazatlan", start: 5577766, end: 5578826 }, { filename: "/pglite/share/postgresql/timezone/America/Mendoza", start: 5578826, end: 5579902 }, { filename: "/pglite/share/postgresql/timezone/America/Menominee", start: 5579902, end: 5582176 }, { filename: "/pglite/share/postgresql/timezone/America/Merida", start: 5582176, end: 5583180 }, { filename: "/pglite/share/postgresql/timezone/America/Metlakatla", start: 5583180, end: 5584603 }, { filename: "/pglite/share/postgresql/timezone/America/Mexico_City", start: 5584603, end: 5585825 }, { filename: "/pglite/share/postgresql/timezone/America/Miquelon", start: 5585825, end: 5587491 }, { filename: "/pglite/share/postgresql/timezone/America/Moncton", start: 5587491, end: 5590645 }, { filename: "/pglite/share/postgresql/timezone/America/Monterrey", start: 5590645, end: 5591759 }, { filename: "/pglite/share/postgresql/timezone/America/Montevideo", start: 5591759, end: 5593269 }, { filename: "/pglite/share/postgresql/timezone/America/Montreal", start: 5593269, end: 5596763 }, { filename: "/pglite/share/postgresql/timezone/America/Montserrat", start: 5596763, end: 5597009 }, { filename: "/pglite/share/postgresql/timezone/America/Nassau", start: 5597009, end: 5600503 }, { filename: "/pglite/share/postgresql/timezone/America/New_York", start: 5600503, end: 5604055 }, { filename: "/pglite/share/postgresql/timezone/America/Nipigon", start: 5604055, end: 5607549 }, { filename: "/pglite/share/postgresql/timezone/America/Nome", start: 5607549, end: 5609916 }, { filename: "/pglite/share/postgresql/timezone/America/Noronha", start: 5609916, end: 5610632 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Beulah", start: 5610632, end: 5613028 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Center", start: 5613028, end: 5615424 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/New_Salem", start: 5615424, end: 5617820 }, { filename: "/pglite/share/postgresql/timezone/America/Nuuk", start: 5617820, end: 5619723 }, { filename: "/pglite/share/postgresql/timezone/America/Ojinaga", start: 5619723, end: 5621247 }, { filename: "/pglite/share/postgresql/timezone/America/Panama", start: 5621247, end: 5621429 }, { filename: "/pglite/share/postgresql/timezone/America/Pangnirtung", start: 5621429, end: 5623631 }, { filename: "/pglite/share/postgresql/timezone/America/Paramaribo", start: 5623631, end: 5623893 }, { filename: "/pglite/share/postgresql/timezone/America/Phoenix", start: 5623893, end: 5624253 }, { filename: "/pglite/share/postgresql/timezone/America/Port-au-Prince", start: 5624253, end: 5625687 }, { filename: "/pglite/share/postgresql/timezone/America/Port_of_Spain", start: 5625687, end: 5625933 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Acre", start: 5625933, end: 5626561 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Velho", start: 5626561, end: 5627137 }, { filename: "/pglite/share/postgresql/timezone/America/Puerto_Rico", start: 5627137, end: 5627383 }, { filename: "/pglite/share/postgresql/timezone/America/Punta_Arenas", start: 5627383, end: 5629299 }, { filename: "/pglite/share/postgresql/timezone/America/Rainy_River", start: 5629299, end: 5632167 }, { filename: "/pglite/share/postgresql/timezone/America/Rankin_Inlet", start: 5632167, end: 5634233 }, { filename: "/pglite/share/postgresql/timezone/America/Recife", start: 5634233, end: 5634949 }, { filename: "/pglite/share/postgresql/timezone/America/Regina", start: 5634949, end: 5635929 }, { filename: "/pglite/share/postgresql/timezone/America/Resolute", start: 5635929, end: 5637995 }, { filename: "/pglite/share/postgresql/timezone/America/Rio_Branco", start: 5637995, end: 5638623 }, { filename: "/pglite/share/postgresql/timezone/America/Rosario", start: 5638623, end: 5639699 }, { filename: "/pglite/share/postgresql/timezone/America/Santa_Isabel", start: 5639699, end: 5642157 }, { filename: "/pglite/share/postgresql/timezone/America/Santarem", start: 5642157, end: 5642759 }, { filename: "/pglite/share/postgresql/timezone/America/Santiago", start: 5642759, end: 5645288 }, { filename: "/pglite/share/postgresql/timezone/America/Santo_Domingo", start: 5645288, end: 5645746 }, { filename: "/pglite/share/postgresql/timezone/America/Sao_Paulo", start: 5645746, end: 5647190 }, { filename: "/pglite/share/postgresql/timezone/America/Scoresbysund", start: 5647190, end: 5649139 }, { filename: "/pglite/share/postgresql/timezone/America/Shiprock", start: 5649139, end: 5651599 }, { filename: "/pglite/share/postgresql/timezone/America/Sitka", start: 5651599, end: 5653928 }, { filename: "/pglite/share/postgresql/timezone/America/St_Barthelemy", start: 5653928, end: 5654174 }, { filename: "/pglite/share/postgresql/timezone/America/St_Johns", start: 5654174, end: 5657829 }, { filename: "/pglite/share/postgresql/timezone/America/St_Kitts", start: 5657829, end: 5658075 }, { filename: "/pglite/share/postgresql/timezone/America/St_Lucia", start: 5658075, end: 5658321 }, { filename: "/pglite/share/postgresql/timezone/America/St_Thomas", start: 5658321, end: 5658567 }, { filename: "/pglite/share/postgresql/timezone/America/St_Vincent", start: 5658567, end: 5658813 }, { filename: "/pglite/share/postgresql/timezone/America/Swift_Current", start: 5658813, end: 5659373 }, { filename: "/pglite/share/postgresql/timezone/America/Tegucigalpa", start: 5659373, end: 5659625 }, { filename: "/pglite/share/postgresql/timezone/America/Thule", start: 5659625, end: 5661127 }, { filename: "/pglite/share/postgresql/timezone/America/Thunder_Bay", start: 5661127, end: 5664621 }, { filename: "/pglite/share/postgresql/timezone/America/Tijuana", start: 5664621, end: 5667079 }, { filename: "/pglite/share/postgresql/timezone/America/Toronto", start: 5667079, end: 5670573 }, { filename: "/pglite/share/postgresql/timezone/America/Tortola", start: 5670573, end: 5670819 }, { filename: "/pglite/share/postgresql/timezone/America/Vancouver", start: 5670819, end: 5673711 }, { filename: "/pglite/share/postgresql/timezone/America/Virgin", start: 5673711, end: 5673957 }, { filename: "/pglite/share/postgresql/timezone/America/Whitehorse", start: 5673957, end: 5675571 }, { filename: "/pglite/share/postgresql/timezone/America/Winnipeg", start: 5675571, end: 5678439 }, { filename: "/pglite/share/postgresql/timezone/America/Yakutat", start: 5678439, end: 5680744 }, { filename: "/pglite/share/postgresql/timezone/America/Yellowknife", start: 5680744, end: 5683076 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Casey", start: 5683076, end: 5683513 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Davis", start: 5683513, end: 5683810 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/DumontDUrville", start: 5683810, end: 5683996 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Macquarie", start: 5683996, end: 5686256 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Mawson", start: 5686256, end: 5686455 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/McMurdo", start: 5686455, end: 5688892 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Palmer", start: 5688892, end: 5690310 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Rothera", start: 5690310, end: 5690474 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/South_Pole", start: 5690474, end: 5692911 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Syowa", start: 5692911, end: 5693076 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Troll", start: 5693076, end: 5694238 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Vostok", start: 5694238, end: 5694465 }, { filename: "/pglite/share/postgresql/timezone/Arctic/Longyearbyen", start: 5694465, end: 5696763 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aden", start: 5696763, end: 5696928 }, { filename: "/pglite/share/postgresql/timezone/Asia/Almaty", start: 5696928, end: 5697925 }, { filename: "/pglite/share/postgresql/timezone/Asia/Amman", start: 5697925, end: 5699372 }, { filename: "/pglite/share/postgresql/timezone/Asia/Anadyr", start: 5699372, end: 5700560 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtau", start: 5700560, end: 5701543 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtobe", start: 5701543, end: 5702554 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashgabat", start: 5702554, end: 5703173 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashkhabad", start: 5703173, end: 5703792 }, { filename: "/pglite/share/postgresql/timezone/Asia/Atyrau", start: 5703792, end: 5704783 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baghdad", start: 5704783, end: 5705766 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bahrain", start: 5705766, end: 5705965 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baku", start: 5705965, end: 5707192 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bangkok", start: 5707192, end: 5707391 }, { filename: "/pglite/share/postgresql/timezone/Asia/Barnaul", start: 5707391, end: 5708612 }, { filename: "/pglite/share/postgresql/timezone/Asia/Beirut", start: 5708612, end: 5710766 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bishkek", start: 5710766, end: 5711749 }, { filename: "/pglite/share/postgresql/timezone/Asia/Brunei", start: 5711749, end: 5712232 }, { filename: "/pglite/share/postgresql/timezone/Asia/Calcutta", start: 5712232, end: 5712517 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chita", start: 5712517, end: 5713738 }, { filename: "/pglite/share/postgresql/timezone/Asia/Choibalsan", start: 5713738, end: 5714629 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chongqing", start: 5714629, end: 5715190 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chungking", start: 5715190, end: 5715751 }, { filename: "/pglite/share/postgresql/timezone/Asia/Colombo", start: 5715751, end: 5716123 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dacca", start: 5716123, end: 5716460 }, { filename: "/pglite/share/postgresql/timezone/Asia/Damascus", start: 5716460, end: 5718347 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dhaka", start: 5718347, end: 5718684 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dili", start: 5718684, end: 5718955 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dubai", start: 5718955, end: 5719120 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dushanbe", start: 5719120, end: 5719711 }, { filename: "/pglite/share/postgresql/timezone/Asia/Famagusta", start: 5719711, end: 5721739 }, { filename: "/pglite/share/postgresql/timezone/Asia/Gaza", start: 5721739, end: 5725583 }, { filename: "/pglite/share/postgresql/timezone/Asia/Harbin", start: 5725583, end: 5726144 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hebron", start: 5726144, end: 5730016 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ho_Chi_Minh", start: 5730016, end: 5730367 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hong_Kong", start: 5730367, end: 5731600 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hovd", start: 5731600, end: 5732491 }, { filename: "/pglite/share/postgresql/timezone/Asia/Irkutsk", start: 5732491, end: 5733734 }, { filename: "/pglite/share/postgresql/timezone/Asia/Istanbul", start: 5733734, end: 5735681 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jakarta", start: 5735681, end: 5736064 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jayapura", start: 5736064, end: 5736285 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jerusalem", start: 5736285, end: 5738673 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kabul", start: 5738673, end: 5738881 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kamchatka", start: 5738881, end: 5740047 }, { filename: "/pglite/share/postgresql/timezone/Asia/Karachi", start: 5740047, end: 5740426 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kashgar", start: 5740426, end: 5740591 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kathmandu", start: 5740591, end: 5740803 }, { filename: "/pglite/share/postgresql/timezone/Asia/Katmandu", start: 5740803, end: 5741015 }, { filename: "/pglite/share/postgresql/timezone/Asia/Khandyga", start: 5741015, end: 5742286 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kolkata", start: 5742286, end: 5742571 }, { filename: "/pglite/share/postgresql/timezone/Asia/Krasnoyarsk", start: 5742571, end: 5743778 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuala_Lumpur", start: 5743778, end: 5744193 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuching", start: 5744193, end: 5744676 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuwait", start: 5744676, end: 5744841 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macao", start: 5744841, end: 5746068 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macau", start: 5746068, end: 5747295 }, { filename: "/pglite/share/postgresql/timezone/Asia/Magadan", start: 5747295, end: 5748517 }, { filename: "/pglite/share/postgresql/timezone/Asia/Makassar", start: 5748517, end: 5748771 }, { filename: "/pglite/share/postgresql/timezone/Asia/Manila", start: 5748771, end: 5749193 }, { filename: "/pglite/share/postgresql/timezone/Asia/Muscat", start: 5749193, end: 5749358 }, { filename: "/pglite/share/postgresql/timezone/Asia/Nicosia", start: 5749358, end: 5751360 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novokuznetsk", start: 5751360, end: 5752525 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novosibirsk", start: 5752525, end: 5753746 }, { filename: "/pglite/share/postgresql/timezone/Asia/Omsk", start: 5753746, end: 5754953 }, { filename: "/pglite/share/postgresql/timezone/Asia/Oral", start: 5754953, end: 5755958 }, { filename: "/pglite/share/postgresql/timezone/Asia/Phnom_Penh", start: 5755958, end: 5756157 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pontianak", start: 5756157, end: 5756510 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pyongyang", start: 5756510, end: 5756747 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qatar", start: 5756747, end: 5756946 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qostanay", start: 5756946, end: 5757985 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qyzylorda", start: 5757985, end: 5759010 }, { filename: "/pglite/share/postgresql/timezone/Asia/Rangoon", start: 5759010, end: 5759278 }, { filename: "/pglite/share/postgresql/timezone/Asia/Riyadh", start: 5759278, end: 5759443 }, { filename: "/pglite/share/postgresql/timezone/Asia/Saigon", start: 5759443, end: 5759794 }, { filename: "/pglite/share/postgresql/timezone/Asia/Sakhalin", start: 5759794, end: 5760996 }, { filename: "/pglite/share/postgresql/timezone/Asia/Samarkand", start: 5760996, end: 5761573 }, { filename: "/pglite/share/postgresql/timezone/Asia/Seoul", start: 5761573, end: 5762190 }, { filename: "/pglite/share/postgresql/timezone/Asia/Shanghai", start: 5762190, end: 5762751 }, { filename: "/pglite/share/postgresql/timezone/Asia/Singapore", start: 5762751, end: 5763166 }, { filename: "/pglite/share/postgresql/timezone/Asia/Srednekolymsk", start: 5763166, end: 5764374 }, { filename: "/pglite/share/postgresql/timezone/Asia/Taipei", start: 5764374, end: 5765135 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tashkent", start: 5765135, end: 5765726 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tbilisi", start: 5765726, end: 5766761 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tehran", start: 5766761, end: 5768023 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tel_Aviv", start: 5768023, end: 5770411 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimbu", start: 5770411, end: 5770614 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimphu", start: 5770614, end: 5770817 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tokyo", start: 5770817, end: 5771126 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tomsk", start: 5771126, end: 5772347 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ujung_Pandang", start: 5772347, end: 5772601 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulaanbaatar", start: 5772601, end: 5773492 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulan_Bator", start: 5773492, end: 5774383 }, { filename: "/pglite/share/postgresql/timezone/Asia/Urumqi", start: 5774383, end: 5774548 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ust-Nera", start: 5774548, end: 5775800 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vientiane", start: 5775800, end: 5775999 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vladivostok", start: 5775999, end: 5777207 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yakutsk", start: 5777207, end: 5778414 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yangon", start: 5778414, end: 5778682 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yekaterinburg", start: 5778682, end: 5779925 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yerevan", start: 5779925, end: 5781076 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Azores", start: 5781076, end: 5784532 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Bermuda", start: 5784532, end: 5786928 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Canary", start: 5786928, end: 5788825 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Cape_Verde", start: 5788825, end: 5789095 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faeroe", start: 5789095, end: 5790910 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faroe", start: 5790910, end: 5792725 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Jan_Mayen", start: 5792725, end: 5795023 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Madeira", start: 5795023, end: 5798400 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Reykjavik", start: 5798400, end: 5798548 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/South_Georgia", start: 5798548, end: 5798712 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/St_Helena", start: 5798712, end: 5798860 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Stanley", start: 5798860, end: 5800074 }, { filename: "/pglite/share/postgresql/timezone/Australia/ACT", start: 5800074, end: 5802264 }, { filename: "/pglite/share/postgresql/timezone/Australia/Adelaide", start: 5802264, end: 5804472 }, { filename: "/pglite/share/postgresql/timezone/Australia/Brisbane", start: 5804472, end: 5804891 }, { filename: "/pglite/share/postgresql/timezone/Australia/Broken_Hill", start: 5804891, end: 5807120 }, { filename: "/pglite/share/postgresql/timezone/Australia/Canberra", start: 5807120, end: 5809310 }, { filename: "/pglite/share/postgresql/timezone/Australia/Currie", start: 5809310, end: 5811668 }, { filename: "/pglite/share/postgresql/timezone/Australia/Darwin", start: 5811668, end: 5811993 }, { filename: "/pglite/share/postgresql/timezone/Australia/Eucla", start: 5811993, end: 5812463 }, { filename: "/pglite/share/postgresql/timezone/Australia/Hobart", start: 5812463, end: 5814821 }, { filename: "/pglite/share/postgresql/timezone/Australia/LHI", start: 5814821, end: 5816681 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lindeman", start: 5816681, end: 5817156 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lord_Howe", start: 5817156, end: 5819016 }, { filename: "/pglite/share/postgresql/timezone/Australia/Melbourne", start: 5819016, end: 5821206 }, { filename: "/pglite/share/postgresql/timezone/Australia/NSW", start: 5821206, end: 5823396 }, { filename: "/pglite/share/postgresql/timezone/Australia/North", start: 5823396, end: 5823721 }, { filename: "/pglite/share/postgresql/timezone/Australia/Perth", start: 5823721, end: 5824167 }, { filename: "/pglite/share/postgresql/timezone/Australia/Queensland", start: 5824167, end: 5824586 }, { filename: "/pglite/share/postgresql/timezone/Australia/South", start: 5824586, end: 5826794 }, { filename: "/pglite/share/postgresql/timezone/Australia/Sydney", start: 5826794, end: 5828984 }, { filename: "/pglite/share/postgresql/timezone/Australia/Tasmania", start: 5828984, end: 5831342 }, { filename: "/pglite/share/postgresql/timezone/Australia/Victoria", start: 5831342, end: 5833532 }, { filename: "/pglite/share/postgresql/timezone/Australia/West", start: 5833532, end: 5833978 }, { filename: "/pglite/share/postgresql/timezone/Australia/Yancowinna", start: 5833978, end: 5836207 }, { filename: "/pglite/share/postgresql/timezone/Brazil/Acre", start: 5836207, end: 5836835 }, { filename: "/pglite/share/postgresql/timezone/Brazil/DeNoronha", start: 5836835, end: 5837551 }, { filename: "/pglite/share/postgresql/timezone/Brazil/East", start: 5837551, end: 5838995 }, { filename: "/pglite/share/postgresql/timezone/Brazil/West", start: 5838995, end: 5839599 }, { filename: "/pglite/share/postgresql/timezone/CET", start: 5839599, end: 5842532 }, { filename: "/pglite/share/postgresql/timezone/CST6CDT", start: 5842532, end: 5846124 }, { filename: "/pglite/share/postgresql/timezone/Canada/Atlantic", start: 5846124, end: 5849548 }, { filename: "/pglite/share/postgresql/timezone/Canada/Central", start: 5849548, end: 5852416 }, { filename: "/pglite/share/postgresql/timezone/Canada/Eastern", start: 5852416, end: 5855910 }, { filename: "/pglite/share/postgresql/timezone/Canada/Mountain", start: 5855910, end: 5858242 }, { filename: "/pglite/share/postgresql/timezone/Canada/Newfoundland", start: 5858242, end: 5861897 }, { filename: "/pglite/share/postgresql/timezone/Canada/Pacific", start: 5861897, end: 5864789 }, { filename: "/pglite/share/postgresql/timezone/Canada/Saskatchewan", start: 5864789, end: 5865769 }, { filename: "/pglite/share/postgresql/timezone/Canada/Yukon", start: 5865769, end: 5867383 }, { filename: "/pglite/share/postgresql/timezone/Chile/Continental", start: 5867383, end: 5869912 }, { filename: "/pglite/share/postgresql/timezone/Chile/EasterIsland", start: 5869912, end: 5872145 }, { filename: "/pglite/share/postgresql/timezone/Cuba", start: 5872145, end: 5874561 }, { filename: "/pglite/share/postgresql/timezone/EET", start: 5874561, end: 5876823 }, { filename: "/pglite/share/postgresql/timezone/EST", start: 5876823, end: 5877005 }, { filename: "/pglite/share/postgresql/timezone/EST5EDT", start: 5877005, end: 5880557 }, { filename: "/pglite/share/postgresql/timezone/Egypt", start: 5880557, end: 5882956 }, { filename: "/pglite/share/postgresql/timezone/Eire", start: 5882956, end: 5886448 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT", start: 5886448, end: 5886562 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+0", start: 5886562, end: 5886676 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+1", start: 5886676, end: 5886792 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+10", start: 5886792, end: 5886909 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+11", start: 5886909, end: 5887026 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+12", start: 5887026, end: 5887143 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+2", start: 5887143, end: 5887259 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+3", start: 5887259, end: 5887375 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+4", start: 5887375, end: 5887491 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+5", start: 5887491, end: 5887607 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+6", start: 5887607, end: 5887723 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+7", start: 5887723, end: 5887839 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+8", start: 5887839, end: 5887955 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+9", start: 5887955, end: 5888071 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-0", start: 5888071, end: 5888185 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-1", start: 5888185, end: 5888302 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-10", start: 5888302, end: 5888420 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-11", start: 5888420, end: 5888538 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-12", start: 5888538, end: 5888656 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-13", start: 5888656, end: 5888774 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-14", start: 5888774, end: 5888892 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-2", start: 5888892, end: 5889009 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-3", start: 5889009, end: 5889126 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-4", start: 5889126, end: 5889243 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-5", start: 5889243, end: 5889360 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-6", start: 5889360, end: 5889477 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-7", start: 5889477, end: 5889594 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-8", start: 5889594, end: 5889711 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-9", start: 5889711, end: 5889828 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT0", start: 5889828, end: 5889942 }, { filename: "/pglite/share/postgresql/timezone/Etc/Greenwich", start: 5889942, end: 5890056 }, { filename: "/pglite/share/postgresql/timezone/Etc/UCT", start: 5890056, end: 5890170 }, { filename: "/pglite/share/postgresql/timezone/Etc/UTC", start: 5890170, end: 5890284 }, { filename: "/pglite/share/postgresql/timezone/Etc/Universal", start: 5890284, end: 5890398 }, { filename: "/pglite/share/postgresql/timezone/Etc/Zulu", start: 5890398, end: 5890512 }, { filename: "/pglite/share/postgresql/timezone/Europe/Amsterdam", start: 5890512, end: 5893445 }, { filename: "/pglite/share/postgresql/timezone/Europe/Andorra", start: 5893445, end: 5895187 }, { filename: "/pglite/share/postgresql/timezone/Europe/Astrakhan", start: 5895187, end: 5896352 }, { filename: "/pglite/share/postgresql/timezone/Europe/Athens", start: 5896352, end: 5898614 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belfast", start: 5898614, end: 5902278 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belgrade", start: 5902278, end: 5904198 }, { filename: "/pglite/share/postgresql/timezone/Europe/Berlin", start: 5904198, end: 5906496 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bratislava", start: 5906496, end: 5908797 }, { filename: "/pglite/share/postgresql/timezone/Europe/Brussels", start: 5908797, end: 5911730 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bucharest", start: 5911730, end: 5913914 }, { filename: "/pglite/share/postgresql/timezone/Europe/Budapest", start: 5913914, end: 5916282 }, { filename: "/pglite/share/postgresql/timezone/Europe/Busingen", start: 5916282, end: 5918191 }, { filename: "/pglite/share/postgresql/timezone/Europe/Chisinau", start: 5918191, end: 5920581 }, { filename: "/pglite/share/postgresql/timezone/Europe/Copenhagen", start: 5920581, end: 5922879 }, { filename: "/pglite/share/postgresql/timezone/Europe/Dublin", start: 5922879, end: 5926371 }, { filename: "/pglite/share/postgresql/timezone/Europe/Gibraltar", start: 5926371, end: 5929439 }, { filename: "/pglite/share/postgresql/timezone/Europe/Guernsey", start: 5929439, end: 5933103 }, { filename: "/pglite/share/postgresql/timezone/Europe/Helsinki", start: 5933103, end: 5935003 }, { filename: "/pglite/share/postgresql/timezone/Europe/Isle_of_Man", start: 5935003, end: 5938667 }, { filename: "/pglite/share/postgresql/timezone/Europe/Istanbul", start: 5938667, end: 5940614 }, { filename: "/pglite/share/postgresql/timezone/Europe/Jersey", start: 5940614, end: 5944278 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kaliningrad", start: 5944278, end: 5945771 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kiev", start: 5945771, end: 5947891 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kirov", start: 5947891, end: 5949076 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kyiv", start: 5949076, end: 5951196 }, { filename: "/pglite/share/postgresql/timezone/Europe/Lisbon", start: 5951196, end: 5954723 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ljubljana", start: 5954723, end: 5956643 }, { filename: "/pglite/share/postgresql/timezone/Europe/London", start: 5956643, end: 5960307 }, { filename: "/pglite/share/postgresql/timezone/Europe/Luxembourg", start: 5960307, end: 5963240 }, { filename: "/pglite/share/postgresql/timezone/Europe/Madrid", start: 5963240, end: 5965854 }, { filename: "/pglite/share/postgresql/timezone/Europe/Malta", start: 5965854, end: 5968474 }, { filename: "/pglite/share/postgresql/timezone/Europe/Mariehamn", start: 5968474, end: 5970374 }, { filename: "/pglite/share/postgresql/timezone/Europe/Minsk", start: 5970374, end: 5971695 }, { filename: "/pglite/share/postgresql/timezone/Europe/Monaco", start: 5971695, end: 5974657 }, { filename: "/pglite/share/postgresql/timezone/Europe/Moscow", start: 5974657, end: 5976192 }, { filename: "/pglite/share/postgresql/timezone/Europe/Nicosia", start: 5976192, end: 5978194 }, { filename: "/pglite/share/postgresql/timezone/Europe/Oslo", start: 5978194, end: 5980492 }, { filename: "/pglite/share/postgresql/timezone/Europe/Paris", start: 5980492, end: 5983454 }, { filename: "/pglite/share/postgresql/timezone/Europe/Podgorica", start: 5983454, end: 5985374 }, { filename: "/pglite/share/postgresql/timezone/Europe/Prague", start: 5985374, end: 5987675 }, { filename: "/pglite/share/postgresql/timezone/Europe/Riga", start: 5987675, end: 5989873 }, { filename: "/pglite/share/postgresql/timezone/Europe/Rome", start: 5989873, end: 5992514 }, { filename: "/pglite/share/postgresql/timezone/Europe/Samara", start: 5992514, end: 5993729 }, { filename: "/pglite/share/postgresql/timezone/Europe/San_Marino", start: 5993729, end: 5996370 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sarajevo", start: 5996370, end: 5998290 }, { filename: "/pglite/share/postgresql/timezone/Europe/Saratov", start: 5998290, end: 5999473 }, { filename: "/pglite/share/postgresql/timezone/Europe/Simferopol", start: 5999473, end: 6000942 }, { filename: "/pglite/share/postgresql/timezone/Europe/Skopje", start: 6000942, end: 6002862 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sofia", start: 6002862, end: 6004939 }, { filename: "/pglite/share/postgresql/timezone/Europe/Stockholm", start: 6004939, end: 6007237 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tallinn", start: 6007237, end: 6009385 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tirane", start: 6009385, end: 6011469 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tiraspol", start: 6011469, end: 6013859 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ulyanovsk", start: 6013859, end: 6015126 }, { filename: "/pglite/share/postgresql/timezone/Europe/Uzhgorod", start: 6015126, end: 6017246 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vaduz", start: 6017246, end: 6019155 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vatican", start: 6019155, end: 6021796 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vienna", start: 6021796, end: 6023996 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vilnius", start: 6023996, end: 6026158 }, { filename: "/pglite/share/postgresql/timezone/Europe/Volgograd", start: 6026158, end: 6027351 }, { filename: "/pglite/share/postgresql/timezone/Europe/Warsaw", start: 6027351, end: 6030005 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zagreb", start: 6030005, end: 6031925 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zaporozhye", start: 6031925, end: 6034045 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zurich", start: 6034045, end: 6035954 }, { filename: "/pglite/share/postgresql/timezone/Factory", start: 6035954, end: 6036070 }, { filename: "/pglite/share/postgresql/timezone/GB", start: 6036070, end: 6039734 }, { filename: "/pglite/share/postgresql/timezone/GB-Eire", start: 6039734, end: 6043398 }, { filename: "/pglite/share/postgresql/timezone/GMT", start: 6043398, end: 6043512 }, { filename: "/pglite/share/postgresql/timezone/GMT+0", start: 6043512, end: 6043626 }, { filename: "/pglite/share/postgresql/timezone/GMT-0", start: 6043626, end: 6043740 }, { filename: "/pglite/share/postgresql/timezone/GMT0", start: 6043740, end: 6043854 }, { filename: "/pglite/share/postgresql/timezone/Greenwich", start: 6043854, end: 6043968 }, { filename: "/pglite/share/postgresql/timezone/HST", start: 6043968, end: 6044297 }, { filename: "/pglite/share/postgresql/timezone/Hongkong", start: 6044297, end: 6045530 }, { filename: "/pglite/share/postgresql/timezone/Iceland", start: 6045530, end: 6045678 }, { filename: "/pglite/share/postgresql/timezone/Indian/Antananarivo", start: 6045678, end: 6045943 }, { filename: "/pglite/share/postgresql/timezone/Indian/Chagos", start: 6045943, end: 6046142 }, { filename: "/pglite/share/postgresql/timezone/Indian/Christmas", start: 6046142, end: 6046341 }, { filename: "/pglite/share/postgresql/timezone/Indian/Cocos", start: 6046341, end: 6046609 }, { filename: "/pglite/share/postgresql/timezone/Indian/Comoro", start: 6046609, end: 6046874 }, { filename: "/pglite/share/postgresql/timezone/Indian/Kerguelen", start: 6046874, end: 6047073 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mahe", start: 6047073, end: 6047238 }, { filename: "/pglite/share/postgresql/timezone/Indian/Maldives", start: 6047238, end: 6047437 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mauritius", start: 6047437, end: 6047678 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mayotte", start: 6047678, end: 6047943 }, { filename: "/pglite/share/postgresql/timezone/Indian/Reunion", start: 6047943, end: 6048108 }, { filename: "/pglite/share/postgresql/timezone/Iran", start: 6048108, end: 6049370 }, { filename: "/pglite/share/postgresql/timezone/Israel", start: 6049370, end: 6051758 }, { filename: "/pglite/share/postgresql/timezone/Jamaica", start: 6051758, end: 6052240 }, { filename: "/pglite/share/postgresql/timezone/Japan", start: 6052240, end: 6052549 }, { filename: "/pglite/share/postgresql/timezone/Kwajalein", start: 6052549, end: 6052865 }, { filename: "/pglite/share/postgresql/timezone/Libya", start: 6052865, end: 6053490 }, { filename: "/pglite/share/postgresql/timezone/MET", start: 6053490, end: 6056423 }, { filename: "/pglite/share/postgresql/timezone/MST", start: 6056423, end: 6056783 }, { filename: "/pglite/share/postgresql/timezone/MST7MDT", start: 6056783, end: 6059243 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaNorte", start: 6059243, end: 6061701 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaSur", start: 6061701, end: 6062761 }, { filename: "/pglite/share/postgresql/timezone/Mexico/General", start: 6062761, end: 6063983 }, { filename: "/pglite/share/postgresql/timezone/NZ", start: 6063983, end: 6066420 }, { filename: "/pglite/share/postgresql/timezone/NZ-CHAT", start: 6066420, end: 6068488 }, { filename: "/pglite/share/postgresql/timezone/Navajo", start: 6068488, end: 6070948 }, { filename: "/pglite/share/postgresql/timezone/PRC", start: 6070948, end: 6071509 }, { filename: "/pglite/share/postgresql/timezone/PST8PDT", start: 6071509, end: 6074361 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Apia", start: 6074361, end: 6074973 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Auckland", start: 6074973, end: 6077410 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Bougainville", start: 6077410, end: 6077678 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chatham", start: 6077678, end: 6079746 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chuuk", start: 6079746, end: 6079932 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Easter", start: 6079932, end: 6082165 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Efate", start: 6082165, end: 6082703 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Enderbury", start: 6082703, end: 6082937 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fakaofo", start: 6082937, end: 6083137 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fiji", start: 6083137, end: 6083715 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Funafuti", start: 6083715, end: 6083881 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Galapagos", start: 6083881, end: 6084119 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Gambier", start: 6084119, end: 6084283 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guadalcanal", start: 6084283, end: 6084449 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guam", start: 6084449, end: 6084943 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Honolulu", start: 6084943, end: 6085272 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Johnston", start: 6085272, end: 6085601 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kanton", start: 6085601, end: 6085835 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kiritimati", start: 6085835, end: 6086073 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kosrae", start: 6086073, end: 6086424 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kwajalein", start: 6086424, end: 6086740 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Majuro", start: 6086740, end: 6086906 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Marquesas", start: 6086906, end: 6087079 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Midway", start: 6087079, end: 6087254 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Nauru", start: 6087254, end: 6087506 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Niue", start: 6087506, end: 6087709 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Norfolk", start: 6087709, end: 6088589 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Noumea", start: 6088589, end: 6088893 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pago_Pago", start: 6088893, end: 6089068 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Palau", start: 6089068, end: 6089248 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pitcairn", start: 6089248, end: 6089450 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pohnpei", start: 6089450, end: 6089616 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Ponape", start: 6089616, end: 6089782 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Port_Moresby", start: 6089782, end: 6089968 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Rarotonga", start: 6089968, end: 6090571 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Saipan", start: 6090571, end: 6091065 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Samoa", start: 6091065, end: 6091240 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tahiti", start: 6091240, end: 6091405 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tarawa", start: 6091405, end: 6091571 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tongatapu", start: 6091571, end: 6091943 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Truk", start: 6091943, end: 6092129 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wake", start: 6092129, end: 6092295 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wallis", start: 6092295, end: 6092461 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Yap", start: 6092461, end: 6092647 }, { filename: "/pglite/share/postgresql/timezone/Poland", start: 6092647, end: 6095301 }, { filename: "/pglite/share/postgresql/timezone/Portugal", start: 6095301, end: 6098828 }, { filename: "/pglite/share/postgresql/timezone/ROC", start: 6098828, end: 6099589 }, { filename: "/pglite/share/postgresql/timezone/ROK", start: 6099589, end: 6100206 }, { filename: "/pglite/share/postgresql/timezone/Singapore", start: 6100206, end: 6100621 }, { filename: "/pglite/share/postgresql/timezone/Turkey", start: 6100621, end: 6102568 }, { filename: "/pglite/share/postgresql/timezone/UCT", start: 6102568, end: 6102682 }, { filename: "/pglite/share/postgresql/timezone/US/Alaska", start: 6102682, end: 6105053 }, { filename: "/pglite/share/postgresql/timezone/US/Aleutian", start: 6105053, end: 6107409 }, { filename: "/pglite/share/postgresql/timezone/US/Arizona", start: 6107409, end: 6107769 }, { filename: "/pglite/share/postgresql/timezone/US/Central", start: 6107769, end: 6111361 }, { filename: "/pglite/share/postgresql/timezone/US/East-Indiana", start: 6111361, end: 6113043 }, { filename: "/pglite/share/postgresql/timezone/US/Eastern", start: 6113043, end: 6116595 }, { filename: "/pglite/share/postgresql/timezone/US/Hawaii", start: 6116595, end: 6116924 }, { filename: "/pglite/share/postgresql/timezone/US/Indiana-Starke", start: 6116924, end: 6119368 }, { filename: "/pglite/share/postgresql/timezone/US/Michigan", start: 6119368, end: 6121598 }, { filename: "/pglite/share/postgresql/timezone/US/Mountain", start: 6121598, end: 6124058 }, { filename: "/pglite/share/postgresql/timezone/US/Pacific", start: 6124058, end: 6126910 }, { filename: "/pglite/share/postgresql/timezone/US/Samoa", start: 6126910, end: 6127085 }, { filename: "/pglite/share/postgresql/timezone/UTC", start: 6127085, end: 6127199 }, { filename: "/pglite/share/postgresql/timezone/Universal", start: 6127199, end: 6127313 }, { filename: "/pglite/share/postgresql/timezone/W-SU", start: 6127313, end: 6128848 }, { filename: "/pglite/share/postgresql/timezone/WET", start: 6128848, end: 6132375 }, { filename: "/pglite/share/postgresql/timezone/Zulu", start: 6132375, end: 6132489 }, { filename: "/pglite/share/postgresql/timezonesets/Africa.txt", start: 6132489, end: 6139462 }, { filename: "/pglite/share/postgresql/timezonesets/America.txt", start: 6139462, end: 6150469 }, { filename: "/pglite/share/postgresql/timezonesets/Antarctica.txt", start: 6150469, end: 6151603 }, { filename: "/pglite/share/postgresql/timezonesets/Asia.txt", start: 6151603, end: 6159914 }, { filename: "/pglite/share/postgresql/timezonesets/Atlantic.txt", start: 6159914, end: 6163447 }, { filename: "/pglite/share/postgresql/timezonesets/Australia", start: 6163447, end: 6164582 }, { filename: "/pglite/share/postgresql/timezonesets/Australia.txt", start: 6164582, end: 6167966 }, { filename: "/pglite/share/postgresql/timezonesets/Default", start: 6167966, end: 6195180 }, { filename: "/pglite/share/postgresql/timezonesets/Etc.txt", start: 6195180, end: 6196430 }, { filename: "/pglite/share/postgresql/timezonesets/Europe.txt", start: 6196430, end: 6205176 }, { filename: "/pglite/share/postgresql/timezonesets/India", start: 6205176, end: 6205769 }, { filename: "/pglite/share/postgresql/timezonesets/Indian.txt", start: 6205769, end: 6207030 }, { filename: "/pglite/share/postgresql/timezonesets/Pacific.txt", start: 6207030, end: 6210798 }, { filename: "/pglite/share/postgresql/tsearch_data/danish.stop", start: 6210798, end: 6211222 }, { filename: "/pglite/share/postgresql/tsearch_data/dutch.stop", start: 6211222, end: 6211675 }, { filename: "/pglite/share/postgresql/tsearch_data/english.stop", start: 6211675, end: 6212297 }, { filename: "/pglite/share/postgresql/tsearch_data/finnish.stop", start: 6212297, end: 6213876 }, { filename: "/pglite/share/postgresql/tsearch_data/french.stop", start: 6213876, end: 6214681 }, { filename: "/pglite/share/postgresql/tsearch_data/german.stop", start: 6214681, end: 6216030 }, { filename: "/pglite/share/postgresql/tsearch_data/hungarian.stop", start: 6216030, end: 6217257 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample.affix", start: 6217257, end: 6217500 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.affix", start: 6217500, end: 6218133 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.dict", start: 6218133, end: 6218231 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.affix", start: 6218231, end: 6218693 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.dict", start: 6218693, end: 6218822 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.affix", start: 6218822, end: 6219287 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.dict", start: 6219287, end: 6219368 }, { filename: "/pglite/share/postgresql/tsearch_data/italian.stop", start: 6219368, end: 6221022 }, { filename: "/pglite/share/postgresql/tsearch_data/nepali.stop", start: 6221022, end: 6225283 }, { filename: "/pglite/share/postgresql/tsearch_data/norwegian.stop", start: 6225283, end: 6226134 }, { filename: "/pglite/share/postgresql/tsearch_data/portuguese.stop", start: 6226134, end: 6227401 }, { filename: "/pglite/share/postgresql/tsearch_data/russian.stop", start: 6227401, end: 6228636 }, { filename: "/pglite/share/postgresql/tsearch_data/spanish.stop", start: 6228636, end: 6230814 }, { filename: "/pglite/share/postgresql/tsearch_data/swedish.stop", start: 6230814, end: 6231373 }, { filename: "/pglite/share/postgresql/tsearch_data/synonym_sample.syn", start: 6231373, end: 6231446 }, { filename: "/pglite/share/postgresql/tsearch_data/thesaurus_sample.ths", start: 6231446, end: 6231919 }, { filename: "/pglite/share/postgresql/tsearch_data/turkish.stop", start: 6231919, end: 6232179 }], remote_package_size: 6232179 });
    })();
    var moduleOverrides = Object.assign({}, Module), arguments_ = [], thisProgram = "./this.program", quit_ = (e2, t22) => {
      throw t22;
    }, scriptDirectory = "";
    function locateFile(e2) {
      return Module.locateFile ? Module.locateFile(e2, scriptDirectory) : scriptDirectory + e2;
    }
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs"), nodePath = require("path");
      import.meta.url.startsWith("data:") || (scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/"), readBinary = (e2) => {
        e2 = isFileURI(e2) ? new URL(e2) : e2;
        var t22 = fs.readFileSync(e2);
        return t22;
      }, readAsync = async (e2, t22 = true) => {
        e2 = isFileURI(e2) ? new URL(e2) : e2;
        var r6 = fs.readFileSync(e2, t22 ? void 0 : "utf8");
        return r6;
      }, !Module.thisProgram && process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), arguments_ = process.argv.slice(2), quit_ = (e2, t22) => {
        throw process.exitCode = e2, t22;
      };
    } else (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) && (ENVIRONMENT_IS_WORKER ? scriptDirectory = self.location.href : typeof document < "u" && document.currentScript && (scriptDirectory = document.currentScript.src), _scriptName && (scriptDirectory = _scriptName), scriptDirectory.startsWith("blob:") ? scriptDirectory = "" : scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1), ENVIRONMENT_IS_WORKER && (readBinary = (e2) => {
      var t22 = new XMLHttpRequest();
      return t22.open("GET", e2, false), t22.responseType = "arraybuffer", t22.send(null), new Uint8Array(t22.response);
    }), readAsync = async (e2) => {
      var t22 = await fetch(e2, { credentials: "same-origin" });
      if (t22.ok) return t22.arrayBuffer();
      throw new Error(t22.status + " : " + t22.url);
    });
    var out = Module.print || console.log.bind(console), err = Module.printErr || console.error.bind(console);
    Object.assign(Module, moduleOverrides), moduleOverrides = null, Module.arguments && (arguments_ = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
    var dynamicLibraries = Module.dynamicLibraries || [], wasmBinary = Module.wasmBinary;
    function intArrayFromBase64(e2) {
      if (typeof ENVIRONMENT_IS_NODE < "u" && ENVIRONMENT_IS_NODE) {
        var t22 = Buffer.from(e2, "base64");
        return new Uint8Array(t22.buffer, t22.byteOffset, t22.length);
      }
      for (var r6 = atob(e2), a10 = new Uint8Array(r6.length), o7 = 0; o7 < r6.length; ++o7) a10[o7] = r6.charCodeAt(o7);
      return a10;
    }
    var wasmMemory, ABORT = false, EXITSTATUS;
    function assert(e2, t22) {
      e2 || abort(t22);
    }
    var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    function updateMemoryViews() {
      var e2 = wasmMemory.buffer;
      Module.HEAP8 = HEAP8 = new Int8Array(e2), Module.HEAP16 = HEAP16 = new Int16Array(e2), Module.HEAPU8 = HEAPU8 = new Uint8Array(e2), Module.HEAPU16 = HEAPU16 = new Uint16Array(e2), Module.HEAP32 = HEAP32 = new Int32Array(e2), Module.HEAPU32 = HEAPU32 = new Uint32Array(e2), Module.HEAPF32 = HEAPF32 = new Float32Array(e2), Module.HEAPF64 = HEAPF64 = new Float64Array(e2), Module.HEAP64 = HEAP64 = new BigInt64Array(e2), Module.HEAPU64 = HEAPU64 = new BigUint64Array(e2);
    }
    if (Module.wasmMemory) wasmMemory = Module.wasmMemory;
    else {
      var INITIAL_MEMORY = Module.INITIAL_MEMORY || 134217728;
      wasmMemory = new WebAssembly.Memory({ initial: INITIAL_MEMORY / 65536, maximum: 32768 });
    }
    updateMemoryViews();
    var __ATPRERUN__ = [], __ATINIT__ = [], __ATMAIN__ = [], __ATEXIT__ = [], __ATPOSTRUN__ = [], __RELOC_FUNCS__ = [], runtimeInitialized = false, runtimeExited = false;
    function preRun() {
      if (Module.preRun) for (typeof Module.preRun == "function" && (Module.preRun = [Module.preRun]); Module.preRun.length; ) addOnPreRun(Module.preRun.shift());
      callRuntimeCallbacks(__ATPRERUN__);
    }
    function initRuntime() {
      runtimeInitialized = true, callRuntimeCallbacks(__RELOC_FUNCS__), !Module.noFSInit && !FS.initialized && FS.init(), FS.ignorePermissions = false, TTY.init(), SOCKFS.root = FS.mount(SOCKFS, {}, null), PIPEFS.root = FS.mount(PIPEFS, {}, null), callRuntimeCallbacks(__ATINIT__);
    }
    function preMain() {
      callRuntimeCallbacks(__ATMAIN__);
    }
    function exitRuntime() {
      ___funcs_on_exit(), callRuntimeCallbacks(__ATEXIT__), FS.quit(), TTY.shutdown(), IDBFS.quit(), runtimeExited = true;
    }
    function postRun() {
      if (Module.postRun) for (typeof Module.postRun == "function" && (Module.postRun = [Module.postRun]); Module.postRun.length; ) addOnPostRun(Module.postRun.shift());
      callRuntimeCallbacks(__ATPOSTRUN__);
    }
    function addOnPreRun(e2) {
      __ATPRERUN__.unshift(e2);
    }
    function addOnInit(e2) {
      __ATINIT__.unshift(e2);
    }
    function addOnPostRun(e2) {
      __ATPOSTRUN__.unshift(e2);
    }
    var runDependencies = 0, dependenciesFulfilled = null;
    function getUniqueRunDependency(e2) {
      return e2;
    }
    function addRunDependency(e2) {
      runDependencies++, Module.monitorRunDependencies?.(runDependencies);
    }
    function removeRunDependency(e2) {
      if (runDependencies--, Module.monitorRunDependencies?.(runDependencies), runDependencies == 0 && dependenciesFulfilled) {
        var t22 = dependenciesFulfilled;
        dependenciesFulfilled = null, t22();
      }
    }
    function abort(e2) {
      Module.onAbort?.(e2), e2 = "Aborted(" + e2 + ")", err(e2), ABORT = true, e2 += ". Build with -sASSERTIONS for more info.";
      var t22 = new WebAssembly.RuntimeError(e2);
      throw readyPromiseReject(t22), t22;
    }
    var dataURIPrefix = "data:application/octet-stream;base64,", isDataURI = (e2) => e2.startsWith(dataURIPrefix), isFileURI = (e2) => e2.startsWith("file://");
    function findWasmBinary() {
      if (Module.locateFile) {
        var e2 = "pglite.wasm";
        return isDataURI(e2) ? e2 : locateFile(e2);
      }
      return new URL("./assets/@electric-sql/pglite/dist/pglite.wasm", import.meta.url).href;
    }
    var wasmBinaryFile;
    function getBinarySync(e2) {
      if (e2 == wasmBinaryFile && wasmBinary) return new Uint8Array(wasmBinary);
      if (readBinary) return readBinary(e2);
      throw "both async and sync fetching of the wasm failed";
    }
    async function getWasmBinary(e2) {
      if (!wasmBinary) try {
        var t22 = await readAsync(e2);
        return new Uint8Array(t22);
      } catch {
      }
      return getBinarySync(e2);
    }
    async function instantiateArrayBuffer(e2, t22) {
      try {
        var r6 = await getWasmBinary(e2), a10 = await WebAssembly.instantiate(r6, t22);
        return a10;
      } catch (o7) {
        err(`failed to asynchronously prepare wasm: ${o7}`), abort(o7);
      }
    }
    async function instantiateAsync(e2, t22, r6) {
      if (!e2 && typeof WebAssembly.instantiateStreaming == "function" && !isDataURI(t22) && !ENVIRONMENT_IS_NODE && typeof fetch == "function") try {
        var a10 = fetch(t22, { credentials: "same-origin" }), o7 = await WebAssembly.instantiateStreaming(a10, r6);
        return o7;
      } catch (_3) {
        err(`wasm streaming compile failed: ${_3}`), err("falling back to ArrayBuffer instantiation");
      }
      return instantiateArrayBuffer(t22, r6);
    }
    function getWasmImports() {
      return { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": new Proxy(wasmImports, GOTHandler), "GOT.func": new Proxy(wasmImports, GOTHandler) };
    }
    async function createWasm() {
      function e2(o7, _3) {
        wasmExports = o7.exports, wasmExports = relocateExports(wasmExports, 1024);
        var s2 = getDylinkMetadata(_3);
        return s2.neededDynlibs && (dynamicLibraries = s2.neededDynlibs.concat(dynamicLibraries)), mergeLibSymbols(wasmExports, "main"), LDSO.init(), loadDylibs(), addOnInit(wasmExports.__wasm_call_ctors), __RELOC_FUNCS__.push(wasmExports.__wasm_apply_data_relocs), removeRunDependency("wasm-instantiate"), wasmExports;
      }
      addRunDependency("wasm-instantiate");
      function t22(o7) {
        e2(o7.instance, o7.module);
      }
      var r6 = getWasmImports();
      if (Module.instantiateWasm) try {
        return Module.instantiateWasm(r6, e2);
      } catch (o7) {
        err(`Module.instantiateWasm callback failed with error: ${o7}`), readyPromiseReject(o7);
      }
      wasmBinaryFile ?? (wasmBinaryFile = findWasmBinary());
      try {
        var a10 = await instantiateAsync(wasmBinary, wasmBinaryFile, r6);
        return t22(a10), a10;
      } catch (o7) {
        readyPromiseReject(o7);
        return;
      }
    }
    var ASM_CONSTS = {};
    class ExitStatus {
      constructor(t22) {
        P(this, "name", "ExitStatus");
        this.message = `Program terminated with exit(${t22})`, this.status = t22;
      }
    }
    var GOT = {}, currentModuleWeakSymbols = /* @__PURE__ */ new Set([]), GOTHandler = { get(e2, t22) {
      var r6 = GOT[t22];
      return r6 || (r6 = GOT[t22] = new WebAssembly.Global({ value: "i32", mutable: true })), currentModuleWeakSymbols.has(t22) || (r6.required = true), r6;
    } }, callRuntimeCallbacks = (e2) => {
      for (; e2.length > 0; ) e2.shift()(Module);
    }, UTF8Decoder = typeof TextDecoder < "u" ? new TextDecoder() : void 0, UTF8ArrayToString = (e2, t22 = 0, r6 = NaN) => {
      for (var a10 = t22 + r6, o7 = t22; e2[o7] && !(o7 >= a10); ) ++o7;
      if (o7 - t22 > 16 && e2.buffer && UTF8Decoder) return UTF8Decoder.decode(e2.subarray(t22, o7));
      for (var _3 = ""; t22 < o7; ) {
        var s2 = e2[t22++];
        if (!(s2 & 128)) {
          _3 += String.fromCharCode(s2);
          continue;
        }
        var n3 = e2[t22++] & 63;
        if ((s2 & 224) == 192) {
          _3 += String.fromCharCode((s2 & 31) << 6 | n3);
          continue;
        }
        var l = e2[t22++] & 63;
        if ((s2 & 240) == 224 ? s2 = (s2 & 15) << 12 | n3 << 6 | l : s2 = (s2 & 7) << 18 | n3 << 12 | l << 6 | e2[t22++] & 63, s2 < 65536) _3 += String.fromCharCode(s2);
        else {
          var d = s2 - 65536;
          _3 += String.fromCharCode(55296 | d >> 10, 56320 | d & 1023);
        }
      }
      return _3;
    }, getDylinkMetadata = (e2) => {
      var t22 = 0, r6 = 0;
      function a10() {
        return e2[t22++];
      }
      function o7() {
        for (var I2 = 0, L3 = 1; ; ) {
          var R3 = e2[t22++];
          if (I2 += (R3 & 127) * L3, L3 *= 128, !(R3 & 128)) break;
        }
        return I2;
      }
      function _3() {
        var I2 = o7();
        return t22 += I2, UTF8ArrayToString(e2, t22 - I2, I2);
      }
      function s2(I2, L3) {
        if (I2) throw new Error(L3);
      }
      var n3 = "dylink.0";
      if (e2 instanceof WebAssembly.Module) {
        var l = WebAssembly.Module.customSections(e2, n3);
        l.length === 0 && (n3 = "dylink", l = WebAssembly.Module.customSections(e2, n3)), s2(l.length === 0, "need dylink section"), e2 = new Uint8Array(l[0]), r6 = e2.length;
      } else {
        var d = new Uint32Array(new Uint8Array(e2.subarray(0, 24)).buffer), p3 = d[0] == 1836278016;
        s2(!p3, "need to see wasm magic number"), s2(e2[8] !== 0, "need the dylink section to be first"), t22 = 9;
        var m3 = o7();
        r6 = t22 + m3, n3 = _3();
      }
      var g3 = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set() };
      if (n3 == "dylink") {
        g3.memorySize = o7(), g3.memoryAlign = o7(), g3.tableSize = o7(), g3.tableAlign = o7();
        for (var u2 = o7(), f2 = 0; f2 < u2; ++f2) {
          var c3 = _3();
          g3.neededDynlibs.push(c3);
        }
      } else {
        s2(n3 !== "dylink.0");
        for (var x3 = 1, w2 = 2, b2 = 3, M2 = 4, S2 = 256, E2 = 3, y3 = 1; t22 < r6; ) {
          var F3 = a10(), A2 = o7();
          if (F3 === x3) g3.memorySize = o7(), g3.memoryAlign = o7(), g3.tableSize = o7(), g3.tableAlign = o7();
          else if (F3 === w2) for (var u2 = o7(), f2 = 0; f2 < u2; ++f2) c3 = _3(), g3.neededDynlibs.push(c3);
          else if (F3 === b2) for (var V2 = o7(); V2--; ) {
            var oe2 = _3(), Z2 = o7();
            Z2 & S2 && g3.tlsExports.add(oe2);
          }
          else if (F3 === M2) for (var V2 = o7(); V2--; ) {
            var X2 = _3(), oe2 = _3(), Z2 = o7();
            (Z2 & E2) == y3 && g3.weakImports.add(oe2);
          }
          else t22 += A2;
        }
      }
      return g3;
    };
    function getValue(e2, t22 = "i8") {
      switch (t22.endsWith("*") && (t22 = "*"), t22) {
        case "i1":
          return HEAP8[e2];
        case "i8":
          return HEAP8[e2];
        case "i16":
          return HEAP16[e2 >> 1];
        case "i32":
          return HEAP32[e2 >> 2];
        case "i64":
          return HEAP64[e2 >> 3];
        case "float":
          return HEAPF32[e2 >> 2];
        case "double":
          return HEAPF64[e2 >> 3];
        case "*":
          return HEAPU32[e2 >> 2];
        default:
          abort(`invalid type for getValue: ${t22}`);
      }
    }
    var newDSO = (e2, t22, r6) => {
      var a10 = { refcount: 1 / 0, name: e2, exports: r6, global: true };
      return LDSO.loadedLibsByName[e2] = a10, t22 != null && (LDSO.loadedLibsByHandle[t22] = a10), a10;
    }, LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
      newDSO("__main__", 0, wasmImports);
    } }, ___heap_base = 11316800, alignMemory = (e2, t22) => Math.ceil(e2 / t22) * t22, getMemory = (e2) => {
      if (runtimeInitialized) return _calloc(e2, 1);
      var t22 = ___heap_base, r6 = t22 + alignMemory(e2, 16);
      return ___heap_base = r6, GOT.__heap_base.value = r6, t22;
    }, isInternalSym = (e2) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(e2) || e2.startsWith("__em_js__"), uleb128Encode = (e2, t22) => {
      e2 < 128 ? t22.push(e2) : t22.push(e2 % 128 | 128, e2 >> 7);
    }, sigToWasmTypes = (e2) => {
      for (var t22 = { i: "i32", j: "i64", f: "f32", d: "f64", e: "externref", p: "i32" }, r6 = { parameters: [], results: e2[0] == "v" ? [] : [t22[e2[0]]] }, a10 = 1; a10 < e2.length; ++a10) r6.parameters.push(t22[e2[a10]]);
      return r6;
    }, generateFuncType = (e2, t22) => {
      var r6 = e2.slice(0, 1), a10 = e2.slice(1), o7 = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 };
      t22.push(96), uleb128Encode(a10.length, t22);
      for (var _3 = 0; _3 < a10.length; ++_3) t22.push(o7[a10[_3]]);
      r6 == "v" ? t22.push(0) : t22.push(1, o7[r6]);
    }, convertJsFunctionToWasm = (e2, t22) => {
      if (typeof WebAssembly.Function == "function") return new WebAssembly.Function(sigToWasmTypes(t22), e2);
      var r6 = [1];
      generateFuncType(t22, r6);
      var a10 = [0, 97, 115, 109, 1, 0, 0, 0, 1];
      uleb128Encode(r6.length, a10), a10.push(...r6), a10.push(2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
      var o7 = new WebAssembly.Module(new Uint8Array(a10)), _3 = new WebAssembly.Instance(o7, { e: { f: e2 } }), s2 = _3.exports.f;
      return s2;
    }, wasmTableMirror = [], wasmTable = new WebAssembly.Table({ initial: 7141, element: "anyfunc" }), getWasmTableEntry = (e2) => {
      var t22 = wasmTableMirror[e2];
      return t22 || (e2 >= wasmTableMirror.length && (wasmTableMirror.length = e2 + 1), wasmTableMirror[e2] = t22 = wasmTable.get(e2)), t22;
    }, updateTableMap = (e2, t22) => {
      if (functionsInTableMap) for (var r6 = e2; r6 < e2 + t22; r6++) {
        var a10 = getWasmTableEntry(r6);
        a10 && functionsInTableMap.set(a10, r6);
      }
    }, functionsInTableMap, getFunctionAddress = (e2) => (functionsInTableMap || (functionsInTableMap = /* @__PURE__ */ new WeakMap(), updateTableMap(0, wasmTable.length)), functionsInTableMap.get(e2) || 0), freeTableIndexes = [], getEmptyTableSlot = () => {
      if (freeTableIndexes.length) return freeTableIndexes.pop();
      try {
        wasmTable.grow(1);
      } catch (e2) {
        throw e2 instanceof RangeError ? "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH." : e2;
      }
      return wasmTable.length - 1;
    }, setWasmTableEntry = (e2, t22) => {
      wasmTable.set(e2, t22), wasmTableMirror[e2] = wasmTable.get(e2);
    }, addFunction = (e2, t22) => {
      var r6 = getFunctionAddress(e2);
      if (r6) return r6;
      var a10 = getEmptyTableSlot();
      try {
        setWasmTableEntry(a10, e2);
      } catch (_3) {
        if (!(_3 instanceof TypeError)) throw _3;
        var o7 = convertJsFunctionToWasm(e2, t22);
        setWasmTableEntry(a10, o7);
      }
      return functionsInTableMap.set(e2, a10), a10;
    }, updateGOT = (e2, t22) => {
      for (var r6 in e2) if (!isInternalSym(r6)) {
        var a10 = e2[r6];
        GOT[r6] || (GOT[r6] = new WebAssembly.Global({ value: "i32", mutable: true })), (t22 || GOT[r6].value == 0) && (typeof a10 == "function" ? GOT[r6].value = addFunction(a10) : typeof a10 == "number" ? GOT[r6].value = a10 : err(`unhandled export type for '${r6}': ${typeof a10}`));
      }
    }, relocateExports = (e2, t22, r6) => {
      var a10 = {};
      for (var o7 in e2) {
        var _3 = e2[o7];
        typeof _3 == "object" && (_3 = _3.value), typeof _3 == "number" && (_3 += t22), a10[o7] = _3;
      }
      return updateGOT(a10, r6), a10;
    }, isSymbolDefined = (e2) => {
      var t22 = wasmImports[e2];
      return !(!t22 || t22.stub);
    }, dynCall = (e2, t22, r6 = []) => {
      var a10 = getWasmTableEntry(t22)(...r6);
      return a10;
    }, stackSave = () => _emscripten_stack_get_current(), stackRestore = (e2) => __emscripten_stack_restore(e2), createInvokeFunction = (e2) => (t22, ...r6) => {
      var a10 = stackSave();
      try {
        return dynCall(e2, t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        if (_setThrew(1, 0), e2[0] == "j") return 0n;
      }
    }, resolveGlobalSymbol = (e2, t22 = false) => {
      var r6;
      return isSymbolDefined(e2) ? r6 = wasmImports[e2] : e2.startsWith("invoke_") && (r6 = wasmImports[e2] = createInvokeFunction(e2.split("_")[1])), { sym: r6, name: e2 };
    }, UTF8ToString = (e2, t22) => e2 ? UTF8ArrayToString(HEAPU8, e2, t22) : "", loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var firstLoad = !handle || !HEAP8[handle + 8];
        if (firstLoad) {
          var memAlign = Math.pow(2, metadata.memoryAlign), memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0, tableBase = metadata.tableSize ? wasmTable.length : 0;
          handle && (HEAP8[handle + 8] = 1, HEAPU32[handle + 12 >> 2] = memoryBase, HEAP32[handle + 16 >> 2] = metadata.memorySize, HEAPU32[handle + 20 >> 2] = tableBase, HEAP32[handle + 24 >> 2] = metadata.tableSize);
        } else memoryBase = HEAPU32[handle + 12 >> 2], tableBase = HEAPU32[handle + 20 >> 2];
        var tableGrowthNeeded = tableBase + metadata.tableSize - wasmTable.length;
        tableGrowthNeeded > 0 && wasmTable.grow(tableGrowthNeeded);
        var moduleExports;
        function resolveSymbol(e2) {
          var t22 = resolveGlobalSymbol(e2).sym;
          return !t22 && localScope && (t22 = localScope[e2]), t22 || (t22 = moduleExports[e2]), t22;
        }
        var proxyHandler = { get(e2, t22) {
          switch (t22) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (t22 in wasmImports && !wasmImports[t22].stub) return wasmImports[t22];
          if (!(t22 in e2)) {
            var r6;
            e2[t22] = (...a10) => (r6 || (r6 = resolveSymbol(t22)), r6(...a10));
          }
          return e2[t22];
        } }, proxy = new Proxy({}, proxyHandler), info = { "GOT.mem": new Proxy({}, GOTHandler), "GOT.func": new Proxy({}, GOTHandler), env: proxy, wasi_snapshot_preview1: proxy };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize), moduleExports = relocateExports(instance.exports, memoryBase), flags.allowUndefined || reportUndefinedSymbols();
          function addEmAsm(addr, body) {
            for (var args = [], arity = 0; arity < 16 && body.indexOf("$" + arity) != -1; arity++) args.push("$" + arity);
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          if ("__start_em_asm" in moduleExports) for (var start = moduleExports.__start_em_asm, stop = moduleExports.__stop_em_asm; start < stop; ) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString), start = HEAPU8.indexOf(0, start) + 1;
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            if (cSig = cSig.slice(1, -1), cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          for (var name in moduleExports) if (name.startsWith("__em_js__")) {
            var start = moduleExports[name], jsString = UTF8ToString(start), parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]), delete moduleExports[name];
          }
          var applyRelocs = moduleExports.__wasm_apply_data_relocs;
          applyRelocs && (runtimeInitialized ? applyRelocs() : __RELOC_FUNCS__.push(applyRelocs));
          var init = moduleExports.__wasm_call_ctors;
          return init && (runtimeInitialized ? init() : __ATINIT__.push(init)), moduleExports;
        }
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((e2) => postInstantiation(e2.module, e2.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary), instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      return flags.loadAsync ? metadata.neededDynlibs.reduce((e2, t22) => e2.then(() => loadDynamicLibrary(t22, flags, localScope)), Promise.resolve()).then(loadModule) : (metadata.neededDynlibs.forEach((e2) => loadDynamicLibrary(e2, flags, localScope)), loadModule());
    }, mergeLibSymbols = (e2, t22) => {
      for (var [r6, a10] of Object.entries(e2)) {
        let o7 = (s2) => {
          isSymbolDefined(s2) || (wasmImports[s2] = a10);
        };
        o7(r6);
        let _3 = "__main_argc_argv";
        r6 == "main" && o7(_3), r6 == _3 && o7("main");
      }
    }, asyncLoad = async (e2) => {
      var t22 = await readAsync(e2);
      return new Uint8Array(t22);
    }, preloadPlugins = Module.preloadPlugins || [], registerWasmPlugin = () => {
      var e2 = { promiseChainEnd: Promise.resolve(), canHandle: (t22) => !Module.noWasmDecoding && t22.endsWith(".so"), handle: (t22, r6, a10, o7) => {
        e2.promiseChainEnd = e2.promiseChainEnd.then(() => loadWebAssemblyModule(t22, { loadAsync: true, nodelete: true }, r6, {})).then((_3) => {
          preloadedWasm[r6] = _3, a10(t22);
        }, (_3) => {
          err(`failed to instantiate wasm: ${r6}: ${_3}`), o7();
        });
      } };
      preloadPlugins.push(e2);
    }, preloadedWasm = {};
    function loadDynamicLibrary(e2, t22 = { global: true, nodelete: true }, r6, a10) {
      var o7 = LDSO.loadedLibsByName[e2];
      if (o7) return t22.global ? o7.global || (o7.global = true, mergeLibSymbols(o7.exports, e2)) : r6 && Object.assign(r6, o7.exports), t22.nodelete && o7.refcount !== 1 / 0 && (o7.refcount = 1 / 0), o7.refcount++, a10 && (LDSO.loadedLibsByHandle[a10] = o7), t22.loadAsync ? Promise.resolve(true) : true;
      o7 = newDSO(e2, a10, "loading"), o7.refcount = t22.nodelete ? 1 / 0 : 1, o7.global = t22.global;
      function _3() {
        if (a10) {
          var l = HEAPU32[a10 + 28 >> 2], d = HEAPU32[a10 + 32 >> 2];
          if (l && d) {
            var p3 = HEAP8.slice(l, l + d);
            return t22.loadAsync ? Promise.resolve(p3) : p3;
          }
        }
        var m3 = locateFile(e2);
        if (t22.loadAsync) return asyncLoad(m3);
        if (!readBinary) throw new Error(`${m3}: file not found, and synchronous loading of external files is not available`);
        return readBinary(m3);
      }
      function s2() {
        var l = preloadedWasm[e2];
        return l ? t22.loadAsync ? Promise.resolve(l) : l : t22.loadAsync ? _3().then((d) => loadWebAssemblyModule(d, t22, e2, r6, a10)) : loadWebAssemblyModule(_3(), t22, e2, r6, a10);
      }
      function n3(l) {
        o7.global ? mergeLibSymbols(l, e2) : r6 && Object.assign(r6, l), o7.exports = l;
      }
      return t22.loadAsync ? s2().then((l) => (n3(l), true)) : (n3(s2()), true);
    }
    var reportUndefinedSymbols = () => {
      for (var [e2, t22] of Object.entries(GOT)) if (t22.value == 0) {
        var r6 = resolveGlobalSymbol(e2, true).sym;
        if (!r6 && !t22.required) continue;
        if (typeof r6 == "function") t22.value = addFunction(r6, r6.sig);
        else if (typeof r6 == "number") t22.value = r6;
        else throw new Error(`bad export type for '${e2}': ${typeof r6}`);
      }
    }, loadDylibs = () => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs"), dynamicLibraries.reduce((e2, t22) => e2.then(() => loadDynamicLibrary(t22, { loadAsync: true, global: true, nodelete: true, allowUndefined: true })), Promise.resolve()).then(() => {
        reportUndefinedSymbols(), removeRunDependency("loadDylibs");
      });
    }, noExitRuntime = Module.noExitRuntime || false;
    function setValue(e2, t22, r6 = "i8") {
      switch (r6.endsWith("*") && (r6 = "*"), r6) {
        case "i1":
          HEAP8[e2] = t22;
          break;
        case "i8":
          HEAP8[e2] = t22;
          break;
        case "i16":
          HEAP16[e2 >> 1] = t22;
          break;
        case "i32":
          HEAP32[e2 >> 2] = t22;
          break;
        case "i64":
          HEAP64[e2 >> 3] = BigInt(t22);
          break;
        case "float":
          HEAPF32[e2 >> 2] = t22;
          break;
        case "double":
          HEAPF64[e2 >> 3] = t22;
          break;
        case "*":
          HEAPU32[e2 >> 2] = t22;
          break;
        default:
          abort(`invalid type for setValue: ${r6}`);
      }
    }
    var ___assert_fail = (e2, t22, r6, a10) => abort(`Assertion failed: ${UTF8ToString(e2)}, at: ` + [t22 ? UTF8ToString(t22) : "unknown filename", r6, a10 ? UTF8ToString(a10) : "unknown function"]);
    ___assert_fail.sig = "vppip";
    var ___call_sighandler = (e2, t22) => getWasmTableEntry(e2)(t22);
    ___call_sighandler.sig = "vpi";
    var ___memory_base = new WebAssembly.Global({ value: "i32", mutable: false }, 1024);
    Module.___memory_base = ___memory_base;
    var ___stack_pointer = new WebAssembly.Global({ value: "i32", mutable: true }, 11316800);
    Module.___stack_pointer = ___stack_pointer;
    var PATH = { isAbs: (e2) => e2.charAt(0) === "/", splitPath: (e2) => {
      var t22 = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
      return t22.exec(e2).slice(1);
    }, normalizeArray: (e2, t22) => {
      for (var r6 = 0, a10 = e2.length - 1; a10 >= 0; a10--) {
        var o7 = e2[a10];
        o7 === "." ? e2.splice(a10, 1) : o7 === ".." ? (e2.splice(a10, 1), r6++) : r6 && (e2.splice(a10, 1), r6--);
      }
      if (t22) for (; r6; r6--) e2.unshift("..");
      return e2;
    }, normalize: (e2) => {
      var t22 = PATH.isAbs(e2), r6 = e2.substr(-1) === "/";
      return e2 = PATH.normalizeArray(e2.split("/").filter((a10) => !!a10), !t22).join("/"), !e2 && !t22 && (e2 = "."), e2 && r6 && (e2 += "/"), (t22 ? "/" : "") + e2;
    }, dirname: (e2) => {
      var t22 = PATH.splitPath(e2), r6 = t22[0], a10 = t22[1];
      return !r6 && !a10 ? "." : (a10 && (a10 = a10.substr(0, a10.length - 1)), r6 + a10);
    }, basename: (e2) => {
      if (e2 === "/") return "/";
      e2 = PATH.normalize(e2), e2 = e2.replace(/\/$/, "");
      var t22 = e2.lastIndexOf("/");
      return t22 === -1 ? e2 : e2.substr(t22 + 1);
    }, join: (...e2) => PATH.normalize(e2.join("/")), join2: (e2, t22) => PATH.normalize(e2 + "/" + t22) }, initRandomFill = () => {
      if (typeof crypto == "object" && typeof crypto.getRandomValues == "function") return (a10) => crypto.getRandomValues(a10);
      if (ENVIRONMENT_IS_NODE) try {
        var e2 = require("crypto"), t22 = e2.randomFillSync;
        if (t22) return (a10) => e2.randomFillSync(a10);
        var r6 = e2.randomBytes;
        return (a10) => (a10.set(r6(a10.byteLength)), a10);
      } catch {
      }
      abort("initRandomDevice");
    }, randomFill = (e2) => (randomFill = initRandomFill())(e2), PATH_FS = { resolve: (...e2) => {
      for (var t22 = "", r6 = false, a10 = e2.length - 1; a10 >= -1 && !r6; a10--) {
        var o7 = a10 >= 0 ? e2[a10] : FS.cwd();
        if (typeof o7 != "string") throw new TypeError("Arguments to path.resolve must be strings");
        if (!o7) return "";
        t22 = o7 + "/" + t22, r6 = PATH.isAbs(o7);
      }
      return t22 = PATH.normalizeArray(t22.split("/").filter((_3) => !!_3), !r6).join("/"), (r6 ? "/" : "") + t22 || ".";
    }, relative: (e2, t22) => {
      e2 = PATH_FS.resolve(e2).substr(1), t22 = PATH_FS.resolve(t22).substr(1);
      function r6(d) {
        for (var p3 = 0; p3 < d.length && d[p3] === ""; p3++) ;
        for (var m3 = d.length - 1; m3 >= 0 && d[m3] === ""; m3--) ;
        return p3 > m3 ? [] : d.slice(p3, m3 - p3 + 1);
      }
      for (var a10 = r6(e2.split("/")), o7 = r6(t22.split("/")), _3 = Math.min(a10.length, o7.length), s2 = _3, n3 = 0; n3 < _3; n3++) if (a10[n3] !== o7[n3]) {
        s2 = n3;
        break;
      }
      for (var l = [], n3 = s2; n3 < a10.length; n3++) l.push("..");
      return l = l.concat(o7.slice(s2)), l.join("/");
    } }, FS_stdin_getChar_buffer = [], lengthBytesUTF8 = (e2) => {
      for (var t22 = 0, r6 = 0; r6 < e2.length; ++r6) {
        var a10 = e2.charCodeAt(r6);
        a10 <= 127 ? t22++ : a10 <= 2047 ? t22 += 2 : a10 >= 55296 && a10 <= 57343 ? (t22 += 4, ++r6) : t22 += 3;
      }
      return t22;
    }, stringToUTF8Array = (e2, t22, r6, a10) => {
      if (!(a10 > 0)) return 0;
      for (var o7 = r6, _3 = r6 + a10 - 1, s2 = 0; s2 < e2.length; ++s2) {
        var n3 = e2.charCodeAt(s2);
        if (n3 >= 55296 && n3 <= 57343) {
          var l = e2.charCodeAt(++s2);
          n3 = 65536 + ((n3 & 1023) << 10) | l & 1023;
        }
        if (n3 <= 127) {
          if (r6 >= _3) break;
          t22[r6++] = n3;
        } else if (n3 <= 2047) {
          if (r6 + 1 >= _3) break;
          t22[r6++] = 192 | n3 >> 6, t22[r6++] = 128 | n3 & 63;
        } else if (n3 <= 65535) {
          if (r6 + 2 >= _3) break;
          t22[r6++] = 224 | n3 >> 12, t22[r6++] = 128 | n3 >> 6 & 63, t22[r6++] = 128 | n3 & 63;
        } else {
          if (r6 + 3 >= _3) break;
          t22[r6++] = 240 | n3 >> 18, t22[r6++] = 128 | n3 >> 12 & 63, t22[r6++] = 128 | n3 >> 6 & 63, t22[r6++] = 128 | n3 & 63;
        }
      }
      return t22[r6] = 0, r6 - o7;
    };
    function intArrayFromString(e2, t22, r6) {
      var a10 = r6 > 0 ? r6 : lengthBytesUTF8(e2) + 1, o7 = new Array(a10), _3 = stringToUTF8Array(e2, o7, 0, o7.length);
      return t22 && (o7.length = _3), o7;
    }
    var FS_stdin_getChar = () => {
      if (!FS_stdin_getChar_buffer.length) {
        var e2 = null;
        if (ENVIRONMENT_IS_NODE) {
          var t22 = 256, r6 = Buffer.alloc(t22), a10 = 0, o7 = process.stdin.fd;
          try {
            a10 = fs.readSync(o7, r6, 0, t22);
          } catch (_3) {
            if (_3.toString().includes("EOF")) a10 = 0;
            else throw _3;
          }
          a10 > 0 && (e2 = r6.slice(0, a10).toString("utf-8"));
        } else typeof window < "u" && typeof window.prompt == "function" && (e2 = window.prompt("Input: "), e2 !== null && (e2 += `
`));
        if (!e2) return null;
        FS_stdin_getChar_buffer = intArrayFromString(e2, true);
      }
      return FS_stdin_getChar_buffer.shift();
    }, TTY = { ttys: [], init() {
    }, shutdown() {
    }, register(e2, t22) {
      TTY.ttys[e2] = { input: [], output: [], ops: t22 }, FS.registerDevice(e2, TTY.stream_ops);
    }, stream_ops: { open(e2) {
      var t22 = TTY.ttys[e2.node.rdev];
      if (!t22) throw new FS.ErrnoError(43);
      e2.tty = t22, e2.seekable = false;
    }, close(e2) {
      e2.tty.ops.fsync(e2.tty);
    }, fsync(e2) {
      e2.tty.ops.fsync(e2.tty);
    }, read(e2, t22, r6, a10, o7) {
      if (!e2.tty || !e2.tty.ops.get_char) throw new FS.ErrnoError(60);
      for (var _3 = 0, s2 = 0; s2 < a10; s2++) {
        var n3;
        try {
          n3 = e2.tty.ops.get_char(e2.tty);
        } catch {
          throw new FS.ErrnoError(29);
        }
        if (n3 === void 0 && _3 === 0) throw new FS.ErrnoError(6);
        if (n3 == null) break;
        _3++, t22[r6 + s2] = n3;
      }
      return _3 && (e2.node.atime = Date.now()), _3;
    }, write(e2, t22, r6, a10, o7) {
      if (!e2.tty || !e2.tty.ops.put_char) throw new FS.ErrnoError(60);
      try {
        for (var _3 = 0; _3 < a10; _3++) e2.tty.ops.put_char(e2.tty, t22[r6 + _3]);
      } catch {
        throw new FS.ErrnoError(29);
      }
      return a10 && (e2.node.mtime = e2.node.ctime = Date.now()), _3;
    } }, default_tty_ops: { get_char(e2) {
      return FS_stdin_getChar();
    }, put_char(e2, t22) {
      t22 === null || t22 === 10 ? (out(UTF8ArrayToString(e2.output)), e2.output = []) : t22 != 0 && e2.output.push(t22);
    }, fsync(e2) {
      e2.output && e2.output.length > 0 && (out(UTF8ArrayToString(e2.output)), e2.output = []);
    }, ioctl_tcgets(e2) {
      return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    }, ioctl_tcsets(e2, t22, r6) {
      return 0;
    }, ioctl_tiocgwinsz(e2) {
      return [24, 80];
    } }, default_tty1_ops: { put_char(e2, t22) {
      t22 === null || t22 === 10 ? (err(UTF8ArrayToString(e2.output)), e2.output = []) : t22 != 0 && e2.output.push(t22);
    }, fsync(e2) {
      e2.output && e2.output.length > 0 && (err(UTF8ArrayToString(e2.output)), e2.output = []);
    } } }, zeroMemory = (e2, t22) => {
      HEAPU8.fill(0, e2, e2 + t22);
    }, mmapAlloc = (e2) => {
      e2 = alignMemory(e2, 65536);
      var t22 = _emscripten_builtin_memalign(65536, e2);
      return t22 && zeroMemory(t22, e2), t22;
    }, MEMFS = { ops_table: null, mount(e2) {
      return MEMFS.createNode(null, "/", 16895, 0);
    }, createNode(e2, t22, r6, a10) {
      if (FS.isBlkdev(r6) || FS.isFIFO(r6)) throw new FS.ErrnoError(63);
      MEMFS.ops_table || (MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, allocate: MEMFS.stream_ops.allocate, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } });
      var o7 = FS.createNode(e2, t22, r6, a10);
      return FS.isDir(o7.mode) ? (o7.node_ops = MEMFS.ops_table.dir.node, o7.stream_ops = MEMFS.ops_table.dir.stream, o7.contents = {}) : FS.isFile(o7.mode) ? (o7.node_ops = MEMFS.ops_table.file.node, o7.stream_ops = MEMFS.ops_table.file.stream, o7.usedBytes = 0, o7.contents = null) : FS.isLink(o7.mode) ? (o7.node_ops = MEMFS.ops_table.link.node, o7.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(o7.mode) && (o7.node_ops = MEMFS.ops_table.chrdev.node, o7.stream_ops = MEMFS.ops_table.chrdev.stream), o7.atime = o7.mtime = o7.ctime = Date.now(), e2 && (e2.contents[t22] = o7, e2.atime = e2.mtime = e2.ctime = o7.atime), o7;
    }, getFileDataAsTypedArray(e2) {
      return e2.contents ? e2.contents.subarray ? e2.contents.subarray(0, e2.usedBytes) : new Uint8Array(e2.contents) : new Uint8Array(0);
    }, expandFileStorage(e2, t22) {
      var r6 = e2.contents ? e2.contents.length : 0;
      if (!(r6 >= t22)) {
        var a10 = 1024 * 1024;
        t22 = Math.max(t22, r6 * (r6 < a10 ? 2 : 1.125) >>> 0), r6 != 0 && (t22 = Math.max(t22, 256));
        var o7 = e2.contents;
        e2.contents = new Uint8Array(t22), e2.usedBytes > 0 && e2.contents.set(o7.subarray(0, e2.usedBytes), 0);
      }
    }, resizeFileStorage(e2, t22) {
      if (e2.usedBytes != t22) if (t22 == 0) e2.contents = null, e2.usedBytes = 0;
      else {
        var r6 = e2.contents;
        e2.contents = new Uint8Array(t22), r6 && e2.contents.set(r6.subarray(0, Math.min(t22, e2.usedBytes))), e2.usedBytes = t22;
      }
    }, node_ops: { getattr(e2) {
      var t22 = {};
      return t22.dev = FS.isChrdev(e2.mode) ? e2.id : 1, t22.ino = e2.id, t22.mode = e2.mode, t22.nlink = 1, t22.uid = 0, t22.gid = 0, t22.rdev = e2.rdev, FS.isDir(e2.mode) ? t22.size = 4096 : FS.isFile(e2.mode) ? t22.size = e2.usedBytes : FS.isLink(e2.mode) ? t22.size = e2.link.length : t22.size = 0, t22.atime = new Date(e2.atime), t22.mtime = new Date(e2.mtime), t22.ctime = new Date(e2.ctime), t22.blksize = 4096, t22.blocks = Math.ceil(t22.size / t22.blksize), t22;
    }, setattr(e2, t22) {
      for (let r6 of ["mode", "atime", "mtime", "ctime"]) t22[r6] && (e2[r6] = t22[r6]);
      t22.size !== void 0 && MEMFS.resizeFileStorage(e2, t22.size);
    }, lookup(e2, t22) {
      throw MEMFS.doesNotExistError;
    }, mknod(e2, t22, r6, a10) {
      return MEMFS.createNode(e2, t22, r6, a10);
    }, rename(e2, t22, r6) {
      var a10;
      try {
        a10 = FS.lookupNode(t22, r6);
      } catch {
      }
      if (a10) {
        if (FS.isDir(e2.mode)) for (var o7 in a10.contents) throw new FS.ErrnoError(55);
        FS.hashRemoveNode(a10);
      }
      delete e2.parent.contents[e2.name], t22.contents[r6] = e2, e2.name = r6, t22.ctime = t22.mtime = e2.parent.ctime = e2.parent.mtime = Date.now();
    }, unlink(e2, t22) {
      delete e2.contents[t22], e2.ctime = e2.mtime = Date.now();
    }, rmdir(e2, t22) {
      var r6 = FS.lookupNode(e2, t22);
      for (var a10 in r6.contents) throw new FS.ErrnoError(55);
      delete e2.contents[t22], e2.ctime = e2.mtime = Date.now();
    }, readdir(e2) {
      return [".", "..", ...Object.keys(e2.contents)];
    }, symlink(e2, t22, r6) {
      var a10 = MEMFS.createNode(e2, t22, 41471, 0);
      return a10.link = r6, a10;
    }, readlink(e2) {
      if (!FS.isLink(e2.mode)) throw new FS.ErrnoError(28);
      return e2.link;
    } }, stream_ops: { read(e2, t22, r6, a10, o7) {
      var _3 = e2.node.contents;
      if (o7 >= e2.node.usedBytes) return 0;
      var s2 = Math.min(e2.node.usedBytes - o7, a10);
      if (s2 > 8 && _3.subarray) t22.set(_3.subarray(o7, o7 + s2), r6);
      else for (var n3 = 0; n3 < s2; n3++) t22[r6 + n3] = _3[o7 + n3];
      return s2;
    }, write(e2, t22, r6, a10, o7, _3) {
      if (t22.buffer === HEAP8.buffer && (_3 = false), !a10) return 0;
      var s2 = e2.node;
      if (s2.mtime = s2.ctime = Date.now(), t22.subarray && (!s2.contents || s2.contents.subarray)) {
        if (_3) return s2.contents = t22.subarray(r6, r6 + a10), s2.usedBytes = a10, a10;
        if (s2.usedBytes === 0 && o7 === 0) return s2.contents = t22.slice(r6, r6 + a10), s2.usedBytes = a10, a10;
        if (o7 + a10 <= s2.usedBytes) return s2.contents.set(t22.subarray(r6, r6 + a10), o7), a10;
      }
      if (MEMFS.expandFileStorage(s2, o7 + a10), s2.contents.subarray && t22.subarray) s2.contents.set(t22.subarray(r6, r6 + a10), o7);
      else for (var n3 = 0; n3 < a10; n3++) s2.contents[o7 + n3] = t22[r6 + n3];
      return s2.usedBytes = Math.max(s2.usedBytes, o7 + a10), a10;
    }, llseek(e2, t22, r6) {
      var a10 = t22;
      if (r6 === 1 ? a10 += e2.position : r6 === 2 && FS.isFile(e2.node.mode) && (a10 += e2.node.usedBytes), a10 < 0) throw new FS.ErrnoError(28);
      return a10;
    }, allocate(e2, t22, r6) {
      MEMFS.expandFileStorage(e2.node, t22 + r6), e2.node.usedBytes = Math.max(e2.node.usedBytes, t22 + r6);
    }, mmap(e2, t22, r6, a10, o7) {
      if (!FS.isFile(e2.node.mode)) throw new FS.ErrnoError(43);
      var _3, s2, n3 = e2.node.contents;
      if (!(o7 & 2) && n3 && n3.buffer === HEAP8.buffer) s2 = false, _3 = n3.byteOffset;
      else {
        if (s2 = true, _3 = mmapAlloc(t22), !_3) throw new FS.ErrnoError(48);
        n3 && ((r6 > 0 || r6 + t22 < n3.length) && (n3.subarray ? n3 = n3.subarray(r6, r6 + t22) : n3 = Array.prototype.slice.call(n3, r6, r6 + t22)), HEAP8.set(n3, _3));
      }
      return { ptr: _3, allocated: s2 };
    }, msync(e2, t22, r6, a10, o7) {
      return MEMFS.stream_ops.write(e2, t22, 0, a10, r6, false), 0;
    } } }, FS_createDataFile = (e2, t22, r6, a10, o7, _3) => {
      FS.createDataFile(e2, t22, r6, a10, o7, _3);
    }, FS_handledByPreloadPlugin = (e2, t22, r6, a10) => {
      typeof Browser < "u" && Browser.init();
      var o7 = false;
      return preloadPlugins.forEach((_3) => {
        o7 || _3.canHandle(t22) && (_3.handle(e2, t22, r6, a10), o7 = true);
      }), o7;
    }, FS_createPreloadedFile = (e2, t22, r6, a10, o7, _3, s2, n3, l, d) => {
      var p3 = t22 ? PATH_FS.resolve(PATH.join2(e2, t22)) : e2, m3 = `cp ${p3}`;
      function g3(u2) {
        function f2(c3) {
          d?.(), n3 || FS_createDataFile(e2, t22, c3, a10, o7, l), _3?.(), removeRunDependency(m3);
        }
        FS_handledByPreloadPlugin(u2, p3, f2, () => {
          s2?.(), removeRunDependency(m3);
        }) || f2(u2);
      }
      addRunDependency(m3), typeof r6 == "string" ? asyncLoad(r6).then(g3, s2) : g3(r6);
    }, FS_modeStringToFlags = (e2) => {
      var t22 = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }, r6 = t22[e2];
      if (typeof r6 > "u") throw new Error(`Unknown file open mode: ${e2}`);
      return r6;
    }, FS_getMode = (e2, t22) => {
      var r6 = 0;
      return e2 && (r6 |= 365), t22 && (r6 |= 146), r6;
    }, IDBFS = { dbs: {}, indexedDB: () => {
      if (typeof indexedDB < "u") return indexedDB;
      var e2 = null;
      return typeof window == "object" && (e2 = window.indexedDB || window.mozIndexedDB || window.webkitIndexedDB || window.msIndexedDB), e2;
    }, DB_VERSION: 21, DB_STORE_NAME: "FILE_DATA", queuePersist: (e2) => {
      function t22() {
        e2.idbPersistState === "again" ? r6() : e2.idbPersistState = 0;
      }
      function r6() {
        e2.idbPersistState = "idb", IDBFS.syncfs(e2, false, t22);
      }
      e2.idbPersistState ? e2.idbPersistState === "idb" && (e2.idbPersistState = "again") : e2.idbPersistState = setTimeout(r6, 0);
    }, mount: (e2) => {
      var t22 = MEMFS.mount(e2);
      if (e2?.opts?.autoPersist) {
        t22.idbPersistState = 0;
        var r6 = t22.node_ops;
        t22.node_ops = Object.assign({}, t22.node_ops), t22.node_ops.mknod = (a10, o7, _3, s2) => {
          var n3 = r6.mknod(a10, o7, _3, s2);
          return n3.node_ops = t22.node_ops, n3.idbfs_mount = t22.mount, n3.memfs_stream_ops = n3.stream_ops, n3.stream_ops = Object.assign({}, n3.stream_ops), n3.stream_ops.write = (l, d, p3, m3, g3, u2) => (l.node.isModified = true, n3.memfs_stream_ops.write(l, d, p3, m3, g3, u2)), n3.stream_ops.close = (l) => {
            var d = l.node;
            if (d.isModified && (IDBFS.queuePersist(d.idbfs_mount), d.isModified = false), d.memfs_stream_ops.close) return d.memfs_stream_ops.close(l);
          }, n3;
        }, t22.node_ops.mkdir = (...a10) => (IDBFS.queuePersist(t22.mount), r6.mkdir(...a10)), t22.node_ops.rmdir = (...a10) => (IDBFS.queuePersist(t22.mount), r6.rmdir(...a10)), t22.node_ops.symlink = (...a10) => (IDBFS.queuePersist(t22.mount), r6.symlink(...a10)), t22.node_ops.unlink = (...a10) => (IDBFS.queuePersist(t22.mount), r6.unlink(...a10)), t22.node_ops.rename = (...a10) => (IDBFS.queuePersist(t22.mount), r6.rename(...a10));
      }
      return t22;
    }, syncfs: (e2, t22, r6) => {
      IDBFS.getLocalSet(e2, (a10, o7) => {
        if (a10) return r6(a10);
        IDBFS.getRemoteSet(e2, (_3, s2) => {
          if (_3) return r6(_3);
          var n3 = t22 ? s2 : o7, l = t22 ? o7 : s2;
          IDBFS.reconcile(n3, l, r6);
        });
      });
    }, quit: () => {
      Object.values(IDBFS.dbs).forEach((e2) => e2.close()), IDBFS.dbs = {};
    }, getDB: (e2, t22) => {
      var r6 = IDBFS.dbs[e2];
      if (r6) return t22(null, r6);
      var a10;
      try {
        a10 = IDBFS.indexedDB().open(e2, IDBFS.DB_VERSION);
      } catch (o7) {
        return t22(o7);
      }
      if (!a10) return t22("Unable to connect to IndexedDB");
      a10.onupgradeneeded = (o7) => {
        var _3 = o7.target.result, s2 = o7.target.transaction, n3;
        _3.objectStoreNames.contains(IDBFS.DB_STORE_NAME) ? n3 = s2.objectStore(IDBFS.DB_STORE_NAME) : n3 = _3.createObjectStore(IDBFS.DB_STORE_NAME), n3.indexNames.contains("timestamp") || n3.createIndex("timestamp", "timestamp", { unique: false });
      }, a10.onsuccess = () => {
        r6 = a10.result, IDBFS.dbs[e2] = r6, t22(null, r6);
      }, a10.onerror = (o7) => {
        t22(o7.target.error), o7.preventDefault();
      };
    }, getLocalSet: (e2, t22) => {
      var r6 = {};
      function a10(l) {
        return l !== "." && l !== "..";
      }
      function o7(l) {
        return (d) => PATH.join2(l, d);
      }
      for (var _3 = FS.readdir(e2.mountpoint).filter(a10).map(o7(e2.mountpoint)); _3.length; ) {
        var s2 = _3.pop(), n3;
        try {
          n3 = FS.stat(s2);
        } catch (l) {
          return t22(l);
        }
        FS.isDir(n3.mode) && _3.push(...FS.readdir(s2).filter(a10).map(o7(s2))), r6[s2] = { timestamp: n3.mtime };
      }
      return t22(null, { type: "local", entries: r6 });
    }, getRemoteSet: (e2, t22) => {
      var r6 = {};
      IDBFS.getDB(e2.mountpoint, (a10, o7) => {
        if (a10) return t22(a10);
        try {
          var _3 = o7.transaction([IDBFS.DB_STORE_NAME], "readonly");
          _3.onerror = (l) => {
            t22(l.target.error), l.preventDefault();
          };
          var s2 = _3.objectStore(IDBFS.DB_STORE_NAME), n3 = s2.index("timestamp");
          n3.openKeyCursor().onsuccess = (l) => {
            var d = l.target.result;
            if (!d) return t22(null, { type: "remote", db: o7, entries: r6 });
            r6[d.primaryKey] = { timestamp: d.key }, d.continue();
          };
        } catch (l) {
          return t22(l);
        }
      });
    }, loadLocalEntry: (e2, t22) => {
      var r6, a10;
      try {
        var o7 = FS.lookupPath(e2);
        a10 = o7.node, r6 = FS.stat(e2);
      } catch (_3) {
        return t22(_3);
      }
      return FS.isDir(r6.mode) ? t22(null, { timestamp: r6.mtime, mode: r6.mode }) : FS.isFile(r6.mode) ? (a10.contents = MEMFS.getFileDataAsTypedArray(a10), t22(null, { timestamp: r6.mtime, mode: r6.mode, contents: a10.contents })) : t22(new Error("node type not supported"));
    }, storeLocalEntry: (e2, t22, r6) => {
      try {
        if (FS.isDir(t22.mode)) FS.mkdirTree(e2, t22.mode);
        else if (FS.isFile(t22.mode)) FS.writeFile(e2, t22.contents, { canOwn: true });
        else return r6(new Error("node type not supported"));
        FS.chmod(e2, t22.mode), FS.utime(e2, t22.timestamp, t22.timestamp);
      } catch (a10) {
        return r6(a10);
      }
      r6(null);
    }, removeLocalEntry: (e2, t22) => {
      try {
        var r6 = FS.stat(e2);
        FS.isDir(r6.mode) ? FS.rmdir(e2) : FS.isFile(r6.mode) && FS.unlink(e2);
      } catch (a10) {
        return t22(a10);
      }
      t22(null);
    }, loadRemoteEntry: (e2, t22, r6) => {
      var a10 = e2.get(t22);
      a10.onsuccess = (o7) => r6(null, o7.target.result), a10.onerror = (o7) => {
        r6(o7.target.error), o7.preventDefault();
      };
    }, storeRemoteEntry: (e2, t22, r6, a10) => {
      try {
        var o7 = e2.put(r6, t22);
      } catch (_3) {
        a10(_3);
        return;
      }
      o7.onsuccess = (_3) => a10(), o7.onerror = (_3) => {
        a10(_3.target.error), _3.preventDefault();
      };
    }, removeRemoteEntry: (e2, t22, r6) => {
      var a10 = e2.delete(t22);
      a10.onsuccess = (o7) => r6(), a10.onerror = (o7) => {
        r6(o7.target.error), o7.preventDefault();
      };
    }, reconcile: (e2, t22, r6) => {
      var a10 = 0, o7 = [];
      Object.keys(e2.entries).forEach((m3) => {
        var g3 = e2.entries[m3], u2 = t22.entries[m3];
        (!u2 || g3.timestamp.getTime() != u2.timestamp.getTime()) && (o7.push(m3), a10++);
      });
      var _3 = [];
      if (Object.keys(t22.entries).forEach((m3) => {
        e2.entries[m3] || (_3.push(m3), a10++);
      }), !a10) return r6(null);
      var s2 = false, n3 = e2.type === "remote" ? e2.db : t22.db, l = n3.transaction([IDBFS.DB_STORE_NAME], "readwrite"), d = l.objectStore(IDBFS.DB_STORE_NAME);
      function p3(m3) {
        if (m3 && !s2) return s2 = true, r6(m3);
      }
      l.onerror = l.onabort = (m3) => {
        p3(m3.target.error), m3.preventDefault();
      }, l.oncomplete = (m3) => {
        s2 || r6(null);
      }, o7.sort().forEach((m3) => {
        t22.type === "local" ? IDBFS.loadRemoteEntry(d, m3, (g3, u2) => {
          if (g3) return p3(g3);
          IDBFS.storeLocalEntry(m3, u2, p3);
        }) : IDBFS.loadLocalEntry(m3, (g3, u2) => {
          if (g3) return p3(g3);
          IDBFS.storeRemoteEntry(d, m3, u2, p3);
        });
      }), _3.sort().reverse().forEach((m3) => {
        t22.type === "local" ? IDBFS.removeLocalEntry(m3, p3) : IDBFS.removeRemoteEntry(d, m3, p3);
      });
    } }, ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 }, NODEFS = { isWindows: false, staticInit() {
      NODEFS.isWindows = !!process.platform.match(/^win/);
      var e2 = process.binding("constants");
      e2.fs && (e2 = e2.fs), NODEFS.flagsForNodeMap = { 1024: e2.O_APPEND, 64: e2.O_CREAT, 128: e2.O_EXCL, 256: e2.O_NOCTTY, 0: e2.O_RDONLY, 2: e2.O_RDWR, 4096: e2.O_SYNC, 512: e2.O_TRUNC, 1: e2.O_WRONLY, 131072: e2.O_NOFOLLOW };
    }, convertNodeCode(e2) {
      var t22 = e2.code;
      return ERRNO_CODES[t22];
    }, tryFSOperation(e2) {
      try {
        return e2();
      } catch (t22) {
        throw t22.code ? t22.code === "UNKNOWN" ? new FS.ErrnoError(28) : new FS.ErrnoError(NODEFS.convertNodeCode(t22)) : t22;
      }
    }, mount(e2) {
      return NODEFS.createNode(null, "/", NODEFS.getMode(e2.opts.root), 0);
    }, createNode(e2, t22, r6, a10) {
      if (!FS.isDir(r6) && !FS.isFile(r6) && !FS.isLink(r6)) throw new FS.ErrnoError(28);
      var o7 = FS.createNode(e2, t22, r6);
      return o7.node_ops = NODEFS.node_ops, o7.stream_ops = NODEFS.stream_ops, o7;
    }, getMode(e2) {
      return NODEFS.tryFSOperation(() => {
        var t22 = fs.lstatSync(e2).mode;
        return NODEFS.isWindows && (t22 |= (t22 & 292) >> 2), t22;
      });
    }, realPath(e2) {
      for (var t22 = []; e2.parent !== e2; ) t22.push(e2.name), e2 = e2.parent;
      return t22.push(e2.mount.opts.root), t22.reverse(), PATH.join(...t22);
    }, flagsForNode(e2) {
      e2 &= -2097153, e2 &= -2049, e2 &= -32769, e2 &= -524289, e2 &= -65537;
      var t22 = 0;
      for (var r6 in NODEFS.flagsForNodeMap) e2 & r6 && (t22 |= NODEFS.flagsForNodeMap[r6], e2 ^= r6);
      if (e2) throw new FS.ErrnoError(28);
      return t22;
    }, node_ops: { getattr(e2) {
      var t22 = NODEFS.realPath(e2), r6;
      return NODEFS.tryFSOperation(() => r6 = fs.lstatSync(t22)), NODEFS.isWindows && (r6.blksize || (r6.blksize = 4096), r6.blocks || (r6.blocks = (r6.size + r6.blksize - 1) / r6.blksize | 0), r6.mode |= (r6.mode & 292) >> 2), { dev: r6.dev, ino: r6.ino, mode: r6.mode, nlink: r6.nlink, uid: r6.uid, gid: r6.gid, rdev: r6.rdev, size: r6.size, atime: r6.atime, mtime: r6.mtime, ctime: r6.ctime, blksize: r6.blksize, blocks: r6.blocks };
    }, setattr(e2, t22) {
      var r6 = NODEFS.realPath(e2);
      NODEFS.tryFSOperation(() => {
        if (t22.mode !== void 0) {
          var a10 = t22.mode;
          NODEFS.isWindows && (a10 &= 384), fs.chmodSync(r6, a10), e2.mode = t22.mode;
        }
        if (t22.atime || t22.mtime) {
          var o7 = t22.atime && new Date(t22.atime), _3 = t22.mtime && new Date(t22.mtime);
          fs.utimesSync(r6, o7, _3);
        }
        t22.size !== void 0 && fs.truncateSync(r6, t22.size);
      });
    }, lookup(e2, t22) {
      var r6 = PATH.join2(NODEFS.realPath(e2), t22), a10 = NODEFS.getMode(r6);
      return NODEFS.createNode(e2, t22, a10);
    }, mknod(e2, t22, r6, a10) {
      var o7 = NODEFS.createNode(e2, t22, r6, a10), _3 = NODEFS.realPath(o7);
      return NODEFS.tryFSOperation(() => {
        FS.isDir(o7.mode) ? fs.mkdirSync(_3, o7.mode) : fs.writeFileSync(_3, "", { mode: o7.mode });
      }), o7;
    }, rename(e2, t22, r6) {
      var a10 = NODEFS.realPath(e2), o7 = PATH.join2(NODEFS.realPath(t22), r6);
      try {
        FS.unlink(o7);
      } catch {
      }
      NODEFS.tryFSOperation(() => fs.renameSync(a10, o7)), e2.name = r6;
    }, unlink(e2, t22) {
      var r6 = PATH.join2(NODEFS.realPath(e2), t22);
      NODEFS.tryFSOperation(() => fs.unlinkSync(r6));
    }, rmdir(e2, t22) {
      var r6 = PATH.join2(NODEFS.realPath(e2), t22);
      NODEFS.tryFSOperation(() => fs.rmdirSync(r6));
    }, readdir(e2) {
      var t22 = NODEFS.realPath(e2);
      return NODEFS.tryFSOperation(() => fs.readdirSync(t22));
    }, symlink(e2, t22, r6) {
      var a10 = PATH.join2(NODEFS.realPath(e2), t22);
      NODEFS.tryFSOperation(() => fs.symlinkSync(r6, a10));
    }, readlink(e2) {
      var t22 = NODEFS.realPath(e2);
      return NODEFS.tryFSOperation(() => fs.readlinkSync(t22));
    }, statfs(e2) {
      var t22 = NODEFS.tryFSOperation(() => fs.statfsSync(e2));
      return t22.frsize = t22.bsize, t22;
    } }, stream_ops: { open(e2) {
      var t22 = NODEFS.realPath(e2.node);
      NODEFS.tryFSOperation(() => {
        FS.isFile(e2.node.mode) && (e2.shared.refcount = 1, e2.nfd = fs.openSync(t22, NODEFS.flagsForNode(e2.flags)));
      });
    }, close(e2) {
      NODEFS.tryFSOperation(() => {
        FS.isFile(e2.node.mode) && e2.nfd && --e2.shared.refcount === 0 && fs.closeSync(e2.nfd);
      });
    }, dup(e2) {
      e2.shared.refcount++;
    }, read(e2, t22, r6, a10, o7) {
      return a10 === 0 ? 0 : NODEFS.tryFSOperation(() => fs.readSync(e2.nfd, new Int8Array(t22.buffer, r6, a10), 0, a10, o7));
    }, write(e2, t22, r6, a10, o7) {
      return NODEFS.tryFSOperation(() => fs.writeSync(e2.nfd, new Int8Array(t22.buffer, r6, a10), 0, a10, o7));
    }, llseek(e2, t22, r6) {
      var a10 = t22;
      if (r6 === 1 ? a10 += e2.position : r6 === 2 && FS.isFile(e2.node.mode) && NODEFS.tryFSOperation(() => {
        var o7 = fs.fstatSync(e2.nfd);
        a10 += o7.size;
      }), a10 < 0) throw new FS.ErrnoError(28);
      return a10;
    }, mmap(e2, t22, r6, a10, o7) {
      if (!FS.isFile(e2.node.mode)) throw new FS.ErrnoError(43);
      var _3 = mmapAlloc(t22);
      return NODEFS.stream_ops.read(e2, HEAP8, _3, t22, r6), { ptr: _3, allocated: true };
    }, msync(e2, t22, r6, a10, o7) {
      return NODEFS.stream_ops.write(e2, t22, 0, a10, r6, false), 0;
    } } }, PROXYFS = { mount(e2) {
      return PROXYFS.createNode(null, "/", e2.opts.fs.lstat(e2.opts.root).mode, 0);
    }, createNode(e2, t22, r6, a10) {
      if (!FS.isDir(r6) && !FS.isFile(r6) && !FS.isLink(r6)) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
      var o7 = FS.createNode(e2, t22, r6);
      return o7.node_ops = PROXYFS.node_ops, o7.stream_ops = PROXYFS.stream_ops, o7;
    }, realPath(e2) {
      for (var t22 = []; e2.parent !== e2; ) t22.push(e2.name), e2 = e2.parent;
      return t22.push(e2.mount.opts.root), t22.reverse(), PATH.join(...t22);
    }, node_ops: { getattr(e2) {
      var t22 = PROXYFS.realPath(e2), r6;
      try {
        r6 = e2.mount.opts.fs.lstat(t22);
      } catch (a10) {
        throw a10.code ? new FS.ErrnoError(ERRNO_CODES[a10.code]) : a10;
      }
      return { dev: r6.dev, ino: r6.ino, mode: r6.mode, nlink: r6.nlink, uid: r6.uid, gid: r6.gid, rdev: r6.rdev, size: r6.size, atime: r6.atime, mtime: r6.mtime, ctime: r6.ctime, blksize: r6.blksize, blocks: r6.blocks };
    }, setattr(e2, t22) {
      var r6 = PROXYFS.realPath(e2);
      try {
        if (t22.mode !== void 0 && (e2.mount.opts.fs.chmod(r6, t22.mode), e2.mode = t22.mode), t22.atime || t22.mtime) {
          var a10 = new Date(t22.atime || t22.mtime), o7 = new Date(t22.mtime || t22.atime);
          e2.mount.opts.fs.utime(r6, a10, o7);
        }
        t22.size !== void 0 && e2.mount.opts.fs.truncate(r6, t22.size);
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, lookup(e2, t22) {
      try {
        var r6 = PATH.join2(PROXYFS.realPath(e2), t22), a10 = e2.mount.opts.fs.lstat(r6).mode, o7 = PROXYFS.createNode(e2, t22, a10);
        return o7;
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, mknod(e2, t22, r6, a10) {
      var o7 = PROXYFS.createNode(e2, t22, r6, a10), _3 = PROXYFS.realPath(o7);
      try {
        FS.isDir(o7.mode) ? o7.mount.opts.fs.mkdir(_3, o7.mode) : o7.mount.opts.fs.writeFile(_3, "", { mode: o7.mode });
      } catch (s2) {
        throw s2.code ? new FS.ErrnoError(ERRNO_CODES[s2.code]) : s2;
      }
      return o7;
    }, rename(e2, t22, r6) {
      var a10 = PROXYFS.realPath(e2), o7 = PATH.join2(PROXYFS.realPath(t22), r6);
      try {
        e2.mount.opts.fs.rename(a10, o7), e2.name = r6;
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, unlink(e2, t22) {
      var r6 = PATH.join2(PROXYFS.realPath(e2), t22);
      try {
        e2.mount.opts.fs.unlink(r6);
      } catch (a10) {
        throw a10.code ? new FS.ErrnoError(ERRNO_CODES[a10.code]) : a10;
      }
    }, rmdir(e2, t22) {
      var r6 = PATH.join2(PROXYFS.realPath(e2), t22);
      try {
        e2.mount.opts.fs.rmdir(r6);
      } catch (a10) {
        throw a10.code ? new FS.ErrnoError(ERRNO_CODES[a10.code]) : a10;
      }
    }, readdir(e2) {
      var t22 = PROXYFS.realPath(e2);
      try {
        return e2.mount.opts.fs.readdir(t22);
      } catch (r6) {
        throw r6.code ? new FS.ErrnoError(ERRNO_CODES[r6.code]) : r6;
      }
    }, symlink(e2, t22, r6) {
      var a10 = PATH.join2(PROXYFS.realPath(e2), t22);
      try {
        e2.mount.opts.fs.symlink(r6, a10);
      } catch (o7) {
        throw o7.code ? new FS.ErrnoError(ERRNO_CODES[o7.code]) : o7;
      }
    }, readlink(e2) {
      var t22 = PROXYFS.realPath(e2);
      try {
        return e2.mount.opts.fs.readlink(t22);
      } catch (r6) {
        throw r6.code ? new FS.ErrnoError(ERRNO_CODES[r6.code]) : r6;
      }
    } }, stream_ops: { open(e2) {
      var t22 = PROXYFS.realPath(e2.node);
      try {
        e2.nfd = e2.node.mount.opts.fs.open(t22, e2.flags);
      } catch (r6) {
        throw r6.code ? new FS.ErrnoError(ERRNO_CODES[r6.code]) : r6;
      }
    }, close(e2) {
      try {
        e2.node.mount.opts.fs.close(e2.nfd);
      } catch (t22) {
        throw t22.code ? new FS.ErrnoError(ERRNO_CODES[t22.code]) : t22;
      }
    }, read(e2, t22, r6, a10, o7) {
      try {
        return e2.node.mount.opts.fs.read(e2.nfd, t22, r6, a10, o7);
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, write(e2, t22, r6, a10, o7) {
      try {
        return e2.node.mount.opts.fs.write(e2.nfd, t22, r6, a10, o7);
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, llseek(e2, t22, r6) {
      var a10 = t22;
      if (r6 === 1) a10 += e2.position;
      else if (r6 === 2 && FS.isFile(e2.node.mode)) try {
        var o7 = e2.node.node_ops.getattr(e2.node);
        a10 += o7.size;
      } catch (_3) {
        throw new FS.ErrnoError(ERRNO_CODES[_3.code]);
      }
      if (a10 < 0) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
      return a10;
    } } }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, ErrnoError: class {
      constructor(e2) {
        P(this, "name", "ErrnoError");
        this.errno = e2;
      }
    }, filesystems: null, syncFSRequests: 0, readFiles: {}, FSStream: class {
      constructor() {
        P(this, "shared", {});
      }
      get object() {
        return this.node;
      }
      set object(e2) {
        this.node = e2;
      }
      get isRead() {
        return (this.flags & 2097155) !== 1;
      }
      get isWrite() {
        return (this.flags & 2097155) !== 0;
      }
      get isAppend() {
        return this.flags & 1024;
      }
      get flags() {
        return this.shared.flags;
      }
      set flags(e2) {
        this.shared.flags = e2;
      }
      get position() {
        return this.shared.position;
      }
      set position(e2) {
        this.shared.position = e2;
      }
    }, FSNode: class {
      constructor(e2, t22, r6, a10) {
        P(this, "node_ops", {});
        P(this, "stream_ops", {});
        P(this, "readMode", 365);
        P(this, "writeMode", 146);
        P(this, "mounted", null);
        e2 || (e2 = this), this.parent = e2, this.mount = e2.mount, this.id = FS.nextInode++, this.name = t22, this.mode = r6, this.rdev = a10, this.atime = this.mtime = this.ctime = Date.now();
      }
      get read() {
        return (this.mode & this.readMode) === this.readMode;
      }
      set read(e2) {
        e2 ? this.mode |= this.readMode : this.mode &= ~this.readMode;
      }
      get write() {
        return (this.mode & this.writeMode) === this.writeMode;
      }
      set write(e2) {
        e2 ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
      }
      get isFolder() {
        return FS.isDir(this.mode);
      }
      get isDevice() {
        return FS.isChrdev(this.mode);
      }
    }, lookupPath(e2, t22 = {}) {
      if (!e2) return { path: "", node: null };
      t22.follow_mount ?? (t22.follow_mount = true), PATH.isAbs(e2) || (e2 = FS.cwd() + "/" + e2);
      e: for (var r6 = 0; r6 < 40; r6++) {
        for (var a10 = e2.split("/").filter((d) => !!d && d !== "."), o7 = FS.root, _3 = "/", s2 = 0; s2 < a10.length; s2++) {
          var n3 = s2 === a10.length - 1;
          if (n3 && t22.parent) break;
          if (a10[s2] === "..") {
            _3 = PATH.dirname(_3), o7 = o7.parent;
            continue;
          }
          _3 = PATH.join2(_3, a10[s2]);
          try {
            o7 = FS.lookupNode(o7, a10[s2]);
          } catch (d) {
            if (d?.errno === 44 && n3 && t22.noent_okay) return { path: _3 };
            throw d;
          }
          if (FS.isMountpoint(o7) && (!n3 || t22.follow_mount) && (o7 = o7.mounted.root), FS.isLink(o7.mode) && (!n3 || t22.follow)) {
            if (!o7.node_ops.readlink) throw new FS.ErrnoError(52);
            var l = o7.node_ops.readlink(o7);
            PATH.isAbs(l) || (l = PATH.dirname(_3) + "/" + l), e2 = l + "/" + a10.slice(s2 + 1).join("/");
            continue e;
          }
        }
        return { path: _3, node: o7 };
      }
      throw new FS.ErrnoError(32);
    }, getPath(e2) {
      for (var t22; ; ) {
        if (FS.isRoot(e2)) {
          var r6 = e2.mount.mountpoint;
          return t22 ? r6[r6.length - 1] !== "/" ? `${r6}/${t22}` : r6 + t22 : r6;
        }
        t22 = t22 ? `${e2.name}/${t22}` : e2.name, e2 = e2.parent;
      }
    }, hashName(e2, t22) {
      for (var r6 = 0, a10 = 0; a10 < t22.length; a10++) r6 = (r6 << 5) - r6 + t22.charCodeAt(a10) | 0;
      return (e2 + r6 >>> 0) % FS.nameTable.length;
    }, hashAddNode(e2) {
      var t22 = FS.hashName(e2.parent.id, e2.name);
      e2.name_next = FS.nameTable[t22], FS.nameTable[t22] = e2;
    }, hashRemoveNode(e2) {
      var t22 = FS.hashName(e2.parent.id, e2.name);
      if (FS.nameTable[t22] === e2) FS.nameTable[t22] = e2.name_next;
      else for (var r6 = FS.nameTable[t22]; r6; ) {
        if (r6.name_next === e2) {
          r6.name_next = e2.name_next;
          break;
        }
        r6 = r6.name_next;
      }
    }, lookupNode(e2, t22) {
      var r6 = FS.mayLookup(e2);
      if (r6) throw new FS.ErrnoError(r6);
      for (var a10 = FS.hashName(e2.id, t22), o7 = FS.nameTable[a10]; o7; o7 = o7.name_next) {
        var _3 = o7.name;
        if (o7.parent.id === e2.id && _3 === t22) return o7;
      }
      return FS.lookup(e2, t22);
    }, createNode(e2, t22, r6, a10) {
      var o7 = new FS.FSNode(e2, t22, r6, a10);
      return FS.hashAddNode(o7), o7;
    }, destroyNode(e2) {
      FS.hashRemoveNode(e2);
    }, isRoot(e2) {
      return e2 === e2.parent;
    }, isMountpoint(e2) {
      return !!e2.mounted;
    }, isFile(e2) {
      return (e2 & 61440) === 32768;
    }, isDir(e2) {
      return (e2 & 61440) === 16384;
    }, isLink(e2) {
      return (e2 & 61440) === 40960;
    }, isChrdev(e2) {
      return (e2 & 61440) === 8192;
    }, isBlkdev(e2) {
      return (e2 & 61440) === 24576;
    }, isFIFO(e2) {
      return (e2 & 61440) === 4096;
    }, isSocket(e2) {
      return (e2 & 49152) === 49152;
    }, flagsToPermissionString(e2) {
      var t22 = ["r", "w", "rw"][e2 & 3];
      return e2 & 512 && (t22 += "w"), t22;
    }, nodePermissions(e2, t22) {
      return FS.ignorePermissions ? 0 : t22.includes("r") && !(e2.mode & 292) || t22.includes("w") && !(e2.mode & 146) || t22.includes("x") && !(e2.mode & 73) ? 2 : 0;
    }, mayLookup(e2) {
      if (!FS.isDir(e2.mode)) return 54;
      var t22 = FS.nodePermissions(e2, "x");
      return t22 || (e2.node_ops.lookup ? 0 : 2);
    }, mayCreate(e2, t22) {
      if (!FS.isDir(e2.mode)) return 54;
      try {
        var r6 = FS.lookupNode(e2, t22);
        return 20;
      } catch {
      }
      return FS.nodePermissions(e2, "wx");
    }, mayDelete(e2, t22, r6) {
      var a10;
      try {
        a10 = FS.lookupNode(e2, t22);
      } catch (_3) {
        return _3.errno;
      }
      var o7 = FS.nodePermissions(e2, "wx");
      if (o7) return o7;
      if (r6) {
        if (!FS.isDir(a10.mode)) return 54;
        if (FS.isRoot(a10) || FS.getPath(a10) === FS.cwd()) return 10;
      } else if (FS.isDir(a10.mode)) return 31;
      return 0;
    }, mayOpen(e2, t22) {
      return e2 ? FS.isLink(e2.mode) ? 32 : FS.isDir(e2.mode) && (FS.flagsToPermissionString(t22) !== "r" || t22 & 512) ? 31 : FS.nodePermissions(e2, FS.flagsToPermissionString(t22)) : 44;
    }, MAX_OPEN_FDS: 4096, nextfd() {
      for (var e2 = 0; e2 <= FS.MAX_OPEN_FDS; e2++) if (!FS.streams[e2]) return e2;
      throw new FS.ErrnoError(33);
    }, getStreamChecked(e2) {
      var t22 = FS.getStream(e2);
      if (!t22) throw new FS.ErrnoError(8);
      return t22;
    }, getStream: (e2) => FS.streams[e2], createStream(e2, t22 = -1) {
      return e2 = Object.assign(new FS.FSStream(), e2), t22 == -1 && (t22 = FS.nextfd()), e2.fd = t22, FS.streams[t22] = e2, e2;
    }, closeStream(e2) {
      FS.streams[e2] = null;
    }, dupStream(e2, t22 = -1) {
      var r6 = FS.createStream(e2, t22);
      return r6.stream_ops?.dup?.(r6), r6;
    }, chrdev_stream_ops: { open(e2) {
      var t22 = FS.getDevice(e2.node.rdev);
      e2.stream_ops = t22.stream_ops, e2.stream_ops.open?.(e2);
    }, llseek() {
      throw new FS.ErrnoError(70);
    } }, major: (e2) => e2 >> 8, minor: (e2) => e2 & 255, makedev: (e2, t22) => e2 << 8 | t22, registerDevice(e2, t22) {
      FS.devices[e2] = { stream_ops: t22 };
    }, getDevice: (e2) => FS.devices[e2], getMounts(e2) {
      for (var t22 = [], r6 = [e2]; r6.length; ) {
        var a10 = r6.pop();
        t22.push(a10), r6.push(...a10.mounts);
      }
      return t22;
    }, syncfs(e2, t22) {
      typeof e2 == "function" && (t22 = e2, e2 = false), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
      var r6 = FS.getMounts(FS.root.mount), a10 = 0;
      function o7(s2) {
        return FS.syncFSRequests--, t22(s2);
      }
      function _3(s2) {
        if (s2) return _3.errored ? void 0 : (_3.errored = true, o7(s2));
        ++a10 >= r6.length && o7(null);
      }
      r6.forEach((s2) => {
        if (!s2.type.syncfs) return _3(null);
        s2.type.syncfs(s2, e2, _3);
      });
    }, mount(e2, t22, r6) {
      var a10 = r6 === "/", o7 = !r6, _3;
      if (a10 && FS.root) throw new FS.ErrnoError(10);
      if (!a10 && !o7) {
        var s2 = FS.lookupPath(r6, { follow_mount: false });
        if (r6 = s2.path, _3 = s2.node, FS.isMountpoint(_3)) throw new FS.ErrnoError(10);
        if (!FS.isDir(_3.mode)) throw new FS.ErrnoError(54);
      }
      var n3 = { type: e2, opts: t22, mountpoint: r6, mounts: [] }, l = e2.mount(n3);
      return l.mount = n3, n3.root = l, a10 ? FS.root = l : _3 && (_3.mounted = n3, _3.mount && _3.mount.mounts.push(n3)), l;
    }, unmount(e2) {
      var t22 = FS.lookupPath(e2, { follow_mount: false });
      if (!FS.isMountpoint(t22.node)) throw new FS.ErrnoError(28);
      var r6 = t22.node, a10 = r6.mounted, o7 = FS.getMounts(a10);
      Object.keys(FS.nameTable).forEach((s2) => {
        for (var n3 = FS.nameTable[s2]; n3; ) {
          var l = n3.name_next;
          o7.includes(n3.mount) && FS.destroyNode(n3), n3 = l;
        }
      }), r6.mounted = null;
      var _3 = r6.mount.mounts.indexOf(a10);
      r6.mount.mounts.splice(_3, 1);
    }, lookup(e2, t22) {
      return e2.node_ops.lookup(e2, t22);
    }, mknod(e2, t22, r6) {
      var a10 = FS.lookupPath(e2, { parent: true }), o7 = a10.node, _3 = PATH.basename(e2);
      if (!_3 || _3 === "." || _3 === "..") throw new FS.ErrnoError(28);
      var s2 = FS.mayCreate(o7, _3);
      if (s2) throw new FS.ErrnoError(s2);
      if (!o7.node_ops.mknod) throw new FS.ErrnoError(63);
      return o7.node_ops.mknod(o7, _3, t22, r6);
    }, statfs(e2) {
      var t22 = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 }, r6 = FS.lookupPath(e2, { follow: true }).node;
      return r6?.node_ops.statfs && Object.assign(t22, r6.node_ops.statfs(r6.mount.opts.root)), t22;
    }, create(e2, t22 = 438) {
      return t22 &= 4095, t22 |= 32768, FS.mknod(e2, t22, 0);
    }, mkdir(e2, t22 = 511) {
      return t22 &= 1023, t22 |= 16384, FS.mknod(e2, t22, 0);
    }, mkdirTree(e2, t22) {
      for (var r6 = e2.split("/"), a10 = "", o7 = 0; o7 < r6.length; ++o7) if (r6[o7]) {
        a10 += "/" + r6[o7];
        try {
          FS.mkdir(a10, t22);
        } catch (_3) {
          if (_3.errno != 20) throw _3;
        }
      }
    }, mkdev(e2, t22, r6) {
      return typeof r6 > "u" && (r6 = t22, t22 = 438), t22 |= 8192, FS.mknod(e2, t22, r6);
    }, symlink(e2, t22) {
      if (!PATH_FS.resolve(e2)) throw new FS.ErrnoError(44);
      var r6 = FS.lookupPath(t22, { parent: true }), a10 = r6.node;
      if (!a10) throw new FS.ErrnoError(44);
      var o7 = PATH.basename(t22), _3 = FS.mayCreate(a10, o7);
      if (_3) throw new FS.ErrnoError(_3);
      if (!a10.node_ops.symlink) throw new FS.ErrnoError(63);
      return a10.node_ops.symlink(a10, o7, e2);
    }, rename(e2, t22) {
      var r6 = PATH.dirname(e2), a10 = PATH.dirname(t22), o7 = PATH.basename(e2), _3 = PATH.basename(t22), s2, n3, l;
      if (s2 = FS.lookupPath(e2, { parent: true }), n3 = s2.node, s2 = FS.lookupPath(t22, { parent: true }), l = s2.node, !n3 || !l) throw new FS.ErrnoError(44);
      if (n3.mount !== l.mount) throw new FS.ErrnoError(75);
      var d = FS.lookupNode(n3, o7), p3 = PATH_FS.relative(e2, a10);
      if (p3.charAt(0) !== ".") throw new FS.ErrnoError(28);
      if (p3 = PATH_FS.relative(t22, r6), p3.charAt(0) !== ".") throw new FS.ErrnoError(55);
      var m3;
      try {
        m3 = FS.lookupNode(l, _3);
      } catch {
      }
      if (d !== m3) {
        var g3 = FS.isDir(d.mode), u2 = FS.mayDelete(n3, o7, g3);
        if (u2) throw new FS.ErrnoError(u2);
        if (u2 = m3 ? FS.mayDelete(l, _3, g3) : FS.mayCreate(l, _3), u2) throw new FS.ErrnoError(u2);
        if (!n3.node_ops.rename) throw new FS.ErrnoError(63);
        if (FS.isMountpoint(d) || m3 && FS.isMountpoint(m3)) throw new FS.ErrnoError(10);
        if (l !== n3 && (u2 = FS.nodePermissions(n3, "w"), u2)) throw new FS.ErrnoError(u2);
        FS.hashRemoveNode(d);
        try {
          n3.node_ops.rename(d, l, _3), d.parent = l;
        } catch (f2) {
          throw f2;
        } finally {
          FS.hashAddNode(d);
        }
      }
    }, rmdir(e2) {
      var t22 = FS.lookupPath(e2, { parent: true }), r6 = t22.node, a10 = PATH.basename(e2), o7 = FS.lookupNode(r6, a10), _3 = FS.mayDelete(r6, a10, true);
      if (_3) throw new FS.ErrnoError(_3);
      if (!r6.node_ops.rmdir) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(o7)) throw new FS.ErrnoError(10);
      r6.node_ops.rmdir(r6, a10), FS.destroyNode(o7);
    }, readdir(e2) {
      var t22 = FS.lookupPath(e2, { follow: true }), r6 = t22.node;
      if (!r6.node_ops.readdir) throw new FS.ErrnoError(54);
      return r6.node_ops.readdir(r6);
    }, unlink(e2) {
      var t22 = FS.lookupPath(e2, { parent: true }), r6 = t22.node;
      if (!r6) throw new FS.ErrnoError(44);
      var a10 = PATH.basename(e2), o7 = FS.lookupNode(r6, a10), _3 = FS.mayDelete(r6, a10, false);
      if (_3) throw new FS.ErrnoError(_3);
      if (!r6.node_ops.unlink) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(o7)) throw new FS.ErrnoError(10);
      r6.node_ops.unlink(r6, a10), FS.destroyNode(o7);
    }, readlink(e2) {
      var t22 = FS.lookupPath(e2), r6 = t22.node;
      if (!r6) throw new FS.ErrnoError(44);
      if (!r6.node_ops.readlink) throw new FS.ErrnoError(28);
      return r6.node_ops.readlink(r6);
    }, stat(e2, t22) {
      var r6 = FS.lookupPath(e2, { follow: !t22 }), a10 = r6.node;
      if (!a10) throw new FS.ErrnoError(44);
      if (!a10.node_ops.getattr) throw new FS.ErrnoError(63);
      return a10.node_ops.getattr(a10);
    }, lstat(e2) {
      return FS.stat(e2, true);
    }, chmod(e2, t22, r6) {
      var a10;
      if (typeof e2 == "string") {
        var o7 = FS.lookupPath(e2, { follow: !r6 });
        a10 = o7.node;
      } else a10 = e2;
      if (!a10.node_ops.setattr) throw new FS.ErrnoError(63);
      a10.node_ops.setattr(a10, { mode: t22 & 4095 | a10.mode & -4096, ctime: Date.now() });
    }, lchmod(e2, t22) {
      FS.chmod(e2, t22, true);
    }, fchmod(e2, t22) {
      var r6 = FS.getStreamChecked(e2);
      FS.chmod(r6.node, t22);
    }, chown(e2, t22, r6, a10) {
      var o7;
      if (typeof e2 == "string") {
        var _3 = FS.lookupPath(e2, { follow: !a10 });
        o7 = _3.node;
      } else o7 = e2;
      if (!o7.node_ops.setattr) throw new FS.ErrnoError(63);
      o7.node_ops.setattr(o7, { timestamp: Date.now() });
    }, lchown(e2, t22, r6) {
      FS.chown(e2, t22, r6, true);
    }, fchown(e2, t22, r6) {
      var a10 = FS.getStreamChecked(e2);
      FS.chown(a10.node, t22, r6);
    }, truncate(e2, t22) {
      if (t22 < 0) throw new FS.ErrnoError(28);
      var r6;
      if (typeof e2 == "string") {
        var a10 = FS.lookupPath(e2, { follow: true });
        r6 = a10.node;
      } else r6 = e2;
      if (!r6.node_ops.setattr) throw new FS.ErrnoError(63);
      if (FS.isDir(r6.mode)) throw new FS.ErrnoError(31);
      if (!FS.isFile(r6.mode)) throw new FS.ErrnoError(28);
      var o7 = FS.nodePermissions(r6, "w");
      if (o7) throw new FS.ErrnoError(o7);
      r6.node_ops.setattr(r6, { size: t22, timestamp: Date.now() });
    }, ftruncate(e2, t22) {
      var r6 = FS.getStreamChecked(e2);
      if (!(r6.flags & 2097155)) throw new FS.ErrnoError(28);
      FS.truncate(r6.node, t22);
    }, utime(e2, t22, r6) {
      var a10 = FS.lookupPath(e2, { follow: true }), o7 = a10.node;
      o7.node_ops.setattr(o7, { atime: t22, mtime: r6 });
    }, open(e2, t22, r6 = 438) {
      if (e2 === "") throw new FS.ErrnoError(44);
      t22 = typeof t22 == "string" ? FS_modeStringToFlags(t22) : t22, t22 & 64 ? r6 = r6 & 4095 | 32768 : r6 = 0;
      var a10;
      if (typeof e2 == "object") a10 = e2;
      else {
        var o7 = FS.lookupPath(e2, { follow: !(t22 & 131072), noent_okay: true });
        a10 = o7.node, e2 = o7.path;
      }
      var _3 = false;
      if (t22 & 64) if (a10) {
        if (t22 & 128) throw new FS.ErrnoError(20);
      } else a10 = FS.mknod(e2, r6, 0), _3 = true;
      if (!a10) throw new FS.ErrnoError(44);
      if (FS.isChrdev(a10.mode) && (t22 &= -513), t22 & 65536 && !FS.isDir(a10.mode)) throw new FS.ErrnoError(54);
      if (!_3) {
        var s2 = FS.mayOpen(a10, t22);
        if (s2) throw new FS.ErrnoError(s2);
      }
      t22 & 512 && !_3 && FS.truncate(a10, 0), t22 &= -131713;
      var n3 = FS.createStream({ node: a10, path: FS.getPath(a10), flags: t22, seekable: true, position: 0, stream_ops: a10.stream_ops, ungotten: [], error: false });
      return n3.stream_ops.open && n3.stream_ops.open(n3), Module.logReadFiles && !(t22 & 1) && (e2 in FS.readFiles || (FS.readFiles[e2] = 1)), n3;
    }, close(e2) {
      if (FS.isClosed(e2)) throw new FS.ErrnoError(8);
      e2.getdents && (e2.getdents = null);
      try {
        e2.stream_ops.close && e2.stream_ops.close(e2);
      } catch (t22) {
        throw t22;
      } finally {
        FS.closeStream(e2.fd);
      }
      e2.fd = null;
    }, isClosed(e2) {
      return e2.fd === null;
    }, llseek(e2, t22, r6) {
      if (FS.isClosed(e2)) throw new FS.ErrnoError(8);
      if (!e2.seekable || !e2.stream_ops.llseek) throw new FS.ErrnoError(70);
      if (r6 != 0 && r6 != 1 && r6 != 2) throw new FS.ErrnoError(28);
      return e2.position = e2.stream_ops.llseek(e2, t22, r6), e2.ungotten = [], e2.position;
    }, read(e2, t22, r6, a10, o7) {
      if (a10 < 0 || o7 < 0) throw new FS.ErrnoError(28);
      if (FS.isClosed(e2)) throw new FS.ErrnoError(8);
      if ((e2.flags & 2097155) === 1) throw new FS.ErrnoError(8);
      if (FS.isDir(e2.node.mode)) throw new FS.ErrnoError(31);
      if (!e2.stream_ops.read) throw new FS.ErrnoError(28);
      var _3 = typeof o7 < "u";
      if (!_3) o7 = e2.position;
      else if (!e2.seekable) throw new FS.ErrnoError(70);
      var s2 = e2.stream_ops.read(e2, t22, r6, a10, o7);
      return _3 || (e2.position += s2), s2;
    }, write(e2, t22, r6, a10, o7, _3) {
      if (a10 < 0 || o7 < 0) throw new FS.ErrnoError(28);
      if (FS.isClosed(e2)) throw new FS.ErrnoError(8);
      if (!(e2.flags & 2097155)) throw new FS.ErrnoError(8);
      if (FS.isDir(e2.node.mode)) throw new FS.ErrnoError(31);
      if (!e2.stream_ops.write) throw new FS.ErrnoError(28);
      e2.seekable && e2.flags & 1024 && FS.llseek(e2, 0, 2);
      var s2 = typeof o7 < "u";
      if (!s2) o7 = e2.position;
      else if (!e2.seekable) throw new FS.ErrnoError(70);
      var n3 = e2.stream_ops.write(e2, t22, r6, a10, o7, _3);
      return s2 || (e2.position += n3), n3;
    }, allocate(e2, t22, r6) {
      if (FS.isClosed(e2)) throw new FS.ErrnoError(8);
      if (t22 < 0 || r6 <= 0) throw new FS.ErrnoError(28);
      if (!(e2.flags & 2097155)) throw new FS.ErrnoError(8);
      if (!FS.isFile(e2.node.mode) && !FS.isDir(e2.node.mode)) throw new FS.ErrnoError(43);
      if (!e2.stream_ops.allocate) throw new FS.ErrnoError(138);
      e2.stream_ops.allocate(e2, t22, r6);
    }, mmap(e2, t22, r6, a10, o7) {
      if (a10 & 2 && !(o7 & 2) && (e2.flags & 2097155) !== 2) throw new FS.ErrnoError(2);
      if ((e2.flags & 2097155) === 1) throw new FS.ErrnoError(2);
      if (!e2.stream_ops.mmap) throw new FS.ErrnoError(43);
      if (!t22) throw new FS.ErrnoError(28);
      return e2.stream_ops.mmap(e2, t22, r6, a10, o7);
    }, msync(e2, t22, r6, a10, o7) {
      return e2.stream_ops.msync ? e2.stream_ops.msync(e2, t22, r6, a10, o7) : 0;
    }, ioctl(e2, t22, r6) {
      if (!e2.stream_ops.ioctl) throw new FS.ErrnoError(59);
      return e2.stream_ops.ioctl(e2, t22, r6);
    }, readFile(e2, t22 = {}) {
      if (t22.flags = t22.flags || 0, t22.encoding = t22.encoding || "binary", t22.encoding !== "utf8" && t22.encoding !== "binary") throw new Error(`Invalid encoding type "${t22.encoding}"`);
      var r6, a10 = FS.open(e2, t22.flags), o7 = FS.stat(e2), _3 = o7.size, s2 = new Uint8Array(_3);
      return FS.read(a10, s2, 0, _3, 0), t22.encoding === "utf8" ? r6 = UTF8ArrayToString(s2) : t22.encoding === "binary" && (r6 = s2), FS.close(a10), r6;
    }, writeFile(e2, t22, r6 = {}) {
      r6.flags = r6.flags || 577;
      var a10 = FS.open(e2, r6.flags, r6.mode);
      if (typeof t22 == "string") {
        var o7 = new Uint8Array(lengthBytesUTF8(t22) + 1), _3 = stringToUTF8Array(t22, o7, 0, o7.length);
        FS.write(a10, o7, 0, _3, void 0, r6.canOwn);
      } else if (ArrayBuffer.isView(t22)) FS.write(a10, t22, 0, t22.byteLength, void 0, r6.canOwn);
      else throw new Error("Unsupported data type");
      FS.close(a10);
    }, cwd: () => FS.currentPath, chdir(e2) {
      var t22 = FS.lookupPath(e2, { follow: true });
      if (t22.node === null) throw new FS.ErrnoError(44);
      if (!FS.isDir(t22.node.mode)) throw new FS.ErrnoError(54);
      var r6 = FS.nodePermissions(t22.node, "x");
      if (r6) throw new FS.ErrnoError(r6);
      FS.currentPath = t22.path;
    }, createDefaultDirectories() {
      FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
    }, createDefaultDevices() {
      FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (a10, o7, _3, s2, n3) => s2, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
      var e2 = new Uint8Array(1024), t22 = 0, r6 = () => (t22 === 0 && (t22 = randomFill(e2).byteLength), e2[--t22]);
      FS.createDevice("/dev", "random", r6), FS.createDevice("/dev", "urandom", r6), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
    }, createSpecialDirectories() {
      FS.mkdir("/proc");
      var e2 = FS.mkdir("/proc/self");
      FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
        var t22 = FS.createNode(e2, "fd", 16895, 73);
        return t22.stream_ops = { llseek: MEMFS.stream_ops.llseek }, t22.node_ops = { lookup(r6, a10) {
          var o7 = +a10, _3 = FS.getStreamChecked(o7), s2 = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => _3.path }, id: o7 + 1 };
          return s2.parent = s2, s2;
        }, readdir() {
          return Array.from(FS.streams.entries()).filter(([r6, a10]) => a10).map(([r6, a10]) => r6.toString());
        } }, t22;
      } }, {}, "/proc/self/fd");
    }, createStandardStreams(e2, t22, r6) {
      e2 ? FS.createDevice("/dev", "stdin", e2) : FS.symlink("/dev/tty", "/dev/stdin"), t22 ? FS.createDevice("/dev", "stdout", null, t22) : FS.symlink("/dev/tty", "/dev/stdout"), r6 ? FS.createDevice("/dev", "stderr", null, r6) : FS.symlink("/dev/tty1", "/dev/stderr");
      var a10 = FS.open("/dev/stdin", 0), o7 = FS.open("/dev/stdout", 1), _3 = FS.open("/dev/stderr", 1);
    }, staticInit() {
      FS.nameTable = new Array(4096), FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories(), FS.filesystems = { MEMFS, IDBFS, NODEFS, PROXYFS };
    }, init(e2, t22, r6) {
      FS.initialized = true, e2 ?? (e2 = Module.stdin), t22 ?? (t22 = Module.stdout), r6 ?? (r6 = Module.stderr), FS.createStandardStreams(e2, t22, r6);
    }, quit() {
      FS.initialized = false, _fflush(0);
      for (var e2 = 0; e2 < FS.streams.length; e2++) {
        var t22 = FS.streams[e2];
        t22 && FS.close(t22);
      }
    }, findObject(e2, t22) {
      var r6 = FS.analyzePath(e2, t22);
      return r6.exists ? r6.object : null;
    }, analyzePath(e2, t22) {
      try {
        var r6 = FS.lookupPath(e2, { follow: !t22 });
        e2 = r6.path;
      } catch {
      }
      var a10 = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
      try {
        var r6 = FS.lookupPath(e2, { parent: true });
        a10.parentExists = true, a10.parentPath = r6.path, a10.parentObject = r6.node, a10.name = PATH.basename(e2), r6 = FS.lookupPath(e2, { follow: !t22 }), a10.exists = true, a10.path = r6.path, a10.object = r6.node, a10.name = r6.node.name, a10.isRoot = r6.path === "/";
      } catch (o7) {
        a10.error = o7.errno;
      }
      return a10;
    }, createPath(e2, t22, r6, a10) {
      e2 = typeof e2 == "string" ? e2 : FS.getPath(e2);
      for (var o7 = t22.split("/").reverse(); o7.length; ) {
        var _3 = o7.pop();
        if (_3) {
          var s2 = PATH.join2(e2, _3);
          try {
            FS.mkdir(s2);
          } catch {
          }
          e2 = s2;
        }
      }
      return s2;
    }, createFile(e2, t22, r6, a10, o7) {
      var _3 = PATH.join2(typeof e2 == "string" ? e2 : FS.getPath(e2), t22), s2 = FS_getMode(a10, o7);
      return FS.create(_3, s2);
    }, createDataFile(e2, t22, r6, a10, o7, _3) {
      var s2 = t22;
      e2 && (e2 = typeof e2 == "string" ? e2 : FS.getPath(e2), s2 = t22 ? PATH.join2(e2, t22) : e2);
      var n3 = FS_getMode(a10, o7), l = FS.create(s2, n3);
      if (r6) {
        if (typeof r6 == "string") {
          for (var d = new Array(r6.length), p3 = 0, m3 = r6.length; p3 < m3; ++p3) d[p3] = r6.charCodeAt(p3);
          r6 = d;
        }
        FS.chmod(l, n3 | 146);
        var g3 = FS.open(l, 577);
        FS.write(g3, r6, 0, r6.length, 0, _3), FS.close(g3), FS.chmod(l, n3);
      }
    }, createDevice(e2, t22, r6, a10) {
      var n3;
      var o7 = PATH.join2(typeof e2 == "string" ? e2 : FS.getPath(e2), t22), _3 = FS_getMode(!!r6, !!a10);
      (n3 = FS.createDevice).major ?? (n3.major = 64);
      var s2 = FS.makedev(FS.createDevice.major++, 0);
      return FS.registerDevice(s2, { open(l) {
        l.seekable = false;
      }, close(l) {
        a10?.buffer?.length && a10(10);
      }, read(l, d, p3, m3, g3) {
        for (var u2 = 0, f2 = 0; f2 < m3; f2++) {
          var c3;
          try {
            c3 = r6();
          } catch {
            throw new FS.ErrnoError(29);
          }
          if (c3 === void 0 && u2 === 0) throw new FS.ErrnoError(6);
          if (c3 == null) break;
          u2++, d[p3 + f2] = c3;
        }
        return u2 && (l.node.atime = Date.now()), u2;
      }, write(l, d, p3, m3, g3) {
        for (var u2 = 0; u2 < m3; u2++) try {
          a10(d[p3 + u2]);
        } catch {
          throw new FS.ErrnoError(29);
        }
        return m3 && (l.node.mtime = l.node.ctime = Date.now()), u2;
      } }), FS.mkdev(o7, _3, s2);
    }, forceLoadFile(e2) {
      if (e2.isDevice || e2.isFolder || e2.link || e2.contents) return true;
      if (typeof XMLHttpRequest < "u") throw new Error("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
      try {
        e2.contents = readBinary(e2.url), e2.usedBytes = e2.contents.length;
      } catch {
        throw new FS.ErrnoError(29);
      }
    }, createLazyFile(e2, t22, r6, a10, o7) {
      class _3 {
        constructor() {
          P(this, "lengthKnown", false);
          P(this, "chunks", []);
        }
        get(u2) {
          if (!(u2 > this.length - 1 || u2 < 0)) {
            var f2 = u2 % this.chunkSize, c3 = u2 / this.chunkSize | 0;
            return this.getter(c3)[f2];
          }
        }
        setDataGetter(u2) {
          this.getter = u2;
        }
        cacheLength() {
          var u2 = new XMLHttpRequest();
          if (u2.open("HEAD", r6, false), u2.send(null), !(u2.status >= 200 && u2.status < 300 || u2.status === 304)) throw new Error("Couldn't load " + r6 + ". Status: " + u2.status);
          var f2 = Number(u2.getResponseHeader("Content-length")), c3, x3 = (c3 = u2.getResponseHeader("Accept-Ranges")) && c3 === "bytes", w2 = (c3 = u2.getResponseHeader("Content-Encoding")) && c3 === "gzip", b2 = 1024 * 1024;
          x3 || (b2 = f2);
          var M2 = (E2, y3) => {
            if (E2 > y3) throw new Error("invalid range (" + E2 + ", " + y3 + ") or no bytes requested!");
            if (y3 > f2 - 1) throw new Error("only " + f2 + " bytes available! programmer error!");
            var F3 = new XMLHttpRequest();
            if (F3.open("GET", r6, false), f2 !== b2 && F3.setRequestHeader("Range", "bytes=" + E2 + "-" + y3), F3.responseType = "arraybuffer", F3.overrideMimeType && F3.overrideMimeType("text/plain; charset=x-user-defined"), F3.send(null), !(F3.status >= 200 && F3.status < 300 || F3.status === 304)) throw new Error("Couldn't load " + r6 + ". Status: " + F3.status);
            return F3.response !== void 0 ? new Uint8Array(F3.response || []) : intArrayFromString(F3.responseText || "", true);
          }, S2 = this;
          S2.setDataGetter((E2) => {
            var y3 = E2 * b2, F3 = (E2 + 1) * b2 - 1;
            if (F3 = Math.min(F3, f2 - 1), typeof S2.chunks[E2] > "u" && (S2.chunks[E2] = M2(y3, F3)), typeof S2.chunks[E2] > "u") throw new Error("doXHR failed!");
            return S2.chunks[E2];
          }), (w2 || !f2) && (b2 = f2 = 1, f2 = this.getter(0).length, b2 = f2, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = f2, this._chunkSize = b2, this.lengthKnown = true;
        }
        get length() {
          return this.lengthKnown || this.cacheLength(), this._length;
        }
        get chunkSize() {
          return this.lengthKnown || this.cacheLength(), this._chunkSize;
        }
      }
      if (typeof XMLHttpRequest < "u") {
        if (!ENVIRONMENT_IS_WORKER) throw "Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc";
        var s2 = new _3(), n3 = { isDevice: false, contents: s2 };
      } else var n3 = { isDevice: false, url: r6 };
      var l = FS.createFile(e2, t22, n3, a10, o7);
      n3.contents ? l.contents = n3.contents : n3.url && (l.contents = null, l.url = n3.url), Object.defineProperties(l, { usedBytes: { get: function() {
        return this.contents.length;
      } } });
      var d = {}, p3 = Object.keys(l.stream_ops);
      p3.forEach((g3) => {
        var u2 = l.stream_ops[g3];
        d[g3] = (...f2) => (FS.forceLoadFile(l), u2(...f2));
      });
      function m3(g3, u2, f2, c3, x3) {
        var w2 = g3.node.contents;
        if (x3 >= w2.length) return 0;
        var b2 = Math.min(w2.length - x3, c3);
        if (w2.slice) for (var M2 = 0; M2 < b2; M2++) u2[f2 + M2] = w2[x3 + M2];
        else for (var M2 = 0; M2 < b2; M2++) u2[f2 + M2] = w2.get(x3 + M2);
        return b2;
      }
      return d.read = (g3, u2, f2, c3, x3) => (FS.forceLoadFile(l), m3(g3, u2, f2, c3, x3)), d.mmap = (g3, u2, f2, c3, x3) => {
        FS.forceLoadFile(l);
        var w2 = mmapAlloc(u2);
        if (!w2) throw new FS.ErrnoError(48);
        return m3(g3, HEAP8, w2, u2, f2), { ptr: w2, allocated: true };
      }, l.stream_ops = d, l;
    } }, SYSCALLS = { DEFAULT_POLLMASK: 5, calculateAt(e2, t22, r6) {
      if (PATH.isAbs(t22)) return t22;
      var a10;
      if (e2 === -100) a10 = FS.cwd();
      else {
        var o7 = SYSCALLS.getStreamFromFD(e2);
        a10 = o7.path;
      }
      if (t22.length == 0) {
        if (!r6) throw new FS.ErrnoError(44);
        return a10;
      }
      return a10 + "/" + t22;
    }, doStat(e2, t22, r6) {
      var a10 = e2(t22);
      HEAP32[r6 >> 2] = a10.dev, HEAP32[r6 + 4 >> 2] = a10.mode, HEAPU32[r6 + 8 >> 2] = a10.nlink, HEAP32[r6 + 12 >> 2] = a10.uid, HEAP32[r6 + 16 >> 2] = a10.gid, HEAP32[r6 + 20 >> 2] = a10.rdev, HEAP64[r6 + 24 >> 3] = BigInt(a10.size), HEAP32[r6 + 32 >> 2] = 4096, HEAP32[r6 + 36 >> 2] = a10.blocks;
      var o7 = a10.atime.getTime(), _3 = a10.mtime.getTime(), s2 = a10.ctime.getTime();
      return HEAP64[r6 + 40 >> 3] = BigInt(Math.floor(o7 / 1e3)), HEAPU32[r6 + 48 >> 2] = o7 % 1e3 * 1e3 * 1e3, HEAP64[r6 + 56 >> 3] = BigInt(Math.floor(_3 / 1e3)), HEAPU32[r6 + 64 >> 2] = _3 % 1e3 * 1e3 * 1e3, HEAP64[r6 + 72 >> 3] = BigInt(Math.floor(s2 / 1e3)), HEAPU32[r6 + 80 >> 2] = s2 % 1e3 * 1e3 * 1e3, HEAP64[r6 + 88 >> 3] = BigInt(a10.ino), 0;
    }, doMsync(e2, t22, r6, a10, o7) {
      if (!FS.isFile(t22.node.mode)) throw new FS.ErrnoError(43);
      if (a10 & 2) return 0;
      var _3 = HEAPU8.slice(e2, e2 + r6);
      FS.msync(t22, _3, o7, r6, a10);
    }, getStreamFromFD(e2) {
      var t22 = FS.getStreamChecked(e2);
      return t22;
    }, varargs: void 0, getStr(e2) {
      var t22 = UTF8ToString(e2);
      return t22;
    } }, ___syscall__newselect = function(e2, t22, r6, a10, o7) {
      try {
        for (var _3 = 0, s2 = t22 ? HEAP32[t22 >> 2] : 0, n3 = t22 ? HEAP32[t22 + 4 >> 2] : 0, l = r6 ? HEAP32[r6 >> 2] : 0, d = r6 ? HEAP32[r6 + 4 >> 2] : 0, p3 = a10 ? HEAP32[a10 >> 2] : 0, m3 = a10 ? HEAP32[a10 + 4 >> 2] : 0, g3 = 0, u2 = 0, f2 = 0, c3 = 0, x3 = 0, w2 = 0, b2 = (t22 ? HEAP32[t22 >> 2] : 0) | (r6 ? HEAP32[r6 >> 2] : 0) | (a10 ? HEAP32[a10 >> 2] : 0), M2 = (t22 ? HEAP32[t22 + 4 >> 2] : 0) | (r6 ? HEAP32[r6 + 4 >> 2] : 0) | (a10 ? HEAP32[a10 + 4 >> 2] : 0), S2 = (X2, I2, L3, R3) => X2 < 32 ? I2 & R3 : L3 & R3, E2 = 0; E2 < e2; E2++) {
          var y3 = 1 << E2 % 32;
          if (S2(E2, b2, M2, y3)) {
            var F3 = SYSCALLS.getStreamFromFD(E2), A2 = SYSCALLS.DEFAULT_POLLMASK;
            if (F3.stream_ops.poll) {
              var V2 = -1;
              if (o7) {
                var oe2 = t22 ? HEAP32[o7 >> 2] : 0, Z2 = t22 ? HEAP32[o7 + 4 >> 2] : 0;
                V2 = (oe2 + Z2 / 1e6) * 1e3;
              }
              A2 = F3.stream_ops.poll(F3, V2);
            }
            A2 & 1 && S2(E2, s2, n3, y3) && (E2 < 32 ? g3 = g3 | y3 : u2 = u2 | y3, _3++), A2 & 4 && S2(E2, l, d, y3) && (E2 < 32 ? f2 = f2 | y3 : c3 = c3 | y3, _3++), A2 & 2 && S2(E2, p3, m3, y3) && (E2 < 32 ? x3 = x3 | y3 : w2 = w2 | y3, _3++);
          }
        }
        return t22 && (HEAP32[t22 >> 2] = g3, HEAP32[t22 + 4 >> 2] = u2), r6 && (HEAP32[r6 >> 2] = f2, HEAP32[r6 + 4 >> 2] = c3), a10 && (HEAP32[a10 >> 2] = x3, HEAP32[a10 + 4 >> 2] = w2), _3;
      } catch (X2) {
        if (typeof FS > "u" || X2.name !== "ErrnoError") throw X2;
        return -X2.errno;
      }
    };
    ___syscall__newselect.sig = "iipppp";
    var SOCKFS = { websocketArgs: {}, callbacks: {}, on(e2, t22) {
      SOCKFS.callbacks[e2] = t22;
    }, emit(e2, t22) {
      SOCKFS.callbacks[e2]?.(t22);
    }, mount(e2) {
      return SOCKFS.websocketArgs = Module.websocket || {}, (Module.websocket ?? (Module.websocket = {})).on = SOCKFS.on, FS.createNode(null, "/", 16895, 0);
    }, createSocket(e2, t22, r6) {
      t22 &= -526337;
      var a10 = t22 == 1;
      if (a10 && r6 && r6 != 6) throw new FS.ErrnoError(66);
      var o7 = { family: e2, type: t22, protocol: r6, server: null, error: null, peers: {}, pending: [], recv_queue: [], sock_ops: SOCKFS.websocket_sock_ops }, _3 = SOCKFS.nextname(), s2 = FS.createNode(SOCKFS.root, _3, 49152, 0);
      s2.sock = o7;
      var n3 = FS.createStream({ path: _3, node: s2, flags: 2, seekable: false, stream_ops: SOCKFS.stream_ops });
      return o7.stream = n3, o7;
    }, getSocket(e2) {
      var t22 = FS.getStream(e2);
      return !t22 || !FS.isSocket(t22.node.mode) ? null : t22.node.sock;
    }, stream_ops: { poll(e2) {
      var t22 = e2.node.sock;
      return t22.sock_ops.poll(t22);
    }, ioctl(e2, t22, r6) {
      var a10 = e2.node.sock;
      return a10.sock_ops.ioctl(a10, t22, r6);
    }, read(e2, t22, r6, a10, o7) {
      var _3 = e2.node.sock, s2 = _3.sock_ops.recvmsg(_3, a10);
      return s2 ? (t22.set(s2.buffer, r6), s2.buffer.length) : 0;
    }, write(e2, t22, r6, a10, o7) {
      var _3 = e2.node.sock;
      return _3.sock_ops.sendmsg(_3, t22, r6, a10);
    }, close(e2) {
      var t22 = e2.node.sock;
      t22.sock_ops.close(t22);
    } }, nextname() {
      return SOCKFS.nextname.current || (SOCKFS.nextname.current = 0), `socket[${SOCKFS.nextname.current++}]`;
    }, websocket_sock_ops: { createPeer(e2, t22, r6) {
      var a10;
      if (typeof t22 == "object" && (a10 = t22, t22 = null, r6 = null), a10) if (a10._socket) t22 = a10._socket.remoteAddress, r6 = a10._socket.remotePort;
      else {
        var o7 = /ws[s]?:\/\/([^:]+):(\d+)/.exec(a10.url);
        if (!o7) throw new Error("WebSocket URL must be in the format ws(s)://address:port");
        t22 = o7[1], r6 = parseInt(o7[2], 10);
      }
      else try {
        var _3 = "ws:#".replace("#", "//"), s2 = "binary", n3 = void 0;
        if (SOCKFS.websocketArgs.url && (_3 = SOCKFS.websocketArgs.url), SOCKFS.websocketArgs.subprotocol ? s2 = SOCKFS.websocketArgs.subprotocol : SOCKFS.websocketArgs.subprotocol === null && (s2 = "null"), _3 === "ws://" || _3 === "wss://") {
          var l = t22.split("/");
          _3 = _3 + l[0] + ":" + r6 + "/" + l.slice(1).join("/");
        }
        s2 !== "null" && (s2 = s2.replace(/^ +| +$/g, "").split(/ *, */), n3 = s2);
        var d;
        ENVIRONMENT_IS_NODE ? d = require("ws") : d = WebSocket, a10 = new d(_3, n3), a10.binaryType = "arraybuffer";
      } catch {
        throw new FS.ErrnoError(23);
      }
      var p3 = { addr: t22, port: r6, socket: a10, msg_send_queue: [] };
      return SOCKFS.websocket_sock_ops.addPeer(e2, p3), SOCKFS.websocket_sock_ops.handlePeerEvents(e2, p3), e2.type === 2 && typeof e2.sport < "u" && p3.msg_send_queue.push(new Uint8Array([255, 255, 255, 255, 112, 111, 114, 116, (e2.sport & 65280) >> 8, e2.sport & 255])), p3;
    }, getPeer(e2, t22, r6) {
      return e2.peers[t22 + ":" + r6];
    }, addPeer(e2, t22) {
      e2.peers[t22.addr + ":" + t22.port] = t22;
    }, removePeer(e2, t22) {
      delete e2.peers[t22.addr + ":" + t22.port];
    }, handlePeerEvents(e2, t22) {
      var r6 = true, a10 = function() {
        e2.connecting = false, SOCKFS.emit("open", e2.stream.fd);
        try {
          for (var _3 = t22.msg_send_queue.shift(); _3; ) t22.socket.send(_3), _3 = t22.msg_send_queue.shift();
        } catch {
          t22.socket.close();
        }
      };
      function o7(_3) {
        if (typeof _3 == "string") {
          var s2 = new TextEncoder();
          _3 = s2.encode(_3);
        } else {
          if (assert(_3.byteLength !== void 0), _3.byteLength == 0) return;
          _3 = new Uint8Array(_3);
        }
        var n3 = r6;
        if (r6 = false, n3 && _3.length === 10 && _3[0] === 255 && _3[1] === 255 && _3[2] === 255 && _3[3] === 255 && _3[4] === 112 && _3[5] === 111 && _3[6] === 114 && _3[7] === 116) {
          var l = _3[8] << 8 | _3[9];
          SOCKFS.websocket_sock_ops.removePeer(e2, t22), t22.port = l, SOCKFS.websocket_sock_ops.addPeer(e2, t22);
          return;
        }
        e2.recv_queue.push({ addr: t22.addr, port: t22.port, data: _3 }), SOCKFS.emit("message", e2.stream.fd);
      }
      ENVIRONMENT_IS_NODE ? (t22.socket.on("open", a10), t22.socket.on("message", function(_3, s2) {
        s2 && o7(new Uint8Array(_3).buffer);
      }), t22.socket.on("close", function() {
        SOCKFS.emit("close", e2.stream.fd);
      }), t22.socket.on("error", function(_3) {
        e2.error = 14, SOCKFS.emit("error", [e2.stream.fd, e2.error, "ECONNREFUSED: Connection refused"]);
      })) : (t22.socket.onopen = a10, t22.socket.onclose = function() {
        SOCKFS.emit("close", e2.stream.fd);
      }, t22.socket.onmessage = function(s2) {
        o7(s2.data);
      }, t22.socket.onerror = function(_3) {
        e2.error = 14, SOCKFS.emit("error", [e2.stream.fd, e2.error, "ECONNREFUSED: Connection refused"]);
      });
    }, poll(e2) {
      if (e2.type === 1 && e2.server) return e2.pending.length ? 65 : 0;
      var t22 = 0, r6 = e2.type === 1 ? SOCKFS.websocket_sock_ops.getPeer(e2, e2.daddr, e2.dport) : null;
      return (e2.recv_queue.length || !r6 || r6 && r6.socket.readyState === r6.socket.CLOSING || r6 && r6.socket.readyState === r6.socket.CLOSED) && (t22 |= 65), (!r6 || r6 && r6.socket.readyState === r6.socket.OPEN) && (t22 |= 4), (r6 && r6.socket.readyState === r6.socket.CLOSING || r6 && r6.socket.readyState === r6.socket.CLOSED) && (e2.connecting ? t22 |= 4 : t22 |= 16), t22;
    }, ioctl(e2, t22, r6) {
      switch (t22) {
        case 21531:
          var a10 = 0;
          return e2.recv_queue.length && (a10 = e2.recv_queue[0].data.length), HEAP32[r6 >> 2] = a10, 0;
        default:
          return 28;
      }
    }, close(e2) {
      if (e2.server) {
        try {
          e2.server.close();
        } catch {
        }
        e2.server = null;
      }
      for (var t22 = Object.keys(e2.peers), r6 = 0; r6 < t22.length; r6++) {
        var a10 = e2.peers[t22[r6]];
        try {
          a10.socket.close();
        } catch {
        }
        SOCKFS.websocket_sock_ops.removePeer(e2, a10);
      }
      return 0;
    }, bind(e2, t22, r6) {
      if (typeof e2.saddr < "u" || typeof e2.sport < "u") throw new FS.ErrnoError(28);
      if (e2.saddr = t22, e2.sport = r6, e2.type === 2) {
        e2.server && (e2.server.close(), e2.server = null);
        try {
          e2.sock_ops.listen(e2, 0);
        } catch (a10) {
          if (a10.name !== "ErrnoError" || a10.errno !== 138) throw a10;
        }
      }
    }, connect(e2, t22, r6) {
      if (e2.server) throw new FS.ErrnoError(138);
      if (typeof e2.daddr < "u" && typeof e2.dport < "u") {
        var a10 = SOCKFS.websocket_sock_ops.getPeer(e2, e2.daddr, e2.dport);
        if (a10) throw a10.socket.readyState === a10.socket.CONNECTING ? new FS.ErrnoError(7) : new FS.ErrnoError(30);
      }
      var o7 = SOCKFS.websocket_sock_ops.createPeer(e2, t22, r6);
      e2.daddr = o7.addr, e2.dport = o7.port, e2.connecting = true;
    }, listen(e2, t22) {
      if (!ENVIRONMENT_IS_NODE) throw new FS.ErrnoError(138);
      if (e2.server) throw new FS.ErrnoError(28);
      var r6 = require("ws").Server, a10 = e2.saddr;
      e2.server = new r6({ host: a10, port: e2.sport }), SOCKFS.emit("listen", e2.stream.fd), e2.server.on("connection", function(o7) {
        if (e2.type === 1) {
          var _3 = SOCKFS.createSocket(e2.family, e2.type, e2.protocol), s2 = SOCKFS.websocket_sock_ops.createPeer(_3, o7);
          _3.daddr = s2.addr, _3.dport = s2.port, e2.pending.push(_3), SOCKFS.emit("connection", _3.stream.fd);
        } else SOCKFS.websocket_sock_ops.createPeer(e2, o7), SOCKFS.emit("connection", e2.stream.fd);
      }), e2.server.on("close", function() {
        SOCKFS.emit("close", e2.stream.fd), e2.server = null;
      }), e2.server.on("error", function(o7) {
        e2.error = 23, SOCKFS.emit("error", [e2.stream.fd, e2.error, "EHOSTUNREACH: Host is unreachable"]);
      });
    }, accept(e2) {
      if (!e2.server || !e2.pending.length) throw new FS.ErrnoError(28);
      var t22 = e2.pending.shift();
      return t22.stream.flags = e2.stream.flags, t22;
    }, getname(e2, t22) {
      var r6, a10;
      if (t22) {
        if (e2.daddr === void 0 || e2.dport === void 0) throw new FS.ErrnoError(53);
        r6 = e2.daddr, a10 = e2.dport;
      } else r6 = e2.saddr || 0, a10 = e2.sport || 0;
      return { addr: r6, port: a10 };
    }, sendmsg(e2, t22, r6, a10, o7, _3) {
      if (e2.type === 2) {
        if ((o7 === void 0 || _3 === void 0) && (o7 = e2.daddr, _3 = e2.dport), o7 === void 0 || _3 === void 0) throw new FS.ErrnoError(17);
      } else o7 = e2.daddr, _3 = e2.dport;
      var s2 = SOCKFS.websocket_sock_ops.getPeer(e2, o7, _3);
      if (e2.type === 1 && (!s2 || s2.socket.readyState === s2.socket.CLOSING || s2.socket.readyState === s2.socket.CLOSED)) throw new FS.ErrnoError(53);
      ArrayBuffer.isView(t22) && (r6 += t22.byteOffset, t22 = t22.buffer);
      var n3 = t22.slice(r6, r6 + a10);
      if (!s2 || s2.socket.readyState !== s2.socket.OPEN) return e2.type === 2 && (!s2 || s2.socket.readyState === s2.socket.CLOSING || s2.socket.readyState === s2.socket.CLOSED) && (s2 = SOCKFS.websocket_sock_ops.createPeer(e2, o7, _3)), s2.msg_send_queue.push(n3), a10;
      try {
        return s2.socket.send(n3), a10;
      } catch {
        throw new FS.ErrnoError(28);
      }
    }, recvmsg(e2, t22) {
      if (e2.type === 1 && e2.server) throw new FS.ErrnoError(53);
      var r6 = e2.recv_queue.shift();
      if (!r6) {
        if (e2.type === 1) {
          var a10 = SOCKFS.websocket_sock_ops.getPeer(e2, e2.daddr, e2.dport);
          if (!a10) throw new FS.ErrnoError(53);
          if (a10.socket.readyState === a10.socket.CLOSING || a10.socket.readyState === a10.socket.CLOSED) return null;
          throw new FS.ErrnoError(6);
        }
        throw new FS.ErrnoError(6);
      }
      var o7 = r6.data.byteLength || r6.data.length, _3 = r6.data.byteOffset || 0, s2 = r6.data.buffer || r6.data, n3 = Math.min(t22, o7), l = { buffer: new Uint8Array(s2, _3, n3), addr: r6.addr, port: r6.port };
      if (e2.type === 1 && n3 < o7) {
        var d = o7 - n3;
        r6.data = new Uint8Array(s2, _3 + n3, d), e2.recv_queue.unshift(r6);
      }
      return l;
    } } }, getSocketFromFD = (e2) => {
      var t22 = SOCKFS.getSocket(e2);
      if (!t22) throw new FS.ErrnoError(8);
      return t22;
    }, inetPton4 = (e2) => {
      for (var t22 = e2.split("."), r6 = 0; r6 < 4; r6++) {
        var a10 = Number(t22[r6]);
        if (isNaN(a10)) return null;
        t22[r6] = a10;
      }
      return (t22[0] | t22[1] << 8 | t22[2] << 16 | t22[3] << 24) >>> 0;
    }, jstoi_q = (e2) => parseInt(e2), inetPton6 = (e2) => {
      var t22, r6, a10, o7, _3 = /^((?=.*::)(?!.*::.+::)(::)?([\dA-F]{1,4}:(:|\b)|){5}|([\dA-F]{1,4}:){6})((([\dA-F]{1,4}((?!\3)::|:\b|$))|(?!\2\3)){2}|(((2[0-4]|1\d|[1-9])?\d|25[0-5])\.?\b){4})$/i, s2 = [];
      if (!_3.test(e2)) return null;
      if (e2 === "::") return [0, 0, 0, 0, 0, 0, 0, 0];
      for (e2.startsWith("::") ? e2 = e2.replace("::", "Z:") : e2 = e2.replace("::", ":Z:"), e2.indexOf(".") > 0 ? (e2 = e2.replace(new RegExp("[.]", "g"), ":"), t22 = e2.split(":"), t22[t22.length - 4] = jstoi_q(t22[t22.length - 4]) + jstoi_q(t22[t22.length - 3]) * 256, t22[t22.length - 3] = jstoi_q(t22[t22.length - 2]) + jstoi_q(t22[t22.length - 1]) * 256, t22 = t22.slice(0, t22.length - 2)) : t22 = e2.split(":"), a10 = 0, o7 = 0, r6 = 0; r6 < t22.length; r6++) if (typeof t22[r6] == "string") if (t22[r6] === "Z") {
        for (o7 = 0; o7 < 8 - t22.length + 1; o7++) s2[r6 + o7] = 0;
        a10 = o7 - 1;
      } else s2[r6 + a10] = _htons(parseInt(t22[r6], 16));
      else s2[r6 + a10] = t22[r6];
      return [s2[1] << 16 | s2[0], s2[3] << 16 | s2[2], s2[5] << 16 | s2[4], s2[7] << 16 | s2[6]];
    }, writeSockaddr = (e2, t22, r6, a10, o7) => {
      switch (t22) {
        case 2:
          r6 = inetPton4(r6), zeroMemory(e2, 16), o7 && (HEAP32[o7 >> 2] = 16), HEAP16[e2 >> 1] = t22, HEAP32[e2 + 4 >> 2] = r6, HEAP16[e2 + 2 >> 1] = _htons(a10);
          break;
        case 10:
          r6 = inetPton6(r6), zeroMemory(e2, 28), o7 && (HEAP32[o7 >> 2] = 28), HEAP32[e2 >> 2] = t22, HEAP32[e2 + 8 >> 2] = r6[0], HEAP32[e2 + 12 >> 2] = r6[1], HEAP32[e2 + 16 >> 2] = r6[2], HEAP32[e2 + 20 >> 2] = r6[3], HEAP16[e2 + 2 >> 1] = _htons(a10);
          break;
        default:
          return 5;
      }
      return 0;
    }, DNS = { address_map: { id: 1, addrs: {}, names: {} }, lookup_name(e2) {
      var t22 = inetPton4(e2);
      if (t22 !== null || (t22 = inetPton6(e2), t22 !== null)) return e2;
      var r6;
      if (DNS.address_map.addrs[e2]) r6 = DNS.address_map.addrs[e2];
      else {
        var a10 = DNS.address_map.id++;
        assert(a10 < 65535, "exceeded max address mappings of 65535"), r6 = "172.29." + (a10 & 255) + "." + (a10 & 65280), DNS.address_map.names[r6] = e2, DNS.address_map.addrs[e2] = r6;
      }
      return r6;
    }, lookup_addr(e2) {
      return DNS.address_map.names[e2] ? DNS.address_map.names[e2] : null;
    } };
    function ___syscall_accept4(e2, t22, r6, a10, o7, _3) {
      try {
        var s2 = getSocketFromFD(e2), n3 = s2.sock_ops.accept(s2);
        if (t22) var l = writeSockaddr(t22, n3.family, DNS.lookup_name(n3.daddr), n3.dport, r6);
        return n3.stream.fd;
      } catch (d) {
        if (typeof FS > "u" || d.name !== "ErrnoError") throw d;
        return -d.errno;
      }
    }
    ___syscall_accept4.sig = "iippiii";
    var inetNtop4 = (e2) => (e2 & 255) + "." + (e2 >> 8 & 255) + "." + (e2 >> 16 & 255) + "." + (e2 >> 24 & 255), inetNtop6 = (e2) => {
      var t22 = "", r6 = 0, a10 = 0, o7 = 0, _3 = 0, s2 = 0, n3 = 0, l = [e2[0] & 65535, e2[0] >> 16, e2[1] & 65535, e2[1] >> 16, e2[2] & 65535, e2[2] >> 16, e2[3] & 65535, e2[3] >> 16], d = true, p3 = "";
      for (n3 = 0; n3 < 5; n3++) if (l[n3] !== 0) {
        d = false;
        break;
      }
      if (d) {
        if (p3 = inetNtop4(l[6] | l[7] << 16), l[5] === -1) return t22 = "::ffff:", t22 += p3, t22;
        if (l[5] === 0) return t22 = "::", p3 === "0.0.0.0" && (p3 = ""), p3 === "0.0.0.1" && (p3 = "1"), t22 += p3, t22;
      }
      for (r6 = 0; r6 < 8; r6++) l[r6] === 0 && (r6 - o7 > 1 && (s2 = 0), o7 = r6, s2++), s2 > a10 && (a10 = s2, _3 = r6 - a10 + 1);
      for (r6 = 0; r6 < 8; r6++) {
        if (a10 > 1 && l[r6] === 0 && r6 >= _3 && r6 < _3 + a10) {
          r6 === _3 && (t22 += ":", _3 === 0 && (t22 += ":"));
          continue;
        }
        t22 += Number(_ntohs(l[r6] & 65535)).toString(16), t22 += r6 < 7 ? ":" : "";
      }
      return t22;
    }, readSockaddr = (e2, t22) => {
      var r6 = HEAP16[e2 >> 1], a10 = _ntohs(HEAPU16[e2 + 2 >> 1]), o7;
      switch (r6) {
        case 2:
          if (t22 !== 16) return { errno: 28 };
          o7 = HEAP32[e2 + 4 >> 2], o7 = inetNtop4(o7);
          break;
        case 10:
          if (t22 !== 28) return { errno: 28 };
          o7 = [HEAP32[e2 + 8 >> 2], HEAP32[e2 + 12 >> 2], HEAP32[e2 + 16 >> 2], HEAP32[e2 + 20 >> 2]], o7 = inetNtop6(o7);
          break;
        default:
          return { errno: 5 };
      }
      return { family: r6, addr: o7, port: a10 };
    }, getSocketAddress = (e2, t22) => {
      var r6 = readSockaddr(e2, t22);
      if (r6.errno) throw new FS.ErrnoError(r6.errno);
      return r6.addr = DNS.lookup_addr(r6.addr) || r6.addr, r6;
    };
    function ___syscall_bind(e2, t22, r6, a10, o7, _3) {
      try {
        var s2 = getSocketFromFD(e2), n3 = getSocketAddress(t22, r6);
        return s2.sock_ops.bind(s2, n3.addr, n3.port), 0;
      } catch (l) {
        if (typeof FS > "u" || l.name !== "ErrnoError") throw l;
        return -l.errno;
      }
    }
    ___syscall_bind.sig = "iippiii";
    function ___syscall_chdir(e2) {
      try {
        return e2 = SYSCALLS.getStr(e2), FS.chdir(e2), 0;
      } catch (t22) {
        if (typeof FS > "u" || t22.name !== "ErrnoError") throw t22;
        return -t22.errno;
      }
    }
    ___syscall_chdir.sig = "ip";
    function ___syscall_chmod(e2, t22) {
      try {
        return e2 = SYSCALLS.getStr(e2), FS.chmod(e2, t22), 0;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_chmod.sig = "ipi";
    function ___syscall_connect(e2, t22, r6, a10, o7, _3) {
      try {
        var s2 = getSocketFromFD(e2), n3 = getSocketAddress(t22, r6);
        return s2.sock_ops.connect(s2, n3.addr, n3.port), 0;
      } catch (l) {
        if (typeof FS > "u" || l.name !== "ErrnoError") throw l;
        return -l.errno;
      }
    }
    ___syscall_connect.sig = "iippiii";
    function ___syscall_dup(e2) {
      try {
        var t22 = SYSCALLS.getStreamFromFD(e2);
        return FS.dupStream(t22).fd;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_dup.sig = "ii";
    function ___syscall_dup3(e2, t22, r6) {
      try {
        var a10 = SYSCALLS.getStreamFromFD(e2);
        if (a10.fd === t22) return -28;
        if (t22 < 0 || t22 >= FS.MAX_OPEN_FDS) return -8;
        var o7 = FS.getStream(t22);
        return o7 && FS.close(o7), FS.dupStream(a10, t22).fd;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_dup3.sig = "iiii";
    function ___syscall_faccessat(e2, t22, r6, a10) {
      try {
        if (t22 = SYSCALLS.getStr(t22), t22 = SYSCALLS.calculateAt(e2, t22), r6 & -8) return -28;
        var o7 = FS.lookupPath(t22, { follow: true }), _3 = o7.node;
        if (!_3) return -44;
        var s2 = "";
        return r6 & 4 && (s2 += "r"), r6 & 2 && (s2 += "w"), r6 & 1 && (s2 += "x"), s2 && FS.nodePermissions(_3, s2) ? -2 : 0;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    ___syscall_faccessat.sig = "iipii";
    var ___syscall_fadvise64 = (e2, t22, r6, a10) => 0;
    ___syscall_fadvise64.sig = "iijji";
    var INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (e2) => e2 < INT53_MIN || e2 > INT53_MAX ? NaN : Number(e2);
    function ___syscall_fallocate(e2, t22, r6, a10) {
      r6 = bigintToI53Checked(r6), a10 = bigintToI53Checked(a10);
      try {
        if (isNaN(r6)) return 61;
        var o7 = SYSCALLS.getStreamFromFD(e2);
        return FS.allocate(o7, r6, a10), 0;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_fallocate.sig = "iiijj";
    function ___syscall_fchmod(e2, t22) {
      try {
        return FS.fchmod(e2, t22), 0;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_fchmod.sig = "iii";
    function ___syscall_fchmodat2(e2, t22, r6, a10) {
      try {
        var o7 = a10 & 256;
        return t22 = SYSCALLS.getStr(t22), t22 = SYSCALLS.calculateAt(e2, t22), FS.chmod(t22, r6, o7), 0;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_fchmodat2.sig = "iipii";
    function ___syscall_fchown32(e2, t22, r6) {
      try {
        return FS.fchown(e2, t22, r6), 0;
      } catch (a10) {
        if (typeof FS > "u" || a10.name !== "ErrnoError") throw a10;
        return -a10.errno;
      }
    }
    ___syscall_fchown32.sig = "iiii";
    function ___syscall_fchownat(e2, t22, r6, a10, o7) {
      try {
        t22 = SYSCALLS.getStr(t22);
        var _3 = o7 & 256;
        return o7 = o7 & -257, t22 = SYSCALLS.calculateAt(e2, t22), (_3 ? FS.lchown : FS.chown)(t22, r6, a10), 0;
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return -s2.errno;
      }
    }
    ___syscall_fchownat.sig = "iipiii";
    var syscallGetVarargI = () => {
      var e2 = HEAP32[+SYSCALLS.varargs >> 2];
      return SYSCALLS.varargs += 4, e2;
    }, syscallGetVarargP = syscallGetVarargI;
    function ___syscall_fcntl64(e2, t22, r6) {
      SYSCALLS.varargs = r6;
      try {
        var a10 = SYSCALLS.getStreamFromFD(e2);
        switch (t22) {
          case 0: {
            var o7 = syscallGetVarargI();
            if (o7 < 0) return -28;
            for (; FS.streams[o7]; ) o7++;
            var _3;
            return _3 = FS.dupStream(a10, o7), _3.fd;
          }
          case 1:
          case 2:
            return 0;
          case 3:
            return a10.flags;
          case 4: {
            var o7 = syscallGetVarargI();
            return a10.flags |= o7, 0;
          }
          case 12: {
            var o7 = syscallGetVarargP(), s2 = 0;
            return HEAP16[o7 + s2 >> 1] = 2, 0;
          }
          case 13:
          case 14:
            return 0;
        }
        return -28;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    ___syscall_fcntl64.sig = "iiip";
    function ___syscall_fdatasync(e2) {
      try {
        var t22 = SYSCALLS.getStreamFromFD(e2);
        return 0;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_fdatasync.sig = "ii";
    function ___syscall_fstat64(e2, t22) {
      try {
        var r6 = SYSCALLS.getStreamFromFD(e2);
        return SYSCALLS.doStat(FS.stat, r6.path, t22);
      } catch (a10) {
        if (typeof FS > "u" || a10.name !== "ErrnoError") throw a10;
        return -a10.errno;
      }
    }
    ___syscall_fstat64.sig = "iip";
    function ___syscall_ftruncate64(e2, t22) {
      t22 = bigintToI53Checked(t22);
      try {
        return isNaN(t22) ? 61 : (FS.ftruncate(e2, t22), 0);
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_ftruncate64.sig = "iij";
    var stringToUTF8 = (e2, t22, r6) => stringToUTF8Array(e2, HEAPU8, t22, r6);
    function ___syscall_getcwd(e2, t22) {
      try {
        if (t22 === 0) return -28;
        var r6 = FS.cwd(), a10 = lengthBytesUTF8(r6) + 1;
        return t22 < a10 ? -68 : (stringToUTF8(r6, e2, t22), a10);
      } catch (o7) {
        if (typeof FS > "u" || o7.name !== "ErrnoError") throw o7;
        return -o7.errno;
      }
    }
    ___syscall_getcwd.sig = "ipp";
    function ___syscall_getdents64(e2, t22, r6) {
      try {
        var a10 = SYSCALLS.getStreamFromFD(e2);
        a10.getdents || (a10.getdents = FS.readdir(a10.path));
        for (var o7 = 280, _3 = 0, s2 = FS.llseek(a10, 0, 1), n3 = Math.floor(s2 / o7), l = Math.min(a10.getdents.length, n3 + Math.floor(r6 / o7)), d = n3; d < l; d++) {
          var p3, m3, g3 = a10.getdents[d];
          if (g3 === ".") p3 = a10.node.id, m3 = 4;
          else if (g3 === "..") {
            var u2 = FS.lookupPath(a10.path, { parent: true });
            p3 = u2.node.id, m3 = 4;
          } else {
            var f2;
            try {
              f2 = FS.lookupNode(a10.node, g3);
            } catch (c3) {
              if (c3?.errno === 28) continue;
              throw c3;
            }
            p3 = f2.id, m3 = FS.isChrdev(f2.mode) ? 2 : FS.isDir(f2.mode) ? 4 : FS.isLink(f2.mode) ? 10 : 8;
          }
          HEAP64[t22 + _3 >> 3] = BigInt(p3), HEAP64[t22 + _3 + 8 >> 3] = BigInt((d + 1) * o7), HEAP16[t22 + _3 + 16 >> 1] = 280, HEAP8[t22 + _3 + 18] = m3, stringToUTF8(g3, t22 + _3 + 19, 256), _3 += o7;
        }
        return FS.llseek(a10, d * o7, 0), _3;
      } catch (c3) {
        if (typeof FS > "u" || c3.name !== "ErrnoError") throw c3;
        return -c3.errno;
      }
    }
    ___syscall_getdents64.sig = "iipp";
    function ___syscall_ioctl(e2, t22, r6) {
      SYSCALLS.varargs = r6;
      try {
        var a10 = SYSCALLS.getStreamFromFD(e2);
        switch (t22) {
          case 21509:
            return a10.tty ? 0 : -59;
          case 21505: {
            if (!a10.tty) return -59;
            if (a10.tty.ops.ioctl_tcgets) {
              var o7 = a10.tty.ops.ioctl_tcgets(a10), _3 = syscallGetVarargP();
              HEAP32[_3 >> 2] = o7.c_iflag || 0, HEAP32[_3 + 4 >> 2] = o7.c_oflag || 0, HEAP32[_3 + 8 >> 2] = o7.c_cflag || 0, HEAP32[_3 + 12 >> 2] = o7.c_lflag || 0;
              for (var s2 = 0; s2 < 32; s2++) HEAP8[_3 + s2 + 17] = o7.c_cc[s2] || 0;
              return 0;
            }
            return 0;
          }
          case 21510:
          case 21511:
          case 21512:
            return a10.tty ? 0 : -59;
          case 21506:
          case 21507:
          case 21508: {
            if (!a10.tty) return -59;
            if (a10.tty.ops.ioctl_tcsets) {
              for (var _3 = syscallGetVarargP(), n3 = HEAP32[_3 >> 2], l = HEAP32[_3 + 4 >> 2], d = HEAP32[_3 + 8 >> 2], p3 = HEAP32[_3 + 12 >> 2], m3 = [], s2 = 0; s2 < 32; s2++) m3.push(HEAP8[_3 + s2 + 17]);
              return a10.tty.ops.ioctl_tcsets(a10.tty, t22, { c_iflag: n3, c_oflag: l, c_cflag: d, c_lflag: p3, c_cc: m3 });
            }
            return 0;
          }
          case 21519: {
            if (!a10.tty) return -59;
            var _3 = syscallGetVarargP();
            return HEAP32[_3 >> 2] = 0, 0;
          }
          case 21520:
            return a10.tty ? -28 : -59;
          case 21531: {
            var _3 = syscallGetVarargP();
            return FS.ioctl(a10, t22, _3);
          }
          case 21523: {
            if (!a10.tty) return -59;
            if (a10.tty.ops.ioctl_tiocgwinsz) {
              var g3 = a10.tty.ops.ioctl_tiocgwinsz(a10.tty), _3 = syscallGetVarargP();
              HEAP16[_3 >> 1] = g3[0], HEAP16[_3 + 2 >> 1] = g3[1];
            }
            return 0;
          }
          case 21524:
            return a10.tty ? 0 : -59;
          case 21515:
            return a10.tty ? 0 : -59;
          default:
            return -28;
        }
      } catch (u2) {
        if (typeof FS > "u" || u2.name !== "ErrnoError") throw u2;
        return -u2.errno;
      }
    }
    ___syscall_ioctl.sig = "iiip";
    function ___syscall_listen(e2, t22) {
      try {
        var r6 = getSocketFromFD(e2);
        return r6.sock_ops.listen(r6, t22), 0;
      } catch (a10) {
        if (typeof FS > "u" || a10.name !== "ErrnoError") throw a10;
        return -a10.errno;
      }
    }
    ___syscall_listen.sig = "iiiiiii";
    function ___syscall_lstat64(e2, t22) {
      try {
        return e2 = SYSCALLS.getStr(e2), SYSCALLS.doStat(FS.lstat, e2, t22);
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_lstat64.sig = "ipp";
    function ___syscall_mkdirat(e2, t22, r6) {
      try {
        return t22 = SYSCALLS.getStr(t22), t22 = SYSCALLS.calculateAt(e2, t22), FS.mkdir(t22, r6, 0), 0;
      } catch (a10) {
        if (typeof FS > "u" || a10.name !== "ErrnoError") throw a10;
        return -a10.errno;
      }
    }
    ___syscall_mkdirat.sig = "iipi";
    function ___syscall_newfstatat(e2, t22, r6, a10) {
      try {
        t22 = SYSCALLS.getStr(t22);
        var o7 = a10 & 256, _3 = a10 & 4096;
        return a10 = a10 & -6401, t22 = SYSCALLS.calculateAt(e2, t22, _3), SYSCALLS.doStat(o7 ? FS.lstat : FS.stat, t22, r6);
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return -s2.errno;
      }
    }
    ___syscall_newfstatat.sig = "iippi";
    function ___syscall_openat(e2, t22, r6, a10) {
      SYSCALLS.varargs = a10;
      try {
        t22 = SYSCALLS.getStr(t22), t22 = SYSCALLS.calculateAt(e2, t22);
        var o7 = a10 ? syscallGetVarargI() : 0;
        return FS.open(t22, r6, o7).fd;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_openat.sig = "iipip";
    var PIPEFS = { BUCKET_BUFFER_SIZE: 8192, mount(e2) {
      return FS.createNode(null, "/", 16895, 0);
    }, createPipe() {
      var e2 = { buckets: [], refcnt: 2 };
      e2.buckets.push({ buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 });
      var t22 = PIPEFS.nextname(), r6 = PIPEFS.nextname(), a10 = FS.createNode(PIPEFS.root, t22, 4096, 0), o7 = FS.createNode(PIPEFS.root, r6, 4096, 0);
      a10.pipe = e2, o7.pipe = e2;
      var _3 = FS.createStream({ path: t22, node: a10, flags: 0, seekable: false, stream_ops: PIPEFS.stream_ops });
      a10.stream = _3;
      var s2 = FS.createStream({ path: r6, node: o7, flags: 1, seekable: false, stream_ops: PIPEFS.stream_ops });
      return o7.stream = s2, { readable_fd: _3.fd, writable_fd: s2.fd };
    }, stream_ops: { poll(e2) {
      var t22 = e2.node.pipe;
      if ((e2.flags & 2097155) === 1) return 260;
      if (t22.buckets.length > 0) for (var r6 = 0; r6 < t22.buckets.length; r6++) {
        var a10 = t22.buckets[r6];
        if (a10.offset - a10.roffset > 0) return 65;
      }
      return 0;
    }, ioctl(e2, t22, r6) {
      return 28;
    }, fsync(e2) {
      return 28;
    }, read(e2, t22, r6, a10, o7) {
      for (var _3 = e2.node.pipe, s2 = 0, n3 = 0; n3 < _3.buckets.length; n3++) {
        var l = _3.buckets[n3];
        s2 += l.offset - l.roffset;
      }
      var d = t22.subarray(r6, r6 + a10);
      if (a10 <= 0) return 0;
      if (s2 == 0) throw new FS.ErrnoError(6);
      for (var p3 = Math.min(s2, a10), m3 = p3, g3 = 0, n3 = 0; n3 < _3.buckets.length; n3++) {
        var u2 = _3.buckets[n3], f2 = u2.offset - u2.roffset;
        if (p3 <= f2) {
          var c3 = u2.buffer.subarray(u2.roffset, u2.offset);
          p3 < f2 ? (c3 = c3.subarray(0, p3), u2.roffset += p3) : g3++, d.set(c3);
          break;
        } else {
          var c3 = u2.buffer.subarray(u2.roffset, u2.offset);
          d.set(c3), d = d.subarray(c3.byteLength), p3 -= c3.byteLength, g3++;
        }
      }
      return g3 && g3 == _3.buckets.length && (g3--, _3.buckets[g3].offset = 0, _3.buckets[g3].roffset = 0), _3.buckets.splice(0, g3), m3;
    }, write(e2, t22, r6, a10, o7) {
      var _3 = e2.node.pipe, s2 = t22.subarray(r6, r6 + a10), n3 = s2.byteLength;
      if (n3 <= 0) return 0;
      var l = null;
      _3.buckets.length == 0 ? (l = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 }, _3.buckets.push(l)) : l = _3.buckets[_3.buckets.length - 1], assert(l.offset <= PIPEFS.BUCKET_BUFFER_SIZE);
      var d = PIPEFS.BUCKET_BUFFER_SIZE - l.offset;
      if (d >= n3) return l.buffer.set(s2, l.offset), l.offset += n3, n3;
      d > 0 && (l.buffer.set(s2.subarray(0, d), l.offset), l.offset += d, s2 = s2.subarray(d, s2.byteLength));
      for (var p3 = s2.byteLength / PIPEFS.BUCKET_BUFFER_SIZE | 0, m3 = s2.byteLength % PIPEFS.BUCKET_BUFFER_SIZE, g3 = 0; g3 < p3; g3++) {
        var u2 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: PIPEFS.BUCKET_BUFFER_SIZE, roffset: 0 };
        _3.buckets.push(u2), u2.buffer.set(s2.subarray(0, PIPEFS.BUCKET_BUFFER_SIZE)), s2 = s2.subarray(PIPEFS.BUCKET_BUFFER_SIZE, s2.byteLength);
      }
      if (m3 > 0) {
        var u2 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: s2.byteLength, roffset: 0 };
        _3.buckets.push(u2), u2.buffer.set(s2);
      }
      return n3;
    }, close(e2) {
      var t22 = e2.node.pipe;
      t22.refcnt--, t22.refcnt === 0 && (t22.buckets = null);
    } }, nextname() {
      return PIPEFS.nextname.current || (PIPEFS.nextname.current = 0), "pipe[" + PIPEFS.nextname.current++ + "]";
    } };
    function ___syscall_pipe(e2) {
      try {
        if (e2 == 0) throw new FS.ErrnoError(21);
        var t22 = PIPEFS.createPipe();
        return HEAP32[e2 >> 2] = t22.readable_fd, HEAP32[e2 + 4 >> 2] = t22.writable_fd, 0;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_pipe.sig = "ip";
    function ___syscall_readlinkat(e2, t22, r6, a10) {
      try {
        if (t22 = SYSCALLS.getStr(t22), t22 = SYSCALLS.calculateAt(e2, t22), a10 <= 0) return -28;
        var o7 = FS.readlink(t22), _3 = Math.min(a10, lengthBytesUTF8(o7)), s2 = HEAP8[r6 + _3];
        return stringToUTF8(o7, r6, a10 + 1), HEAP8[r6 + _3] = s2, _3;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    ___syscall_readlinkat.sig = "iippp";
    function ___syscall_recvfrom(e2, t22, r6, a10, o7, _3) {
      try {
        var s2 = getSocketFromFD(e2), n3 = s2.sock_ops.recvmsg(s2, r6);
        if (!n3) return 0;
        if (o7) var l = writeSockaddr(o7, s2.family, DNS.lookup_name(n3.addr), n3.port, _3);
        return HEAPU8.set(n3.buffer, t22), n3.buffer.byteLength;
      } catch (d) {
        if (typeof FS > "u" || d.name !== "ErrnoError") throw d;
        return -d.errno;
      }
    }
    ___syscall_recvfrom.sig = "iippipp";
    function ___syscall_renameat(e2, t22, r6, a10) {
      try {
        return t22 = SYSCALLS.getStr(t22), a10 = SYSCALLS.getStr(a10), t22 = SYSCALLS.calculateAt(e2, t22), a10 = SYSCALLS.calculateAt(r6, a10), FS.rename(t22, a10), 0;
      } catch (o7) {
        if (typeof FS > "u" || o7.name !== "ErrnoError") throw o7;
        return -o7.errno;
      }
    }
    ___syscall_renameat.sig = "iipip";
    function ___syscall_rmdir(e2) {
      try {
        return e2 = SYSCALLS.getStr(e2), FS.rmdir(e2), 0;
      } catch (t22) {
        if (typeof FS > "u" || t22.name !== "ErrnoError") throw t22;
        return -t22.errno;
      }
    }
    ___syscall_rmdir.sig = "ip";
    function ___syscall_sendto(e2, t22, r6, a10, o7, _3) {
      try {
        var s2 = getSocketFromFD(e2);
        if (!o7) return FS.write(s2.stream, HEAP8, t22, r6);
        var n3 = getSocketAddress(o7, _3);
        return s2.sock_ops.sendmsg(s2, HEAP8, t22, r6, n3.addr, n3.port);
      } catch (l) {
        if (typeof FS > "u" || l.name !== "ErrnoError") throw l;
        return -l.errno;
      }
    }
    ___syscall_sendto.sig = "iippipp";
    function ___syscall_socket(e2, t22, r6) {
      try {
        var a10 = SOCKFS.createSocket(e2, t22, r6);
        return a10.stream.fd;
      } catch (o7) {
        if (typeof FS > "u" || o7.name !== "ErrnoError") throw o7;
        return -o7.errno;
      }
    }
    ___syscall_socket.sig = "iiiiiii";
    function ___syscall_stat64(e2, t22) {
      try {
        return e2 = SYSCALLS.getStr(e2), SYSCALLS.doStat(FS.stat, e2, t22);
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_stat64.sig = "ipp";
    function ___syscall_statfs64(e2, t22, r6) {
      try {
        var a10 = FS.statfs(SYSCALLS.getStr(e2));
        return HEAP32[r6 + 4 >> 2] = a10.bsize, HEAP32[r6 + 40 >> 2] = a10.bsize, HEAP32[r6 + 8 >> 2] = a10.blocks, HEAP32[r6 + 12 >> 2] = a10.bfree, HEAP32[r6 + 16 >> 2] = a10.bavail, HEAP32[r6 + 20 >> 2] = a10.files, HEAP32[r6 + 24 >> 2] = a10.ffree, HEAP32[r6 + 28 >> 2] = a10.fsid, HEAP32[r6 + 44 >> 2] = a10.flags, HEAP32[r6 + 36 >> 2] = a10.namelen, 0;
      } catch (o7) {
        if (typeof FS > "u" || o7.name !== "ErrnoError") throw o7;
        return -o7.errno;
      }
    }
    ___syscall_statfs64.sig = "ippp";
    function ___syscall_symlinkat(e2, t22, r6) {
      try {
        return e2 = SYSCALLS.getStr(e2), r6 = SYSCALLS.getStr(r6), r6 = SYSCALLS.calculateAt(t22, r6), FS.symlink(e2, r6), 0;
      } catch (a10) {
        if (typeof FS > "u" || a10.name !== "ErrnoError") throw a10;
        return -a10.errno;
      }
    }
    ___syscall_symlinkat.sig = "ipip";
    function ___syscall_truncate64(e2, t22) {
      t22 = bigintToI53Checked(t22);
      try {
        return isNaN(t22) ? 61 : (e2 = SYSCALLS.getStr(e2), FS.truncate(e2, t22), 0);
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return -r6.errno;
      }
    }
    ___syscall_truncate64.sig = "ipj";
    function ___syscall_unlinkat(e2, t22, r6) {
      try {
        return t22 = SYSCALLS.getStr(t22), t22 = SYSCALLS.calculateAt(e2, t22), r6 === 0 ? FS.unlink(t22) : r6 === 512 ? FS.rmdir(t22) : abort("Invalid flags passed to unlinkat"), 0;
      } catch (a10) {
        if (typeof FS > "u" || a10.name !== "ErrnoError") throw a10;
        return -a10.errno;
      }
    }
    ___syscall_unlinkat.sig = "iipi";
    var readI53FromI64 = (e2) => HEAPU32[e2 >> 2] + HEAP32[e2 + 4 >> 2] * 4294967296;
    function ___syscall_utimensat(e2, t22, r6, a10) {
      try {
        t22 = SYSCALLS.getStr(t22), t22 = SYSCALLS.calculateAt(e2, t22, true);
        var o7 = Date.now(), _3, s2;
        if (!r6) _3 = o7, s2 = o7;
        else {
          var n3 = readI53FromI64(r6), l = HEAP32[r6 + 8 >> 2];
          l == 1073741823 ? _3 = o7 : l == 1073741822 ? _3 = null : _3 = n3 * 1e3 + l / 1e6, r6 += 16, n3 = readI53FromI64(r6), l = HEAP32[r6 + 8 >> 2], l == 1073741823 ? s2 = o7 : l == 1073741822 ? s2 = null : s2 = n3 * 1e3 + l / 1e6;
        }
        return (s2 ?? _3) !== null && FS.utime(t22, _3, s2), 0;
      } catch (d) {
        if (typeof FS > "u" || d.name !== "ErrnoError") throw d;
        return -d.errno;
      }
    }
    ___syscall_utimensat.sig = "iippi";
    var ___table_base = new WebAssembly.Global({ value: "i32", mutable: false }, 1);
    Module.___table_base = ___table_base;
    var __abort_js = () => abort("");
    __abort_js.sig = "v";
    var ENV = {}, stackAlloc = (e2) => __emscripten_stack_alloc(e2), stringToUTF8OnStack = (e2) => {
      var t22 = lengthBytesUTF8(e2) + 1, r6 = stackAlloc(t22);
      return stringToUTF8(e2, r6, t22), r6;
    }, dlSetError = (e2) => {
      var t22 = stackSave(), r6 = stringToUTF8OnStack(e2);
      ___dl_seterr(r6, 0), stackRestore(t22);
    }, dlopenInternal = (e2, t22) => {
      var r6 = UTF8ToString(e2 + 36), a10 = HEAP32[e2 + 4 >> 2];
      r6 = PATH.normalize(r6);
      var o7 = !!(a10 & 256), _3 = o7 ? null : {}, s2 = { global: o7, nodelete: !!(a10 & 4096), loadAsync: t22.loadAsync };
      if (t22.loadAsync) return loadDynamicLibrary(r6, s2, _3, e2);
      try {
        return loadDynamicLibrary(r6, s2, _3, e2);
      } catch (n3) {
        return dlSetError(`Could not load dynamic lib: ${r6}
${n3}`), 0;
      }
    }, __dlopen_js = (e2) => dlopenInternal(e2, { loadAsync: false });
    __dlopen_js.sig = "pp";
    var __dlsym_js = (e2, t22, r6) => {
      t22 = UTF8ToString(t22);
      var a10, o7, _3 = LDSO.loadedLibsByHandle[e2];
      if (!_3.exports.hasOwnProperty(t22) || _3.exports[t22].stub) return dlSetError(`Tried to lookup unknown symbol "${t22}" in dynamic lib: ${_3.name}`), 0;
      if (o7 = Object.keys(_3.exports).indexOf(t22), a10 = _3.exports[t22], typeof a10 == "function") {
        var s2 = getFunctionAddress(a10);
        s2 ? a10 = s2 : (a10 = addFunction(a10, a10.sig), HEAPU32[r6 >> 2] = o7);
      }
      return a10;
    };
    __dlsym_js.sig = "pppp";
    var runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
      noExitRuntime = false, runtimeKeepaliveCounter = 0;
    };
    __emscripten_runtime_keepalive_clear.sig = "v";
    var __emscripten_throw_longjmp = () => {
      throw 1 / 0;
    };
    __emscripten_throw_longjmp.sig = "v";
    function __gmtime_js(e2, t22) {
      e2 = bigintToI53Checked(e2);
      var r6 = new Date(e2 * 1e3);
      HEAP32[t22 >> 2] = r6.getUTCSeconds(), HEAP32[t22 + 4 >> 2] = r6.getUTCMinutes(), HEAP32[t22 + 8 >> 2] = r6.getUTCHours(), HEAP32[t22 + 12 >> 2] = r6.getUTCDate(), HEAP32[t22 + 16 >> 2] = r6.getUTCMonth(), HEAP32[t22 + 20 >> 2] = r6.getUTCFullYear() - 1900, HEAP32[t22 + 24 >> 2] = r6.getUTCDay();
      var a10 = Date.UTC(r6.getUTCFullYear(), 0, 1, 0, 0, 0, 0), o7 = (r6.getTime() - a10) / (1e3 * 60 * 60 * 24) | 0;
      HEAP32[t22 + 28 >> 2] = o7;
    }
    __gmtime_js.sig = "vjp";
    var isLeapYear = (e2) => e2 % 4 === 0 && (e2 % 100 !== 0 || e2 % 400 === 0), MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], ydayFromDate = (e2) => {
      var t22 = isLeapYear(e2.getFullYear()), r6 = t22 ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE, a10 = r6[e2.getMonth()] + e2.getDate() - 1;
      return a10;
    };
    function __localtime_js(e2, t22) {
      e2 = bigintToI53Checked(e2);
      var r6 = new Date(e2 * 1e3);
      HEAP32[t22 >> 2] = r6.getSeconds(), HEAP32[t22 + 4 >> 2] = r6.getMinutes(), HEAP32[t22 + 8 >> 2] = r6.getHours(), HEAP32[t22 + 12 >> 2] = r6.getDate(), HEAP32[t22 + 16 >> 2] = r6.getMonth(), HEAP32[t22 + 20 >> 2] = r6.getFullYear() - 1900, HEAP32[t22 + 24 >> 2] = r6.getDay();
      var a10 = ydayFromDate(r6) | 0;
      HEAP32[t22 + 28 >> 2] = a10, HEAP32[t22 + 36 >> 2] = -(r6.getTimezoneOffset() * 60);
      var o7 = new Date(r6.getFullYear(), 0, 1), _3 = new Date(r6.getFullYear(), 6, 1).getTimezoneOffset(), s2 = o7.getTimezoneOffset(), n3 = (_3 != s2 && r6.getTimezoneOffset() == Math.min(s2, _3)) | 0;
      HEAP32[t22 + 32 >> 2] = n3;
    }
    __localtime_js.sig = "vjp";
    function __mmap_js(e2, t22, r6, a10, o7, _3, s2) {
      o7 = bigintToI53Checked(o7);
      try {
        if (isNaN(o7)) return 61;
        var n3 = SYSCALLS.getStreamFromFD(a10), l = FS.mmap(n3, e2, o7, t22, r6), d = l.ptr;
        return HEAP32[_3 >> 2] = l.allocated, HEAPU32[s2 >> 2] = d, 0;
      } catch (p3) {
        if (typeof FS > "u" || p3.name !== "ErrnoError") throw p3;
        return -p3.errno;
      }
    }
    __mmap_js.sig = "ipiiijpp";
    function __munmap_js(e2, t22, r6, a10, o7, _3) {
      _3 = bigintToI53Checked(_3);
      try {
        var s2 = SYSCALLS.getStreamFromFD(o7);
        r6 & 2 && SYSCALLS.doMsync(e2, s2, t22, a10, _3);
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    __munmap_js.sig = "ippiiij";
    var timers = {}, handleException = (e2) => {
      if (e2 instanceof ExitStatus || e2 == "unwind") return EXITSTATUS;
      quit_(1, e2);
    }, keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0, _proc_exit = (e2) => {
      EXITSTATUS = e2, keepRuntimeAlive() || (Module.onExit?.(e2), ABORT = true), quit_(e2, new ExitStatus(e2));
    };
    _proc_exit.sig = "vi";
    var exitJS = (e2, t22) => {
      EXITSTATUS = e2, keepRuntimeAlive() || exitRuntime(), _proc_exit(e2);
    }, _exit = exitJS;
    Module._exit = _exit, _exit.sig = "vi";
    var maybeExit = () => {
      if (!runtimeExited && !keepRuntimeAlive()) try {
        _exit(EXITSTATUS);
      } catch (e2) {
        handleException(e2);
      }
    }, callUserCallback = (e2) => {
      if (!(runtimeExited || ABORT)) try {
        e2(), maybeExit();
      } catch (t22) {
        handleException(t22);
      }
    }, _emscripten_get_now = () => performance.now();
    _emscripten_get_now.sig = "d";
    var __setitimer_js = (e2, t22) => {
      if (timers[e2] && (clearTimeout(timers[e2].id), delete timers[e2]), !t22) return 0;
      var r6 = setTimeout(() => {
        delete timers[e2], callUserCallback(() => __emscripten_timeout(e2, _emscripten_get_now()));
      }, t22);
      return timers[e2] = { id: r6, timeout_ms: t22 }, 0;
    };
    __setitimer_js.sig = "iid";
    var __tzset_js = (e2, t22, r6, a10) => {
      var o7 = (/* @__PURE__ */ new Date()).getFullYear(), _3 = new Date(o7, 0, 1), s2 = new Date(o7, 6, 1), n3 = _3.getTimezoneOffset(), l = s2.getTimezoneOffset(), d = Math.max(n3, l);
      HEAPU32[e2 >> 2] = d * 60, HEAP32[t22 >> 2] = +(n3 != l);
      var p3 = (u2) => {
        var f2 = u2 >= 0 ? "-" : "+", c3 = Math.abs(u2), x3 = String(Math.floor(c3 / 60)).padStart(2, "0"), w2 = String(c3 % 60).padStart(2, "0");
        return `UTC${f2}${x3}${w2}`;
      }, m3 = p3(n3), g3 = p3(l);
      l < n3 ? (stringToUTF8(m3, r6, 17), stringToUTF8(g3, a10, 17)) : (stringToUTF8(m3, a10, 17), stringToUTF8(g3, r6, 17));
    };
    __tzset_js.sig = "vpppp";
    var _emscripten_date_now = () => Date.now();
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1, checkWasiClock = (e2) => e2 >= 0 && e2 <= 3;
    function _clock_time_get(e2, t22, r6) {
      if (t22 = bigintToI53Checked(t22), !checkWasiClock(e2)) return 28;
      var a10;
      if (e2 === 0) a10 = _emscripten_date_now();
      else if (nowIsMonotonic) a10 = _emscripten_get_now();
      else return 52;
      var o7 = Math.round(a10 * 1e3 * 1e3);
      return HEAP64[r6 >> 3] = BigInt(o7), 0;
    }
    _clock_time_get.sig = "iijp";
    var getHeapMax = () => 2147483648, _emscripten_get_heap_max = () => getHeapMax();
    _emscripten_get_heap_max.sig = "p";
    var growMemory = (e2) => {
      var t22 = wasmMemory.buffer, r6 = (e2 - t22.byteLength + 65535) / 65536 | 0;
      try {
        return wasmMemory.grow(r6), updateMemoryViews(), 1;
      } catch {
      }
    }, _emscripten_resize_heap = (e2) => {
      var t22 = HEAPU8.length;
      e2 >>>= 0;
      var r6 = getHeapMax();
      if (e2 > r6) return false;
      for (var a10 = 1; a10 <= 4; a10 *= 2) {
        var o7 = t22 * (1 + 0.2 / a10);
        o7 = Math.min(o7, e2 + 100663296);
        var _3 = Math.min(r6, alignMemory(Math.max(e2, o7), 65536)), s2 = growMemory(_3);
        if (s2) return true;
      }
      return false;
    };
    _emscripten_resize_heap.sig = "ip";
    var getExecutableName = () => thisProgram || "./this.program", getEnvStrings = () => {
      if (!getEnvStrings.strings) {
        var e2 = (typeof navigator == "object" && navigator.languages && navigator.languages[0] || "C").replace("-", "_") + ".UTF-8", t22 = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: e2, _: getExecutableName() };
        for (var r6 in ENV) ENV[r6] === void 0 ? delete t22[r6] : t22[r6] = ENV[r6];
        var a10 = [];
        for (var r6 in t22) a10.push(`${r6}=${t22[r6]}`);
        getEnvStrings.strings = a10;
      }
      return getEnvStrings.strings;
    }, stringToAscii = (e2, t22) => {
      for (var r6 = 0; r6 < e2.length; ++r6) HEAP8[t22++] = e2.charCodeAt(r6);
      HEAP8[t22] = 0;
    }, _environ_get = (e2, t22) => {
      var r6 = 0;
      return getEnvStrings().forEach((a10, o7) => {
        var _3 = t22 + r6;
        HEAPU32[e2 + o7 * 4 >> 2] = _3, stringToAscii(a10, _3), r6 += a10.length + 1;
      }), 0;
    };
    _environ_get.sig = "ipp";
    var _environ_sizes_get = (e2, t22) => {
      var r6 = getEnvStrings();
      HEAPU32[e2 >> 2] = r6.length;
      var a10 = 0;
      return r6.forEach((o7) => a10 += o7.length + 1), HEAPU32[t22 >> 2] = a10, 0;
    };
    _environ_sizes_get.sig = "ipp";
    function _fd_close(e2) {
      try {
        var t22 = SYSCALLS.getStreamFromFD(e2);
        return FS.close(t22), 0;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return r6.errno;
      }
    }
    _fd_close.sig = "ii";
    function _fd_fdstat_get(e2, t22) {
      try {
        var r6 = 0, a10 = 0, o7 = 0, _3 = SYSCALLS.getStreamFromFD(e2), s2 = _3.tty ? 2 : FS.isDir(_3.mode) ? 3 : FS.isLink(_3.mode) ? 7 : 4;
        return HEAP8[t22] = s2, HEAP16[t22 + 2 >> 1] = o7, HEAP64[t22 + 8 >> 3] = BigInt(r6), HEAP64[t22 + 16 >> 3] = BigInt(a10), 0;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return n3.errno;
      }
    }
    _fd_fdstat_get.sig = "iip";
    var doReadv = (e2, t22, r6, a10) => {
      for (var o7 = 0, _3 = 0; _3 < r6; _3++) {
        var s2 = HEAPU32[t22 >> 2], n3 = HEAPU32[t22 + 4 >> 2];
        t22 += 8;
        var l = FS.read(e2, HEAP8, s2, n3, a10);
        if (l < 0) return -1;
        if (o7 += l, l < n3) break;
        typeof a10 < "u" && (a10 += l);
      }
      return o7;
    };
    function _fd_pread(e2, t22, r6, a10, o7) {
      a10 = bigintToI53Checked(a10);
      try {
        if (isNaN(a10)) return 61;
        var _3 = SYSCALLS.getStreamFromFD(e2), s2 = doReadv(_3, t22, r6, a10);
        return HEAPU32[o7 >> 2] = s2, 0;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return n3.errno;
      }
    }
    _fd_pread.sig = "iippjp";
    var doWritev = (e2, t22, r6, a10) => {
      for (var o7 = 0, _3 = 0; _3 < r6; _3++) {
        var s2 = HEAPU32[t22 >> 2], n3 = HEAPU32[t22 + 4 >> 2];
        t22 += 8;
        var l = FS.write(e2, HEAP8, s2, n3, a10);
        if (l < 0) return -1;
        if (o7 += l, l < n3) break;
        typeof a10 < "u" && (a10 += l);
      }
      return o7;
    };
    function _fd_pwrite(e2, t22, r6, a10, o7) {
      a10 = bigintToI53Checked(a10);
      try {
        if (isNaN(a10)) return 61;
        var _3 = SYSCALLS.getStreamFromFD(e2), s2 = doWritev(_3, t22, r6, a10);
        return HEAPU32[o7 >> 2] = s2, 0;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return n3.errno;
      }
    }
    _fd_pwrite.sig = "iippjp";
    function _fd_read(e2, t22, r6, a10) {
      try {
        var o7 = SYSCALLS.getStreamFromFD(e2), _3 = doReadv(o7, t22, r6);
        return HEAPU32[a10 >> 2] = _3, 0;
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return s2.errno;
      }
    }
    _fd_read.sig = "iippp";
    function _fd_seek(e2, t22, r6, a10) {
      t22 = bigintToI53Checked(t22);
      try {
        if (isNaN(t22)) return 61;
        var o7 = SYSCALLS.getStreamFromFD(e2);
        return FS.llseek(o7, t22, r6), HEAP64[a10 >> 3] = BigInt(o7.position), o7.getdents && t22 === 0 && r6 === 0 && (o7.getdents = null), 0;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return _3.errno;
      }
    }
    _fd_seek.sig = "iijip";
    function _fd_sync(e2) {
      try {
        var t22 = SYSCALLS.getStreamFromFD(e2);
        return t22.stream_ops?.fsync ? t22.stream_ops.fsync(t22) : 0;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return r6.errno;
      }
    }
    _fd_sync.sig = "ii";
    function _fd_write(e2, t22, r6, a10) {
      try {
        var o7 = SYSCALLS.getStreamFromFD(e2), _3 = doWritev(o7, t22, r6);
        return HEAPU32[a10 >> 2] = _3, 0;
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return s2.errno;
      }
    }
    _fd_write.sig = "iippp";
    var _getaddrinfo = (e2, t22, r6, a10) => {
      var o7 = 0, _3 = 0, s2 = 0, n3 = 0, l = 0, d = 0, p3;
      function m3(g3, u2, f2, c3, x3, w2) {
        var b2, M2, S2, E2;
        return M2 = g3 === 10 ? 28 : 16, x3 = g3 === 10 ? inetNtop6(x3) : inetNtop4(x3), b2 = _malloc(M2), E2 = writeSockaddr(b2, g3, x3, w2), assert(!E2), S2 = _malloc(32), HEAP32[S2 + 4 >> 2] = g3, HEAP32[S2 + 8 >> 2] = u2, HEAP32[S2 + 12 >> 2] = f2, HEAPU32[S2 + 24 >> 2] = c3, HEAPU32[S2 + 20 >> 2] = b2, g3 === 10 ? HEAP32[S2 + 16 >> 2] = 28 : HEAP32[S2 + 16 >> 2] = 16, HEAP32[S2 + 28 >> 2] = 0, S2;
      }
      if (r6 && (s2 = HEAP32[r6 >> 2], n3 = HEAP32[r6 + 4 >> 2], l = HEAP32[r6 + 8 >> 2], d = HEAP32[r6 + 12 >> 2]), l && !d && (d = l === 2 ? 17 : 6), !l && d && (l = d === 17 ? 2 : 1), d === 0 && (d = 6), l === 0 && (l = 1), !e2 && !t22) return -2;
      if (s2 & -1088 || r6 !== 0 && HEAP32[r6 >> 2] & 2 && !e2) return -1;
      if (s2 & 32) return -2;
      if (l !== 0 && l !== 1 && l !== 2) return -7;
      if (n3 !== 0 && n3 !== 2 && n3 !== 10) return -6;
      if (t22 && (t22 = UTF8ToString(t22), _3 = parseInt(t22, 10), isNaN(_3))) return s2 & 1024 ? -2 : -8;
      if (!e2) return n3 === 0 && (n3 = 2), s2 & 1 || (n3 === 2 ? o7 = _htonl(2130706433) : o7 = [0, 0, 0, _htonl(1)]), p3 = m3(n3, l, d, null, o7, _3), HEAPU32[a10 >> 2] = p3, 0;
      if (e2 = UTF8ToString(e2), o7 = inetPton4(e2), o7 !== null) if (n3 === 0 || n3 === 2) n3 = 2;
      else if (n3 === 10 && s2 & 8) o7 = [0, 0, _htonl(65535), o7], n3 = 10;
      else return -2;
      else if (o7 = inetPton6(e2), o7 !== null) if (n3 === 0 || n3 === 10) n3 = 10;
      else return -2;
      return o7 != null ? (p3 = m3(n3, l, d, e2, o7, _3), HEAPU32[a10 >> 2] = p3, 0) : s2 & 4 ? -2 : (e2 = DNS.lookup_name(e2), o7 = inetPton4(e2), n3 === 0 ? n3 = 2 : n3 === 10 && (o7 = [0, 0, _htonl(65535), o7]), p3 = m3(n3, l, d, null, o7, _3), HEAPU32[a10 >> 2] = p3, 0);
    };
    _getaddrinfo.sig = "ipppp";
    var _getnameinfo = (e2, t22, r6, a10, o7, _3, s2) => {
      var n3 = readSockaddr(e2, t22);
      if (n3.errno) return -6;
      var l = n3.port, d = n3.addr, p3 = false;
      if (r6 && a10) {
        var m3;
        if (s2 & 1 || !(m3 = DNS.lookup_addr(d))) {
          if (s2 & 8) return -2;
        } else d = m3;
        var g3 = stringToUTF8(d, r6, a10);
        g3 + 1 >= a10 && (p3 = true);
      }
      if (o7 && _3) {
        l = "" + l;
        var g3 = stringToUTF8(l, o7, _3);
        g3 + 1 >= _3 && (p3 = true);
      }
      return p3 ? -12 : 0;
    };
    _getnameinfo.sig = "ipipipii";
    function _random_get(e2, t22) {
      try {
        return randomFill(HEAPU8.subarray(e2, e2 + t22)), 0;
      } catch (r6) {
        if (typeof FS > "u" || r6.name !== "ErrnoError") throw r6;
        return r6.errno;
      }
    }
    _random_get.sig = "ipp";
    var stringToNewUTF8 = (e2) => {
      var t22 = lengthBytesUTF8(e2) + 1, r6 = _malloc(t22);
      return r6 && stringToUTF8(e2, r6, t22), r6;
    }, removeFunction = (e2) => {
      functionsInTableMap.delete(getWasmTableEntry(e2)), setWasmTableEntry(e2, null), freeTableIndexes.push(e2);
    }, FS_createPath = FS.createPath, FS_unlink = (e2) => FS.unlink(e2), FS_createLazyFile = FS.createLazyFile, FS_createDevice = FS.createDevice, setTempRet0 = (e2) => __emscripten_tempret_set(e2), _setTempRet0 = setTempRet0;
    Module._setTempRet0 = _setTempRet0;
    var getTempRet0 = (e2) => __emscripten_tempret_get(), _getTempRet0 = getTempRet0;
    Module._getTempRet0 = _getTempRet0;
    var _emscripten_force_exit = (e2) => {
      __emscripten_runtime_keepalive_clear(), _exit(e2);
    };
    Module._emscripten_force_exit = _emscripten_force_exit, _emscripten_force_exit.sig = "vi";
    var _sched_yield = () => 0;
    Module._sched_yield = _sched_yield, _sched_yield.sig = "i";
    var exceptionLast = 0;
    class ExceptionInfo {
      constructor(t22) {
        this.excPtr = t22, this.ptr = t22 - 24;
      }
      set_type(t22) {
        HEAPU32[this.ptr + 4 >> 2] = t22;
      }
      get_type() {
        return HEAPU32[this.ptr + 4 >> 2];
      }
      set_destructor(t22) {
        HEAPU32[this.ptr + 8 >> 2] = t22;
      }
      get_destructor() {
        return HEAPU32[this.ptr + 8 >> 2];
      }
      set_caught(t22) {
        t22 = t22 ? 1 : 0, HEAP8[this.ptr + 12] = t22;
      }
      get_caught() {
        return HEAP8[this.ptr + 12] != 0;
      }
      set_rethrown(t22) {
        t22 = t22 ? 1 : 0, HEAP8[this.ptr + 13] = t22;
      }
      get_rethrown() {
        return HEAP8[this.ptr + 13] != 0;
      }
      init(t22, r6) {
        this.set_adjusted_ptr(0), this.set_type(t22), this.set_destructor(r6);
      }
      set_adjusted_ptr(t22) {
        HEAPU32[this.ptr + 16 >> 2] = t22;
      }
      get_adjusted_ptr() {
        return HEAPU32[this.ptr + 16 >> 2];
      }
    }
    var ___resumeException = (e2) => {
      throw exceptionLast || (exceptionLast = e2), exceptionLast;
    };
    Module.___resumeException = ___resumeException, ___resumeException.sig = "vp";
    var findMatchingCatch = (e2) => {
      var t22 = exceptionLast;
      if (!t22) return setTempRet0(0), 0;
      var r6 = new ExceptionInfo(t22);
      r6.set_adjusted_ptr(t22);
      var a10 = r6.get_type();
      if (!a10) return setTempRet0(0), t22;
      for (var o7 of e2) {
        if (o7 === 0 || o7 === a10) break;
        var _3 = r6.ptr + 16;
        if (___cxa_can_catch(o7, a10, _3)) return setTempRet0(o7), t22;
      }
      return setTempRet0(a10), t22;
    }, ___cxa_find_matching_catch_2 = () => findMatchingCatch([]);
    Module.___cxa_find_matching_catch_2 = ___cxa_find_matching_catch_2, ___cxa_find_matching_catch_2.sig = "p";
    var ___cxa_find_matching_catch_3 = (e2) => findMatchingCatch([e2]);
    Module.___cxa_find_matching_catch_3 = ___cxa_find_matching_catch_3, ___cxa_find_matching_catch_3.sig = "pp";
    var uncaughtExceptionCount = 0, ___cxa_throw = (e2, t22, r6) => {
      var a10 = new ExceptionInfo(e2);
      throw a10.init(t22, r6), exceptionLast = e2, uncaughtExceptionCount++, exceptionLast;
    };
    Module.___cxa_throw = ___cxa_throw, ___cxa_throw.sig = "vppp";
    var exceptionCaught = [], ___cxa_rethrow = () => {
      var e2 = exceptionCaught.pop();
      e2 || abort("no exception to throw");
      var t22 = e2.excPtr;
      throw e2.get_rethrown() || (exceptionCaught.push(e2), e2.set_rethrown(true), e2.set_caught(false), uncaughtExceptionCount++), exceptionLast = t22, exceptionLast;
    };
    Module.___cxa_rethrow = ___cxa_rethrow, ___cxa_rethrow.sig = "v";
    var ___cxa_begin_catch = (e2) => {
      var t22 = new ExceptionInfo(e2);
      return t22.get_caught() || (t22.set_caught(true), uncaughtExceptionCount--), t22.set_rethrown(false), exceptionCaught.push(t22), ___cxa_increment_exception_refcount(e2), ___cxa_get_exception_ptr(e2);
    };
    Module.___cxa_begin_catch = ___cxa_begin_catch, ___cxa_begin_catch.sig = "pp";
    var ___cxa_end_catch = () => {
      _setThrew(0, 0);
      var e2 = exceptionCaught.pop();
      ___cxa_decrement_exception_refcount(e2.excPtr), exceptionLast = 0;
    };
    Module.___cxa_end_catch = ___cxa_end_catch, ___cxa_end_catch.sig = "v";
    var ___cxa_uncaught_exceptions = () => uncaughtExceptionCount;
    Module.___cxa_uncaught_exceptions = ___cxa_uncaught_exceptions, ___cxa_uncaught_exceptions.sig = "i";
    var ___cxa_current_primary_exception = () => {
      if (!exceptionCaught.length) return 0;
      var e2 = exceptionCaught[exceptionCaught.length - 1];
      return ___cxa_increment_exception_refcount(e2.excPtr), e2.excPtr;
    };
    Module.___cxa_current_primary_exception = ___cxa_current_primary_exception, ___cxa_current_primary_exception.sig = "p";
    var ___cxa_rethrow_primary_exception = (e2) => {
      if (e2) {
        var t22 = new ExceptionInfo(e2);
        exceptionCaught.push(t22), t22.set_rethrown(true), ___cxa_rethrow();
      }
    };
    Module.___cxa_rethrow_primary_exception = ___cxa_rethrow_primary_exception, ___cxa_rethrow_primary_exception.sig = "vp", registerWasmPlugin(), FS.createPreloadedFile = FS_createPreloadedFile, FS.staticInit(), Module.FS_createPath = FS.createPath, Module.FS_createDataFile = FS.createDataFile, Module.FS_createPreloadedFile = FS.createPreloadedFile, Module.FS_unlink = FS.unlink, Module.FS_createLazyFile = FS.createLazyFile, Module.FS_createDevice = FS.createDevice, MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>", ENVIRONMENT_IS_NODE && NODEFS.staticInit();
    var wasmImports = { __assert_fail: ___assert_fail, __call_sighandler: ___call_sighandler, __cxa_begin_catch: ___cxa_begin_catch, __cxa_current_primary_exception: ___cxa_current_primary_exception, __cxa_end_catch: ___cxa_end_catch, __cxa_find_matching_catch_2: ___cxa_find_matching_catch_2, __cxa_find_matching_catch_3: ___cxa_find_matching_catch_3, __cxa_rethrow: ___cxa_rethrow, __cxa_rethrow_primary_exception: ___cxa_rethrow_primary_exception, __cxa_throw: ___cxa_throw, __cxa_uncaught_exceptions: ___cxa_uncaught_exceptions, __heap_base: ___heap_base, __indirect_function_table: wasmTable, __memory_base: ___memory_base, __resumeException: ___resumeException, __stack_pointer: ___stack_pointer, __syscall__newselect: ___syscall__newselect, __syscall_accept4: ___syscall_accept4, __syscall_bind: ___syscall_bind, __syscall_chdir: ___syscall_chdir, __syscall_chmod: ___syscall_chmod, __syscall_connect: ___syscall_connect, __syscall_dup: ___syscall_dup, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fadvise64: ___syscall_fadvise64, __syscall_fallocate: ___syscall_fallocate, __syscall_fchmod: ___syscall_fchmod, __syscall_fchmodat2: ___syscall_fchmodat2, __syscall_fchown32: ___syscall_fchown32, __syscall_fchownat: ___syscall_fchownat, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fdatasync: ___syscall_fdatasync, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_listen: ___syscall_listen, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_pipe: ___syscall_pipe, __syscall_readlinkat: ___syscall_readlinkat, __syscall_recvfrom: ___syscall_recvfrom, __syscall_renameat: ___syscall_renameat, __syscall_rmdir: ___syscall_rmdir, __syscall_sendto: ___syscall_sendto, __syscall_socket: ___syscall_socket, __syscall_stat64: ___syscall_stat64, __syscall_statfs64: ___syscall_statfs64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_truncate64: ___syscall_truncate64, __syscall_unlinkat: ___syscall_unlinkat, __syscall_utimensat: ___syscall_utimensat, __table_base: ___table_base, _abort_js: __abort_js, _dlopen_js: __dlopen_js, _dlsym_js: __dlsym_js, _emscripten_runtime_keepalive_clear: __emscripten_runtime_keepalive_clear, _emscripten_throw_longjmp: __emscripten_throw_longjmp, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mmap_js: __mmap_js, _munmap_js: __munmap_js, _setitimer_js: __setitimer_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_force_exit: _emscripten_force_exit, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_pread: _fd_pread, fd_pwrite: _fd_pwrite, fd_read: _fd_read, fd_seek: _fd_seek, fd_sync: _fd_sync, fd_write: _fd_write, getTempRet0: _getTempRet0, getaddrinfo: _getaddrinfo, getnameinfo: _getnameinfo, invoke_di, invoke_i, invoke_id, invoke_ii, invoke_iii, invoke_iiii, invoke_iiiii, invoke_iiiiii, invoke_iiiiiii, invoke_iiiiiiii, invoke_iiiiiiiii, invoke_iiiiiiiiii, invoke_iiiiiiiiiii, invoke_iiiiiiiiiiiiii, invoke_iiiiiiiiiiiiiiiiii, invoke_iiiiiji, invoke_iiiij, invoke_iiij, invoke_iiji, invoke_iijj, invoke_ij, invoke_ijiiiii, invoke_ijiiiiii, invoke_ijji, invoke_j, invoke_ji, invoke_jii, invoke_jiii, invoke_jiiii, invoke_jiiiiii, invoke_jiiiiiiiii, invoke_jij, invoke_v, invoke_vi, invoke_vid, invoke_vii, invoke_viii, invoke_viiii, invoke_viiiii, invoke_viiiiii, invoke_viiiiiii, invoke_viiiiiiii, invoke_viiiiiiiii, invoke_viiiiiiiiiiii, invoke_viiij, invoke_viiiji, invoke_viij, invoke_viiji, invoke_viijii, invoke_viijiiii, invoke_vij, invoke_viji, invoke_vijiji, invoke_vijjii, invoke_vj, invoke_vji, invoke_vjii, memory: wasmMemory, proc_exit: _proc_exit, random_get: _random_get, sched_yield: _sched_yield, setTempRet0: _setTempRet0 }, wasmExports;
    createWasm();
    var ___wasm_call_ctors = () => (___wasm_call_ctors = wasmExports.__wasm_call_ctors)(), _palloc0 = Module._palloc0 = (e2) => (_palloc0 = Module._palloc0 = wasmExports.palloc0)(e2), _RelationGetNumberOfBlocksInFork = Module._RelationGetNumberOfBlocksInFork = (e2, t22) => (_RelationGetNumberOfBlocksInFork = Module._RelationGetNumberOfBlocksInFork = wasmExports.RelationGetNumberOfBlocksInFork)(e2, t22), _ExtendBufferedRel = Module._ExtendBufferedRel = (e2, t22, r6, a10) => (_ExtendBufferedRel = Module._ExtendBufferedRel = wasmExports.ExtendBufferedRel)(e2, t22, r6, a10), _MarkBufferDirty = Module._MarkBufferDirty = (e2) => (_MarkBufferDirty = Module._MarkBufferDirty = wasmExports.MarkBufferDirty)(e2), _XLogBeginInsert = Module._XLogBeginInsert = () => (_XLogBeginInsert = Module._XLogBeginInsert = wasmExports.XLogBeginInsert)(), _XLogRegisterData = Module._XLogRegisterData = (e2, t22) => (_XLogRegisterData = Module._XLogRegisterData = wasmExports.XLogRegisterData)(e2, t22), _XLogInsert = Module._XLogInsert = (e2, t22) => (_XLogInsert = Module._XLogInsert = wasmExports.XLogInsert)(e2, t22), _UnlockReleaseBuffer = Module._UnlockReleaseBuffer = (e2) => (_UnlockReleaseBuffer = Module._UnlockReleaseBuffer = wasmExports.UnlockReleaseBuffer)(e2), _palloc = Module._palloc = (e2) => (_palloc = Module._palloc = wasmExports.palloc)(e2), _brin_build_desc = Module._brin_build_desc = (e2) => (_brin_build_desc = Module._brin_build_desc = wasmExports.brin_build_desc)(e2), _EnterParallelMode = Module._EnterParallelMode = () => (_EnterParallelMode = Module._EnterParallelMode = wasmExports.EnterParallelMode)(), _CreateParallelContext = Module._CreateParallelContext = (e2, t22, r6) => (_CreateParallelContext = Module._CreateParallelContext = wasmExports.CreateParallelContext)(e2, t22, r6), _GetTransactionSnapshot = Module._GetTransactionSnapshot = () => (_GetTransactionSnapshot = Module._GetTransactionSnapshot = wasmExports.GetTransactionSnapshot)(), _RegisterSnapshot = Module._RegisterSnapshot = (e2) => (_RegisterSnapshot = Module._RegisterSnapshot = wasmExports.RegisterSnapshot)(e2), _table_parallelscan_estimate = Module._table_parallelscan_estimate = (e2, t22) => (_table_parallelscan_estimate = Module._table_parallelscan_estimate = wasmExports.table_parallelscan_estimate)(e2, t22), _add_size = Module._add_size = (e2, t22) => (_add_size = Module._add_size = wasmExports.add_size)(e2, t22), _tuplesort_estimate_shared = Module._tuplesort_estimate_shared = (e2) => (_tuplesort_estimate_shared = Module._tuplesort_estimate_shared = wasmExports.tuplesort_estimate_shared)(e2), _strlen = Module._strlen = (e2) => (_strlen = Module._strlen = wasmExports.strlen)(e2), _InitializeParallelDSM = Module._InitializeParallelDSM = (e2) => (_InitializeParallelDSM = Module._InitializeParallelDSM = wasmExports.InitializeParallelDSM)(e2), _UnregisterSnapshot = Module._UnregisterSnapshot = (e2) => (_UnregisterSnapshot = Module._UnregisterSnapshot = wasmExports.UnregisterSnapshot)(e2), _DestroyParallelContext = Module._DestroyParallelContext = (e2) => (_DestroyParallelContext = Module._DestroyParallelContext = wasmExports.DestroyParallelContext)(e2), _ExitParallelMode = Module._ExitParallelMode = () => (_ExitParallelMode = Module._ExitParallelMode = wasmExports.ExitParallelMode)(), _shm_toc_allocate = Module._shm_toc_allocate = (e2, t22) => (_shm_toc_allocate = Module._shm_toc_allocate = wasmExports.shm_toc_allocate)(e2, t22), _ConditionVariableInit = Module._ConditionVariableInit = (e2) => (_ConditionVariableInit = Module._ConditionVariableInit = wasmExports.ConditionVariableInit)(e2), _s_init_lock_sema = Module._s_init_lock_sema = (e2, t22) => (_s_init_lock_sema = Module._s_init_lock_sema = wasmExports.s_init_lock_sema)(e2, t22), _table_parallelscan_initialize = Module._table_parallelscan_initialize = (e2, t22, r6) => (_table_parallelscan_initialize = Module._table_parallelscan_initialize = wasmExports.table_parallelscan_initialize)(e2, t22, r6), _tuplesort_initialize_shared = Module._tuplesort_initialize_shared = (e2, t22, r6) => (_tuplesort_initialize_shared = Module._tuplesort_initialize_shared = wasmExports.tuplesort_initialize_shared)(e2, t22, r6), _shm_toc_insert = Module._shm_toc_insert = (e2, t22, r6) => (_shm_toc_insert = Module._shm_toc_insert = wasmExports.shm_toc_insert)(e2, t22, r6), _memcpy = Module._memcpy = (e2, t22, r6) => (_memcpy = Module._memcpy = wasmExports.memcpy)(e2, t22, r6), _LaunchParallelWorkers = Module._LaunchParallelWorkers = (e2) => (_LaunchParallelWorkers = Module._LaunchParallelWorkers = wasmExports.LaunchParallelWorkers)(e2), _WaitForParallelWorkersToAttach = Module._WaitForParallelWorkersToAttach = (e2) => (_WaitForParallelWorkersToAttach = Module._WaitForParallelWorkersToAttach = wasmExports.WaitForParallelWorkersToAttach)(e2), _tas_sema = Module._tas_sema = (e2) => (_tas_sema = Module._tas_sema = wasmExports.tas_sema)(e2), _s_lock = Module._s_lock = (e2, t22, r6, a10) => (_s_lock = Module._s_lock = wasmExports.s_lock)(e2, t22, r6, a10), _s_unlock_sema = Module._s_unlock_sema = (e2) => (_s_unlock_sema = Module._s_unlock_sema = wasmExports.s_unlock_sema)(e2), _ConditionVariableSleep = Module._ConditionVariableSleep = (e2, t22) => (_ConditionVariableSleep = Module._ConditionVariableSleep = wasmExports.ConditionVariableSleep)(e2, t22), _ConditionVariableCancelSleep = Module._ConditionVariableCancelSleep = () => (_ConditionVariableCancelSleep = Module._ConditionVariableCancelSleep = wasmExports.ConditionVariableCancelSleep)(), _tuplesort_performsort = Module._tuplesort_performsort = (e2) => (_tuplesort_performsort = Module._tuplesort_performsort = wasmExports.tuplesort_performsort)(e2), _AllocSetContextCreateInternal = Module._AllocSetContextCreateInternal = (e2, t22, r6, a10, o7) => (_AllocSetContextCreateInternal = Module._AllocSetContextCreateInternal = wasmExports.AllocSetContextCreateInternal)(e2, t22, r6, a10, o7), _tuplesort_end = Module._tuplesort_end = (e2) => (_tuplesort_end = Module._tuplesort_end = wasmExports.tuplesort_end)(e2), _MemoryContextReset = Module._MemoryContextReset = (e2) => (_MemoryContextReset = Module._MemoryContextReset = wasmExports.MemoryContextReset)(e2), _brin_deform_tuple = Module._brin_deform_tuple = (e2, t22, r6) => (_brin_deform_tuple = Module._brin_deform_tuple = wasmExports.brin_deform_tuple)(e2, t22, r6), _pfree = Module._pfree = (e2) => (_pfree = Module._pfree = wasmExports.pfree)(e2), _MemoryContextDelete = Module._MemoryContextDelete = (e2) => (_MemoryContextDelete = Module._MemoryContextDelete = wasmExports.MemoryContextDelete)(e2), _errstart_cold = Module._errstart_cold = (e2, t22) => (_errstart_cold = Module._errstart_cold = wasmExports.errstart_cold)(e2, t22), _errmsg_internal = Module._errmsg_internal = (e2, t22) => (_errmsg_internal = Module._errmsg_internal = wasmExports.errmsg_internal)(e2, t22), _errfinish = Module._errfinish = (e2, t22, r6) => (_errfinish = Module._errfinish = wasmExports.errfinish)(e2, t22, r6), _log_newpage_buffer = Module._log_newpage_buffer = (e2, t22) => (_log_newpage_buffer = Module._log_newpage_buffer = wasmExports.log_newpage_buffer)(e2, t22), _ProcessInterrupts = Module._ProcessInterrupts = () => (_ProcessInterrupts = Module._ProcessInterrupts = wasmExports.ProcessInterrupts)(), _errstart = Module._errstart = (e2, t22) => (_errstart = Module._errstart = wasmExports.errstart)(e2, t22), _errcode = Module._errcode = (e2) => (_errcode = Module._errcode = wasmExports.errcode)(e2), _errmsg = Module._errmsg = (e2, t22) => (_errmsg = Module._errmsg = wasmExports.errmsg)(e2, t22), _LockBuffer = Module._LockBuffer = (e2, t22) => (_LockBuffer = Module._LockBuffer = wasmExports.LockBuffer)(e2, t22), _ReleaseBuffer = Module._ReleaseBuffer = (e2) => (_ReleaseBuffer = Module._ReleaseBuffer = wasmExports.ReleaseBuffer)(e2), _IndexGetRelation = Module._IndexGetRelation = (e2, t22) => (_IndexGetRelation = Module._IndexGetRelation = wasmExports.IndexGetRelation)(e2, t22), _table_open = Module._table_open = (e2, t22) => (_table_open = Module._table_open = wasmExports.table_open)(e2, t22), _ReadBufferExtended = Module._ReadBufferExtended = (e2, t22, r6, a10, o7) => (_ReadBufferExtended = Module._ReadBufferExtended = wasmExports.ReadBufferExtended)(e2, t22, r6, a10, o7), _table_close = Module._table_close = (e2, t22) => (_table_close = Module._table_close = wasmExports.table_close)(e2, t22), _build_reloptions = Module._build_reloptions = (e2, t22, r6, a10, o7, _3) => (_build_reloptions = Module._build_reloptions = wasmExports.build_reloptions)(e2, t22, r6, a10, o7, _3), _RelationGetIndexScan = Module._RelationGetIndexScan = (e2, t22, r6) => (_RelationGetIndexScan = Module._RelationGetIndexScan = wasmExports.RelationGetIndexScan)(e2, t22, r6), _memmove = Module._memmove = (e2, t22, r6) => (_memmove = Module._memmove = wasmExports.memmove)(e2, t22, r6), _pgstat_assoc_relation = Module._pgstat_assoc_relation = (e2) => (_pgstat_assoc_relation = Module._pgstat_assoc_relation = wasmExports.pgstat_assoc_relation)(e2), _memset = Module._memset = (e2, t22, r6) => (_memset = Module._memset = wasmExports.memset)(e2, t22, r6), _index_getprocinfo = Module._index_getprocinfo = (e2, t22, r6) => (_index_getprocinfo = Module._index_getprocinfo = wasmExports.index_getprocinfo)(e2, t22, r6), _fmgr_info_copy = Module._fmgr_info_copy = (e2, t22, r6) => (_fmgr_info_copy = Module._fmgr_info_copy = wasmExports.fmgr_info_copy)(e2, t22, r6), _FunctionCall4Coll = Module._FunctionCall4Coll = (e2, t22, r6, a10, o7, _3) => (_FunctionCall4Coll = Module._FunctionCall4Coll = wasmExports.FunctionCall4Coll)(e2, t22, r6, a10, o7, _3), _FunctionCall1Coll = Module._FunctionCall1Coll = (e2, t22, r6) => (_FunctionCall1Coll = Module._FunctionCall1Coll = wasmExports.FunctionCall1Coll)(e2, t22, r6), _brin_free_desc = Module._brin_free_desc = (e2) => (_brin_free_desc = Module._brin_free_desc = wasmExports.brin_free_desc)(e2), _WaitForParallelWorkersToFinish = Module._WaitForParallelWorkersToFinish = (e2) => (_WaitForParallelWorkersToFinish = Module._WaitForParallelWorkersToFinish = wasmExports.WaitForParallelWorkersToFinish)(e2), _PageGetFreeSpace = Module._PageGetFreeSpace = (e2) => (_PageGetFreeSpace = Module._PageGetFreeSpace = wasmExports.PageGetFreeSpace)(e2), _BufferGetBlockNumber = Module._BufferGetBlockNumber = (e2) => (_BufferGetBlockNumber = Module._BufferGetBlockNumber = wasmExports.BufferGetBlockNumber)(e2), _BuildIndexInfo = Module._BuildIndexInfo = (e2) => (_BuildIndexInfo = Module._BuildIndexInfo = wasmExports.BuildIndexInfo)(e2), _Int64GetDatum = Module._Int64GetDatum = (e2) => (_Int64GetDatum = Module._Int64GetDatum = wasmExports.Int64GetDatum)(e2), _DirectFunctionCall2Coll = Module._DirectFunctionCall2Coll = (e2, t22, r6, a10) => (_DirectFunctionCall2Coll = Module._DirectFunctionCall2Coll = wasmExports.DirectFunctionCall2Coll)(e2, t22, r6, a10), _RecoveryInProgress = Module._RecoveryInProgress = () => (_RecoveryInProgress = Module._RecoveryInProgress = wasmExports.RecoveryInProgress)(), _GetUserIdAndSecContext = Module._GetUserIdAndSecContext = (e2, t22) => (_GetUserIdAndSecContext = Module._GetUserIdAndSecContext = wasmExports.GetUserIdAndSecContext)(e2, t22), _SetUserIdAndSecContext = Module._SetUserIdAndSecContext = (e2, t22) => (_SetUserIdAndSecContext = Module._SetUserIdAndSecContext = wasmExports.SetUserIdAndSecContext)(e2, t22), _NewGUCNestLevel = Module._NewGUCNestLevel = () => (_NewGUCNestLevel = Module._NewGUCNestLevel = wasmExports.NewGUCNestLevel)(), _RestrictSearchPath = Module._RestrictSearchPath = () => (_RestrictSearchPath = Module._RestrictSearchPath = wasmExports.RestrictSearchPath)(), _index_open = Module._index_open = (e2, t22) => (_index_open = Module._index_open = wasmExports.index_open)(e2, t22), _object_ownercheck = Module._object_ownercheck = (e2, t22, r6) => (_object_ownercheck = Module._object_ownercheck = wasmExports.object_ownercheck)(e2, t22, r6), _aclcheck_error = Module._aclcheck_error = (e2, t22, r6) => (_aclcheck_error = Module._aclcheck_error = wasmExports.aclcheck_error)(e2, t22, r6), _AtEOXact_GUC = Module._AtEOXact_GUC = (e2, t22) => (_AtEOXact_GUC = Module._AtEOXact_GUC = wasmExports.AtEOXact_GUC)(e2, t22), _relation_close = Module._relation_close = (e2, t22) => (_relation_close = Module._relation_close = wasmExports.relation_close)(e2, t22), _errhint = Module._errhint = (e2, t22) => (_errhint = Module._errhint = wasmExports.errhint)(e2, t22), _GetUserId = Module._GetUserId = () => (_GetUserId = Module._GetUserId = wasmExports.GetUserId)(), _ReadBuffer = Module._ReadBuffer = (e2, t22) => (_ReadBuffer = Module._ReadBuffer = wasmExports.ReadBuffer)(e2, t22), _shm_toc_lookup = Module._shm_toc_lookup = (e2, t22, r6) => (_shm_toc_lookup = Module._shm_toc_lookup = wasmExports.shm_toc_lookup)(e2, t22, r6), _pgstat_report_activity = Module._pgstat_report_activity = (e2, t22) => (_pgstat_report_activity = Module._pgstat_report_activity = wasmExports.pgstat_report_activity)(e2, t22), _tuplesort_attach_shared = Module._tuplesort_attach_shared = (e2, t22) => (_tuplesort_attach_shared = Module._tuplesort_attach_shared = wasmExports.tuplesort_attach_shared)(e2, t22), _index_close = Module._index_close = (e2, t22) => (_index_close = Module._index_close = wasmExports.index_close)(e2, t22), _table_beginscan_parallel = Module._table_beginscan_parallel = (e2, t22) => (_table_beginscan_parallel = Module._table_beginscan_parallel = wasmExports.table_beginscan_parallel)(e2, t22), _ConditionVariableSignal = Module._ConditionVariableSignal = (e2) => (_ConditionVariableSignal = Module._ConditionVariableSignal = wasmExports.ConditionVariableSignal)(e2), _datumCopy = Module._datumCopy = (e2, t22, r6) => (_datumCopy = Module._datumCopy = wasmExports.datumCopy)(e2, t22, r6), _lookup_type_cache = Module._lookup_type_cache = (e2, t22) => (_lookup_type_cache = Module._lookup_type_cache = wasmExports.lookup_type_cache)(e2, t22), _get_fn_opclass_options = Module._get_fn_opclass_options = (e2) => (_get_fn_opclass_options = Module._get_fn_opclass_options = wasmExports.get_fn_opclass_options)(e2), _log = Module._log = (e2) => (_log = Module._log = wasmExports.log)(e2), _pg_detoast_datum = Module._pg_detoast_datum = (e2) => (_pg_detoast_datum = Module._pg_detoast_datum = wasmExports.pg_detoast_datum)(e2), _index_getprocid = Module._index_getprocid = (e2, t22, r6) => (_index_getprocid = Module._index_getprocid = wasmExports.index_getprocid)(e2, t22, r6), _errdetail_internal = Module._errdetail_internal = (e2, t22) => (_errdetail_internal = Module._errdetail_internal = wasmExports.errdetail_internal)(e2, t22), _pg_popcount_optimized = Module._pg_popcount_optimized = (e2, t22) => (_pg_popcount_optimized = Module._pg_popcount_optimized = wasmExports.pg_popcount_optimized)(e2, t22), _init_local_reloptions = Module._init_local_reloptions = (e2, t22) => (_init_local_reloptions = Module._init_local_reloptions = wasmExports.init_local_reloptions)(e2, t22), _initStringInfo = Module._initStringInfo = (e2) => (_initStringInfo = Module._initStringInfo = wasmExports.initStringInfo)(e2), _appendStringInfoChar = Module._appendStringInfoChar = (e2, t22) => (_appendStringInfoChar = Module._appendStringInfoChar = wasmExports.appendStringInfoChar)(e2, t22), _appendStringInfo = Module._appendStringInfo = (e2, t22, r6) => (_appendStringInfo = Module._appendStringInfo = wasmExports.appendStringInfo)(e2, t22, r6), _FunctionCall2Coll = Module._FunctionCall2Coll = (e2, t22, r6, a10) => (_FunctionCall2Coll = Module._FunctionCall2Coll = wasmExports.FunctionCall2Coll)(e2, t22, r6, a10), _SysCacheGetAttrNotNull = Module._SysCacheGetAttrNotNull = (e2, t22, r6) => (_SysCacheGetAttrNotNull = Module._SysCacheGetAttrNotNull = wasmExports.SysCacheGetAttrNotNull)(e2, t22, r6), _ReleaseSysCache = Module._ReleaseSysCache = (e2) => (_ReleaseSysCache = Module._ReleaseSysCache = wasmExports.ReleaseSysCache)(e2), _get_opcode = Module._get_opcode = (e2) => (_get_opcode = Module._get_opcode = wasmExports.get_opcode)(e2), _fmgr_info_cxt = Module._fmgr_info_cxt = (e2, t22, r6) => (_fmgr_info_cxt = Module._fmgr_info_cxt = wasmExports.fmgr_info_cxt)(e2, t22, r6), _Float8GetDatum = Module._Float8GetDatum = (e2) => (_Float8GetDatum = Module._Float8GetDatum = wasmExports.Float8GetDatum)(e2), _numeric_float8 = Module._numeric_float8 = (e2) => (_numeric_float8 = Module._numeric_float8 = wasmExports.numeric_float8)(e2), _numeric_sub = Module._numeric_sub = (e2) => (_numeric_sub = Module._numeric_sub = wasmExports.numeric_sub)(e2), _DirectFunctionCall1Coll = Module._DirectFunctionCall1Coll = (e2, t22, r6) => (_DirectFunctionCall1Coll = Module._DirectFunctionCall1Coll = wasmExports.DirectFunctionCall1Coll)(e2, t22, r6), _pg_detoast_datum_packed = Module._pg_detoast_datum_packed = (e2) => (_pg_detoast_datum_packed = Module._pg_detoast_datum_packed = wasmExports.pg_detoast_datum_packed)(e2), _pg_qsort = Module._pg_qsort = (e2, t22, r6, a10) => (_pg_qsort = Module._pg_qsort = wasmExports.pg_qsort)(e2, t22, r6, a10), _get_typbyval = Module._get_typbyval = (e2) => (_get_typbyval = Module._get_typbyval = wasmExports.get_typbyval)(e2), _get_typlen = Module._get_typlen = (e2) => (_get_typlen = Module._get_typlen = wasmExports.get_typlen)(e2), _qsort_arg = Module._qsort_arg = (e2, t22, r6, a10, o7) => (_qsort_arg = Module._qsort_arg = wasmExports.qsort_arg)(e2, t22, r6, a10, o7), _add_local_int_reloption = Module._add_local_int_reloption = (e2, t22, r6, a10, o7, _3, s2) => (_add_local_int_reloption = Module._add_local_int_reloption = wasmExports.add_local_int_reloption)(e2, t22, r6, a10, o7, _3, s2), _getTypeOutputInfo = Module._getTypeOutputInfo = (e2, t22, r6) => (_getTypeOutputInfo = Module._getTypeOutputInfo = wasmExports.getTypeOutputInfo)(e2, t22, r6), _fmgr_info = Module._fmgr_info = (e2, t22) => (_fmgr_info = Module._fmgr_info = wasmExports.fmgr_info)(e2, t22), _OutputFunctionCall = Module._OutputFunctionCall = (e2, t22) => (_OutputFunctionCall = Module._OutputFunctionCall = wasmExports.OutputFunctionCall)(e2, t22), _cstring_to_text_with_len = Module._cstring_to_text_with_len = (e2, t22) => (_cstring_to_text_with_len = Module._cstring_to_text_with_len = wasmExports.cstring_to_text_with_len)(e2, t22), _accumArrayResult = Module._accumArrayResult = (e2, t22, r6, a10, o7) => (_accumArrayResult = Module._accumArrayResult = wasmExports.accumArrayResult)(e2, t22, r6, a10, o7), _makeArrayResult = Module._makeArrayResult = (e2, t22) => (_makeArrayResult = Module._makeArrayResult = wasmExports.makeArrayResult)(e2, t22), _OidOutputFunctionCall = Module._OidOutputFunctionCall = (e2, t22) => (_OidOutputFunctionCall = Module._OidOutputFunctionCall = wasmExports.OidOutputFunctionCall)(e2, t22), _cstring_to_text = Module._cstring_to_text = (e2) => (_cstring_to_text = Module._cstring_to_text = wasmExports.cstring_to_text)(e2), _PageGetExactFreeSpace = Module._PageGetExactFreeSpace = (e2) => (_PageGetExactFreeSpace = Module._PageGetExactFreeSpace = wasmExports.PageGetExactFreeSpace)(e2), _PageIndexTupleOverwrite = Module._PageIndexTupleOverwrite = (e2, t22, r6, a10) => (_PageIndexTupleOverwrite = Module._PageIndexTupleOverwrite = wasmExports.PageIndexTupleOverwrite)(e2, t22, r6, a10), _PageInit = Module._PageInit = (e2, t22, r6) => (_PageInit = Module._PageInit = wasmExports.PageInit)(e2, t22, r6), _PageAddItemExtended = Module._PageAddItemExtended = (e2, t22, r6, a10, o7) => (_PageAddItemExtended = Module._PageAddItemExtended = wasmExports.PageAddItemExtended)(e2, t22, r6, a10, o7), _LockRelationForExtension = Module._LockRelationForExtension = (e2, t22) => (_LockRelationForExtension = Module._LockRelationForExtension = wasmExports.LockRelationForExtension)(e2, t22), _UnlockRelationForExtension = Module._UnlockRelationForExtension = (e2, t22) => (_UnlockRelationForExtension = Module._UnlockRelationForExtension = wasmExports.UnlockRelationForExtension)(e2, t22), _smgropen = Module._smgropen = (e2, t22) => (_smgropen = Module._smgropen = wasmExports.smgropen)(e2, t22), _smgrpin = Module._smgrpin = (e2) => (_smgrpin = Module._smgrpin = wasmExports.smgrpin)(e2), _ItemPointerEquals = Module._ItemPointerEquals = (e2, t22) => (_ItemPointerEquals = Module._ItemPointerEquals = wasmExports.ItemPointerEquals)(e2, t22), _detoast_external_attr = Module._detoast_external_attr = (e2) => (_detoast_external_attr = Module._detoast_external_attr = wasmExports.detoast_external_attr)(e2), _CreateTemplateTupleDesc = Module._CreateTemplateTupleDesc = (e2) => (_CreateTemplateTupleDesc = Module._CreateTemplateTupleDesc = wasmExports.CreateTemplateTupleDesc)(e2), _TupleDescInitEntry = Module._TupleDescInitEntry = (e2, t22, r6, a10, o7, _3) => (_TupleDescInitEntry = Module._TupleDescInitEntry = wasmExports.TupleDescInitEntry)(e2, t22, r6, a10, o7, _3), _repalloc = Module._repalloc = (e2, t22) => (_repalloc = Module._repalloc = wasmExports.repalloc)(e2, t22), _memcmp = Module._memcmp = (e2, t22, r6) => (_memcmp = Module._memcmp = wasmExports.memcmp)(e2, t22, r6), _SearchSysCache1 = Module._SearchSysCache1 = (e2, t22) => (_SearchSysCache1 = Module._SearchSysCache1 = wasmExports.SearchSysCache1)(e2, t22), _SearchSysCacheList = Module._SearchSysCacheList = (e2, t22, r6, a10, o7) => (_SearchSysCacheList = Module._SearchSysCacheList = wasmExports.SearchSysCacheList)(e2, t22, r6, a10, o7), _check_amproc_signature = Module._check_amproc_signature = (e2, t22, r6, a10, o7, _3) => (_check_amproc_signature = Module._check_amproc_signature = wasmExports.check_amproc_signature)(e2, t22, r6, a10, o7, _3), _check_amoptsproc_signature = Module._check_amoptsproc_signature = (e2) => (_check_amoptsproc_signature = Module._check_amoptsproc_signature = wasmExports.check_amoptsproc_signature)(e2), _format_procedure = Module._format_procedure = (e2) => (_format_procedure = Module._format_procedure = wasmExports.format_procedure)(e2), _format_operator = Module._format_operator = (e2) => (_format_operator = Module._format_operator = wasmExports.format_operator)(e2), _check_amop_signature = Module._check_amop_signature = (e2, t22, r6, a10) => (_check_amop_signature = Module._check_amop_signature = wasmExports.check_amop_signature)(e2, t22, r6, a10), _identify_opfamily_groups = Module._identify_opfamily_groups = (e2, t22) => (_identify_opfamily_groups = Module._identify_opfamily_groups = wasmExports.identify_opfamily_groups)(e2, t22), _format_type_be = Module._format_type_be = (e2) => (_format_type_be = Module._format_type_be = wasmExports.format_type_be)(e2), _ReleaseCatCacheList = Module._ReleaseCatCacheList = (e2) => (_ReleaseCatCacheList = Module._ReleaseCatCacheList = wasmExports.ReleaseCatCacheList)(e2), _format_type_with_typemod = Module._format_type_with_typemod = (e2, t22) => (_format_type_with_typemod = Module._format_type_with_typemod = wasmExports.format_type_with_typemod)(e2, t22), _errdetail = Module._errdetail = (e2, t22) => (_errdetail = Module._errdetail = wasmExports.errdetail)(e2, t22), _strcmp = Module._strcmp = (e2, t22) => (_strcmp = Module._strcmp = wasmExports.strcmp)(e2, t22), _DatumGetEOHP = Module._DatumGetEOHP = (e2) => (_DatumGetEOHP = Module._DatumGetEOHP = wasmExports.DatumGetEOHP)(e2), _EOH_get_flat_size = Module._EOH_get_flat_size = (e2) => (_EOH_get_flat_size = Module._EOH_get_flat_size = wasmExports.EOH_get_flat_size)(e2), _EOH_flatten_into = Module._EOH_flatten_into = (e2, t22, r6) => (_EOH_flatten_into = Module._EOH_flatten_into = wasmExports.EOH_flatten_into)(e2, t22, r6), _toast_raw_datum_size = Module._toast_raw_datum_size = (e2) => (_toast_raw_datum_size = Module._toast_raw_datum_size = wasmExports.toast_raw_datum_size)(e2), _getmissingattr = Module._getmissingattr = (e2, t22, r6) => (_getmissingattr = Module._getmissingattr = wasmExports.getmissingattr)(e2, t22, r6), _hash_create = Module._hash_create = (e2, t22, r6, a10) => (_hash_create = Module._hash_create = wasmExports.hash_create)(e2, t22, r6, a10), _hash_search = Module._hash_search = (e2, t22, r6, a10) => (_hash_search = Module._hash_search = wasmExports.hash_search)(e2, t22, r6, a10), _nocachegetattr = Module._nocachegetattr = (e2, t22, r6) => (_nocachegetattr = Module._nocachegetattr = wasmExports.nocachegetattr)(e2, t22, r6), _heap_getsysattr = Module._heap_getsysattr = (e2, t22, r6, a10) => (_heap_getsysattr = Module._heap_getsysattr = wasmExports.heap_getsysattr)(e2, t22, r6, a10), _heap_form_tuple = Module._heap_form_tuple = (e2, t22, r6) => (_heap_form_tuple = Module._heap_form_tuple = wasmExports.heap_form_tuple)(e2, t22, r6), _heap_modify_tuple = Module._heap_modify_tuple = (e2, t22, r6, a10, o7) => (_heap_modify_tuple = Module._heap_modify_tuple = wasmExports.heap_modify_tuple)(e2, t22, r6, a10, o7), _heap_deform_tuple = Module._heap_deform_tuple = (e2, t22, r6, a10) => (_heap_deform_tuple = Module._heap_deform_tuple = wasmExports.heap_deform_tuple)(e2, t22, r6, a10), _heap_modify_tuple_by_cols = Module._heap_modify_tuple_by_cols = (e2, t22, r6, a10, o7, _3) => (_heap_modify_tuple_by_cols = Module._heap_modify_tuple_by_cols = wasmExports.heap_modify_tuple_by_cols)(e2, t22, r6, a10, o7, _3), _heap_freetuple = Module._heap_freetuple = (e2) => (_heap_freetuple = Module._heap_freetuple = wasmExports.heap_freetuple)(e2), _hash_bytes = Module._hash_bytes = (e2, t22) => (_hash_bytes = Module._hash_bytes = wasmExports.hash_bytes)(e2, t22), _index_form_tuple = Module._index_form_tuple = (e2, t22, r6) => (_index_form_tuple = Module._index_form_tuple = wasmExports.index_form_tuple)(e2, t22, r6), _MemoryContextAllocZero = Module._MemoryContextAllocZero = (e2, t22) => (_MemoryContextAllocZero = Module._MemoryContextAllocZero = wasmExports.MemoryContextAllocZero)(e2, t22), _nocache_index_getattr = Module._nocache_index_getattr = (e2, t22, r6) => (_nocache_index_getattr = Module._nocache_index_getattr = wasmExports.nocache_index_getattr)(e2, t22, r6), _index_deform_tuple = Module._index_deform_tuple = (e2, t22, r6, a10) => (_index_deform_tuple = Module._index_deform_tuple = wasmExports.index_deform_tuple)(e2, t22, r6, a10), _enlargeStringInfo = Module._enlargeStringInfo = (e2, t22) => (_enlargeStringInfo = Module._enlargeStringInfo = wasmExports.enlargeStringInfo)(e2, t22), _slot_getsomeattrs_int = Module._slot_getsomeattrs_int = (e2, t22) => (_slot_getsomeattrs_int = Module._slot_getsomeattrs_int = wasmExports.slot_getsomeattrs_int)(e2, t22), _pg_lltoa = Module._pg_lltoa = (e2, t22) => (_pg_lltoa = Module._pg_lltoa = wasmExports.pg_lltoa)(e2, t22), _pg_ltoa = Module._pg_ltoa = (e2, t22) => (_pg_ltoa = Module._pg_ltoa = wasmExports.pg_ltoa)(e2, t22), _pq_sendbytes = Module._pq_sendbytes = (e2, t22, r6) => (_pq_sendbytes = Module._pq_sendbytes = wasmExports.pq_sendbytes)(e2, t22, r6), _pg_printf = Module._pg_printf = (e2, t22) => (_pg_printf = Module._pg_printf = wasmExports.pg_printf)(e2, t22), _relation_open = Module._relation_open = (e2, t22) => (_relation_open = Module._relation_open = wasmExports.relation_open)(e2, t22), _LockRelationOid = Module._LockRelationOid = (e2, t22) => (_LockRelationOid = Module._LockRelationOid = wasmExports.LockRelationOid)(e2, t22), _RelationIdGetRelation = Module._RelationIdGetRelation = (e2) => (_RelationIdGetRelation = Module._RelationIdGetRelation = wasmExports.RelationIdGetRelation)(e2), _try_relation_open = Module._try_relation_open = (e2, t22) => (_try_relation_open = Module._try_relation_open = wasmExports.try_relation_open)(e2, t22), _relation_openrv = Module._relation_openrv = (e2, t22) => (_relation_openrv = Module._relation_openrv = wasmExports.relation_openrv)(e2, t22), _AcceptInvalidationMessages = Module._AcceptInvalidationMessages = () => (_AcceptInvalidationMessages = Module._AcceptInvalidationMessages = wasmExports.AcceptInvalidationMessages)(), _RangeVarGetRelidExtended = Module._RangeVarGetRelidExtended = (e2, t22, r6, a10, o7) => (_RangeVarGetRelidExtended = Module._RangeVarGetRelidExtended = wasmExports.RangeVarGetRelidExtended)(e2, t22, r6, a10, o7), _RelationClose = Module._RelationClose = (e2) => (_RelationClose = Module._RelationClose = wasmExports.RelationClose)(e2), _add_reloption_kind = Module._add_reloption_kind = () => (_add_reloption_kind = Module._add_reloption_kind = wasmExports.add_reloption_kind)(), _register_reloptions_validator = Module._register_reloptions_validator = (e2, t22) => (_register_reloptions_validator = Module._register_reloptions_validator = wasmExports.register_reloptions_validator)(e2, t22), _lappend = Module._lappend = (e2, t22) => (_lappend = Module._lappend = wasmExports.lappend)(e2, t22), _pstrdup = Module._pstrdup = (e2) => (_pstrdup = Module._pstrdup = wasmExports.pstrdup)(e2), _add_int_reloption = Module._add_int_reloption = (e2, t22, r6, a10, o7, _3, s2) => (_add_int_reloption = Module._add_int_reloption = wasmExports.add_int_reloption)(e2, t22, r6, a10, o7, _3, s2), _add_real_reloption = Module._add_real_reloption = (e2, t22, r6, a10, o7, _3, s2) => (_add_real_reloption = Module._add_real_reloption = wasmExports.add_real_reloption)(e2, t22, r6, a10, o7, _3, s2), _add_string_reloption = Module._add_string_reloption = (e2, t22, r6, a10, o7, _3) => (_add_string_reloption = Module._add_string_reloption = wasmExports.add_string_reloption)(e2, t22, r6, a10, o7, _3), _strdup = Module._strdup = (e2) => (_strdup = Module._strdup = wasmExports.strdup)(e2), _MemoryContextStrdup = Module._MemoryContextStrdup = (e2, t22) => (_MemoryContextStrdup = Module._MemoryContextStrdup = wasmExports.MemoryContextStrdup)(e2, t22), _transformRelOptions = Module._transformRelOptions = (e2, t22, r6, a10, o7, _3) => (_transformRelOptions = Module._transformRelOptions = wasmExports.transformRelOptions)(e2, t22, r6, a10, o7, _3), _deconstruct_array_builtin = Module._deconstruct_array_builtin = (e2, t22, r6, a10, o7) => (_deconstruct_array_builtin = Module._deconstruct_array_builtin = wasmExports.deconstruct_array_builtin)(e2, t22, r6, a10, o7), _strncmp = Module._strncmp = (e2, t22, r6) => (_strncmp = Module._strncmp = wasmExports.strncmp)(e2, t22, r6), _defGetString = Module._defGetString = (e2) => (_defGetString = Module._defGetString = wasmExports.defGetString)(e2), _defGetBoolean = Module._defGetBoolean = (e2) => (_defGetBoolean = Module._defGetBoolean = wasmExports.defGetBoolean)(e2), _pg_sprintf = Module._pg_sprintf = (e2, t22, r6) => (_pg_sprintf = Module._pg_sprintf = wasmExports.pg_sprintf)(e2, t22, r6), _untransformRelOptions = Module._untransformRelOptions = (e2) => (_untransformRelOptions = Module._untransformRelOptions = wasmExports.untransformRelOptions)(e2), _text_to_cstring = Module._text_to_cstring = (e2) => (_text_to_cstring = Module._text_to_cstring = wasmExports.text_to_cstring)(e2), _strchr = Module._strchr = (e2, t22) => (_strchr = Module._strchr = wasmExports.strchr)(e2, t22), _makeString = Module._makeString = (e2) => (_makeString = Module._makeString = wasmExports.makeString)(e2), _makeDefElem = Module._makeDefElem = (e2, t22, r6) => (_makeDefElem = Module._makeDefElem = wasmExports.makeDefElem)(e2, t22, r6), _heap_reloptions = Module._heap_reloptions = (e2, t22, r6) => (_heap_reloptions = Module._heap_reloptions = wasmExports.heap_reloptions)(e2, t22, r6), _strcpy = Module._strcpy = (e2, t22) => (_strcpy = Module._strcpy = wasmExports.strcpy)(e2, t22), _MemoryContextAlloc = Module._MemoryContextAlloc = (e2, t22) => (_MemoryContextAlloc = Module._MemoryContextAlloc = wasmExports.MemoryContextAlloc)(e2, t22), _parse_bool = Module._parse_bool = (e2, t22) => (_parse_bool = Module._parse_bool = wasmExports.parse_bool)(e2, t22), _parse_int = Module._parse_int = (e2, t22, r6, a10) => (_parse_int = Module._parse_int = wasmExports.parse_int)(e2, t22, r6, a10), _parse_real = Module._parse_real = (e2, t22, r6, a10) => (_parse_real = Module._parse_real = wasmExports.parse_real)(e2, t22, r6, a10), _pg_strcasecmp = Module._pg_strcasecmp = (e2, t22) => (_pg_strcasecmp = Module._pg_strcasecmp = wasmExports.pg_strcasecmp)(e2, t22), _ScanKeyInit = Module._ScanKeyInit = (e2, t22, r6, a10, o7) => (_ScanKeyInit = Module._ScanKeyInit = wasmExports.ScanKeyInit)(e2, t22, r6, a10, o7), _dsm_segment_handle = Module._dsm_segment_handle = (e2) => (_dsm_segment_handle = Module._dsm_segment_handle = wasmExports.dsm_segment_handle)(e2), _dsm_create = Module._dsm_create = (e2, t22) => (_dsm_create = Module._dsm_create = wasmExports.dsm_create)(e2, t22), _dsm_segment_address = Module._dsm_segment_address = (e2) => (_dsm_segment_address = Module._dsm_segment_address = wasmExports.dsm_segment_address)(e2), _dsa_pin_mapping = Module._dsa_pin_mapping = (e2) => (_dsa_pin_mapping = Module._dsa_pin_mapping = wasmExports.dsa_pin_mapping)(e2), _dsm_attach = Module._dsm_attach = (e2) => (_dsm_attach = Module._dsm_attach = wasmExports.dsm_attach)(e2), _dsm_detach = Module._dsm_detach = (e2) => (_dsm_detach = Module._dsm_detach = wasmExports.dsm_detach)(e2), _dsa_detach = Module._dsa_detach = (e2) => (_dsa_detach = Module._dsa_detach = wasmExports.dsa_detach)(e2), _ShmemInitStruct = Module._ShmemInitStruct = (e2, t22, r6) => (_ShmemInitStruct = Module._ShmemInitStruct = wasmExports.ShmemInitStruct)(e2, t22, r6), _LWLockAcquire = Module._LWLockAcquire = (e2, t22) => (_LWLockAcquire = Module._LWLockAcquire = wasmExports.LWLockAcquire)(e2, t22), _LWLockRelease = Module._LWLockRelease = (e2) => (_LWLockRelease = Module._LWLockRelease = wasmExports.LWLockRelease)(e2), _dsa_create_ext = Module._dsa_create_ext = (e2, t22, r6) => (_dsa_create_ext = Module._dsa_create_ext = wasmExports.dsa_create_ext)(e2, t22, r6), _dsa_allocate_extended = Module._dsa_allocate_extended = (e2, t22, r6) => (_dsa_allocate_extended = Module._dsa_allocate_extended = wasmExports.dsa_allocate_extended)(e2, t22, r6), _dsa_get_address = Module._dsa_get_address = (e2, t22) => (_dsa_get_address = Module._dsa_get_address = wasmExports.dsa_get_address)(e2, t22), _LWLockInitialize = Module._LWLockInitialize = (e2, t22) => (_LWLockInitialize = Module._LWLockInitialize = wasmExports.LWLockInitialize)(e2, t22), _dsa_attach = Module._dsa_attach = (e2) => (_dsa_attach = Module._dsa_attach = wasmExports.dsa_attach)(e2), _dsa_free = Module._dsa_free = (e2, t22) => (_dsa_free = Module._dsa_free = wasmExports.dsa_free)(e2, t22), _dsa_get_total_size = Module._dsa_get_total_size = (e2) => (_dsa_get_total_size = Module._dsa_get_total_size = wasmExports.dsa_get_total_size)(e2), _MemoryContextMemAllocated = Module._MemoryContextMemAllocated = (e2, t22) => (_MemoryContextMemAllocated = Module._MemoryContextMemAllocated = wasmExports.MemoryContextMemAllocated)(e2, t22), _check_stack_depth = Module._check_stack_depth = () => (_check_stack_depth = Module._check_stack_depth = wasmExports.check_stack_depth)(), _GetCurrentCommandId = Module._GetCurrentCommandId = (e2) => (_GetCurrentCommandId = Module._GetCurrentCommandId = wasmExports.GetCurrentCommandId)(e2), _toast_open_indexes = Module._toast_open_indexes = (e2, t22, r6, a10) => (_toast_open_indexes = Module._toast_open_indexes = wasmExports.toast_open_indexes)(e2, t22, r6, a10), _heap_insert = Module._heap_insert = (e2, t22, r6, a10, o7) => (_heap_insert = Module._heap_insert = wasmExports.heap_insert)(e2, t22, r6, a10, o7), _RelationGetIndexList = Module._RelationGetIndexList = (e2) => (_RelationGetIndexList = Module._RelationGetIndexList = wasmExports.RelationGetIndexList)(e2), _list_free = Module._list_free = (e2) => (_list_free = Module._list_free = wasmExports.list_free)(e2), _systable_beginscan = Module._systable_beginscan = (e2, t22, r6, a10, o7, _3) => (_systable_beginscan = Module._systable_beginscan = wasmExports.systable_beginscan)(e2, t22, r6, a10, o7, _3), _systable_getnext = Module._systable_getnext = (e2) => (_systable_getnext = Module._systable_getnext = wasmExports.systable_getnext)(e2), _systable_endscan = Module._systable_endscan = (e2) => (_systable_endscan = Module._systable_endscan = wasmExports.systable_endscan)(e2), _toast_close_indexes = Module._toast_close_indexes = (e2, t22, r6) => (_toast_close_indexes = Module._toast_close_indexes = wasmExports.toast_close_indexes)(e2, t22, r6), _systable_beginscan_ordered = Module._systable_beginscan_ordered = (e2, t22, r6, a10, o7) => (_systable_beginscan_ordered = Module._systable_beginscan_ordered = wasmExports.systable_beginscan_ordered)(e2, t22, r6, a10, o7), _systable_getnext_ordered = Module._systable_getnext_ordered = (e2, t22) => (_systable_getnext_ordered = Module._systable_getnext_ordered = wasmExports.systable_getnext_ordered)(e2, t22), _systable_endscan_ordered = Module._systable_endscan_ordered = (e2) => (_systable_endscan_ordered = Module._systable_endscan_ordered = wasmExports.systable_endscan_ordered)(e2), _init_toast_snapshot = Module._init_toast_snapshot = (e2) => (_init_toast_snapshot = Module._init_toast_snapshot = wasmExports.init_toast_snapshot)(e2), _convert_tuples_by_position = Module._convert_tuples_by_position = (e2, t22, r6) => (_convert_tuples_by_position = Module._convert_tuples_by_position = wasmExports.convert_tuples_by_position)(e2, t22, r6), _execute_attr_map_tuple = Module._execute_attr_map_tuple = (e2, t22) => (_execute_attr_map_tuple = Module._execute_attr_map_tuple = wasmExports.execute_attr_map_tuple)(e2, t22), _ExecStoreVirtualTuple = Module._ExecStoreVirtualTuple = (e2) => (_ExecStoreVirtualTuple = Module._ExecStoreVirtualTuple = wasmExports.ExecStoreVirtualTuple)(e2), _bms_is_member = Module._bms_is_member = (e2, t22) => (_bms_is_member = Module._bms_is_member = wasmExports.bms_is_member)(e2, t22), _bms_add_member = Module._bms_add_member = (e2, t22) => (_bms_add_member = Module._bms_add_member = wasmExports.bms_add_member)(e2, t22), _CreateTupleDescCopy = Module._CreateTupleDescCopy = (e2) => (_CreateTupleDescCopy = Module._CreateTupleDescCopy = wasmExports.CreateTupleDescCopy)(e2), _ResourceOwnerEnlarge = Module._ResourceOwnerEnlarge = (e2) => (_ResourceOwnerEnlarge = Module._ResourceOwnerEnlarge = wasmExports.ResourceOwnerEnlarge)(e2), _ResourceOwnerRemember = Module._ResourceOwnerRemember = (e2, t22, r6) => (_ResourceOwnerRemember = Module._ResourceOwnerRemember = wasmExports.ResourceOwnerRemember)(e2, t22, r6), _DecrTupleDescRefCount = Module._DecrTupleDescRefCount = (e2) => (_DecrTupleDescRefCount = Module._DecrTupleDescRefCount = wasmExports.DecrTupleDescRefCount)(e2), _ResourceOwnerForget = Module._ResourceOwnerForget = (e2, t22, r6) => (_ResourceOwnerForget = Module._ResourceOwnerForget = wasmExports.ResourceOwnerForget)(e2, t22, r6), _datumIsEqual = Module._datumIsEqual = (e2, t22, r6, a10) => (_datumIsEqual = Module._datumIsEqual = wasmExports.datumIsEqual)(e2, t22, r6, a10), _namestrcpy = Module._namestrcpy = (e2, t22) => (_namestrcpy = Module._namestrcpy = wasmExports.namestrcpy)(e2, t22), _TupleDescInitEntryCollation = Module._TupleDescInitEntryCollation = (e2, t22, r6) => (_TupleDescInitEntryCollation = Module._TupleDescInitEntryCollation = wasmExports.TupleDescInitEntryCollation)(e2, t22, r6), _stringToNode = Module._stringToNode = (e2) => (_stringToNode = Module._stringToNode = wasmExports.stringToNode)(e2), _psprintf = Module._psprintf = (e2, t22) => (_psprintf = Module._psprintf = wasmExports.psprintf)(e2, t22), _pg_detoast_datum_copy = Module._pg_detoast_datum_copy = (e2) => (_pg_detoast_datum_copy = Module._pg_detoast_datum_copy = wasmExports.pg_detoast_datum_copy)(e2), _get_typlenbyvalalign = Module._get_typlenbyvalalign = (e2, t22, r6, a10) => (_get_typlenbyvalalign = Module._get_typlenbyvalalign = wasmExports.get_typlenbyvalalign)(e2, t22, r6, a10), _deconstruct_array = Module._deconstruct_array = (e2, t22, r6, a10, o7, _3, s2, n3) => (_deconstruct_array = Module._deconstruct_array = wasmExports.deconstruct_array)(e2, t22, r6, a10, o7, _3, s2, n3), _tbm_add_tuples = Module._tbm_add_tuples = (e2, t22, r6, a10) => (_tbm_add_tuples = Module._tbm_add_tuples = wasmExports.tbm_add_tuples)(e2, t22, r6, a10), _ginPostingListDecode = Module._ginPostingListDecode = (e2, t22) => (_ginPostingListDecode = Module._ginPostingListDecode = wasmExports.ginPostingListDecode)(e2, t22), _ItemPointerCompare = Module._ItemPointerCompare = (e2, t22) => (_ItemPointerCompare = Module._ItemPointerCompare = wasmExports.ItemPointerCompare)(e2, t22), _LockPage = Module._LockPage = (e2, t22, r6) => (_LockPage = Module._LockPage = wasmExports.LockPage)(e2, t22, r6), _UnlockPage = Module._UnlockPage = (e2, t22, r6) => (_UnlockPage = Module._UnlockPage = wasmExports.UnlockPage)(e2, t22, r6), _vacuum_delay_point = Module._vacuum_delay_point = () => (_vacuum_delay_point = Module._vacuum_delay_point = wasmExports.vacuum_delay_point)(), _RecordFreeIndexPage = Module._RecordFreeIndexPage = (e2, t22) => (_RecordFreeIndexPage = Module._RecordFreeIndexPage = wasmExports.RecordFreeIndexPage)(e2, t22), _IndexFreeSpaceMapVacuum = Module._IndexFreeSpaceMapVacuum = (e2) => (_IndexFreeSpaceMapVacuum = Module._IndexFreeSpaceMapVacuum = wasmExports.IndexFreeSpaceMapVacuum)(e2), _pg_prng_double = Module._pg_prng_double = (e2) => (_pg_prng_double = Module._pg_prng_double = wasmExports.pg_prng_double)(e2), _log_newpage_range = Module._log_newpage_range = (e2, t22, r6, a10, o7) => (_log_newpage_range = Module._log_newpage_range = wasmExports.log_newpage_range)(e2, t22, r6, a10, o7), _GetFreeIndexPage = Module._GetFreeIndexPage = (e2) => (_GetFreeIndexPage = Module._GetFreeIndexPage = wasmExports.GetFreeIndexPage)(e2), _ConditionalLockBuffer = Module._ConditionalLockBuffer = (e2) => (_ConditionalLockBuffer = Module._ConditionalLockBuffer = wasmExports.ConditionalLockBuffer)(e2), _LockBufferForCleanup = Module._LockBufferForCleanup = (e2) => (_LockBufferForCleanup = Module._LockBufferForCleanup = wasmExports.LockBufferForCleanup)(e2), _gistcheckpage = Module._gistcheckpage = (e2, t22) => (_gistcheckpage = Module._gistcheckpage = wasmExports.gistcheckpage)(e2, t22), _PageIndexMultiDelete = Module._PageIndexMultiDelete = (e2, t22, r6) => (_PageIndexMultiDelete = Module._PageIndexMultiDelete = wasmExports.PageIndexMultiDelete)(e2, t22, r6), _list_make1_impl = Module._list_make1_impl = (e2, t22) => (_list_make1_impl = Module._list_make1_impl = wasmExports.list_make1_impl)(e2, t22), _lcons = Module._lcons = (e2, t22) => (_lcons = Module._lcons = wasmExports.lcons)(e2, t22), _pow = Module._pow = (e2, t22) => (_pow = Module._pow = wasmExports.pow)(e2, t22), _smgrnblocks = Module._smgrnblocks = (e2, t22) => (_smgrnblocks = Module._smgrnblocks = wasmExports.smgrnblocks)(e2, t22), _list_free_deep = Module._list_free_deep = (e2) => (_list_free_deep = Module._list_free_deep = wasmExports.list_free_deep)(e2), _pairingheap_remove_first = Module._pairingheap_remove_first = (e2) => (_pairingheap_remove_first = Module._pairingheap_remove_first = wasmExports.pairingheap_remove_first)(e2), _pairingheap_add = Module._pairingheap_add = (e2, t22) => (_pairingheap_add = Module._pairingheap_add = wasmExports.pairingheap_add)(e2, t22), _float_overflow_error = Module._float_overflow_error = () => (_float_overflow_error = Module._float_overflow_error = wasmExports.float_overflow_error)(), _float_underflow_error = Module._float_underflow_error = () => (_float_underflow_error = Module._float_underflow_error = wasmExports.float_underflow_error)(), _DirectFunctionCall5Coll = Module._DirectFunctionCall5Coll = (e2, t22, r6, a10, o7, _3, s2) => (_DirectFunctionCall5Coll = Module._DirectFunctionCall5Coll = wasmExports.DirectFunctionCall5Coll)(e2, t22, r6, a10, o7, _3, s2), _pairingheap_allocate = Module._pairingheap_allocate = (e2, t22) => (_pairingheap_allocate = Module._pairingheap_allocate = wasmExports.pairingheap_allocate)(e2, t22), _GenerationContextCreate = Module._GenerationContextCreate = (e2, t22, r6, a10, o7) => (_GenerationContextCreate = Module._GenerationContextCreate = wasmExports.GenerationContextCreate)(e2, t22, r6, a10, o7), _pgstat_progress_update_param = Module._pgstat_progress_update_param = (e2, t22) => (_pgstat_progress_update_param = Module._pgstat_progress_update_param = wasmExports.pgstat_progress_update_param)(e2, t22), __hash_getbuf = Module.__hash_getbuf = (e2, t22, r6, a10) => (__hash_getbuf = Module.__hash_getbuf = wasmExports._hash_getbuf)(e2, t22, r6, a10), __hash_relbuf = Module.__hash_relbuf = (e2, t22) => (__hash_relbuf = Module.__hash_relbuf = wasmExports._hash_relbuf)(e2, t22), __hash_get_indextuple_hashkey = Module.__hash_get_indextuple_hashkey = (e2) => (__hash_get_indextuple_hashkey = Module.__hash_get_indextuple_hashkey = wasmExports._hash_get_indextuple_hashkey)(e2), __hash_getbuf_with_strategy = Module.__hash_getbuf_with_strategy = (e2, t22, r6, a10, o7) => (__hash_getbuf_with_strategy = Module.__hash_getbuf_with_strategy = wasmExports._hash_getbuf_with_strategy)(e2, t22, r6, a10, o7), _FlushOneBuffer = Module._FlushOneBuffer = (e2) => (_FlushOneBuffer = Module._FlushOneBuffer = wasmExports.FlushOneBuffer)(e2), _hashcharextended = Module._hashcharextended = (e2) => (_hashcharextended = Module._hashcharextended = wasmExports.hashcharextended)(e2), _hashint8 = Module._hashint8 = (e2) => (_hashint8 = Module._hashint8 = wasmExports.hashint8)(e2), _hashint8extended = Module._hashint8extended = (e2) => (_hashint8extended = Module._hashint8extended = wasmExports.hashint8extended)(e2), _hash_bytes_extended = Module._hash_bytes_extended = (e2, t22, r6) => (_hash_bytes_extended = Module._hash_bytes_extended = wasmExports.hash_bytes_extended)(e2, t22, r6), _hashfloat8 = Module._hashfloat8 = (e2) => (_hashfloat8 = Module._hashfloat8 = wasmExports.hashfloat8)(e2), _hashfloat8extended = Module._hashfloat8extended = (e2) => (_hashfloat8extended = Module._hashfloat8extended = wasmExports.hashfloat8extended)(e2), __hash_ovflblkno_to_bitno = Module.__hash_ovflblkno_to_bitno = (e2, t22) => (__hash_ovflblkno_to_bitno = Module.__hash_ovflblkno_to_bitno = wasmExports._hash_ovflblkno_to_bitno)(e2, t22), _hash_destroy = Module._hash_destroy = (e2) => (_hash_destroy = Module._hash_destroy = wasmExports.hash_destroy)(e2), _OidFunctionCall1Coll = Module._OidFunctionCall1Coll = (e2, t22, r6) => (_OidFunctionCall1Coll = Module._OidFunctionCall1Coll = wasmExports.OidFunctionCall1Coll)(e2, t22, r6), _list_member_oid = Module._list_member_oid = (e2, t22) => (_list_member_oid = Module._list_member_oid = wasmExports.list_member_oid)(e2, t22), _CommandCounterIncrement = Module._CommandCounterIncrement = () => (_CommandCounterIncrement = Module._CommandCounterIncrement = wasmExports.CommandCounterIncrement)(), _list_concat_copy = Module._list_concat_copy = (e2, t22) => (_list_concat_copy = Module._list_concat_copy = wasmExports.list_concat_copy)(e2, t22), _HeapTupleSatisfiesVisibility = Module._HeapTupleSatisfiesVisibility = (e2, t22, r6) => (_HeapTupleSatisfiesVisibility = Module._HeapTupleSatisfiesVisibility = wasmExports.HeapTupleSatisfiesVisibility)(e2, t22, r6), _read_stream_begin_relation = Module._read_stream_begin_relation = (e2, t22, r6, a10, o7, _3, s2) => (_read_stream_begin_relation = Module._read_stream_begin_relation = wasmExports.read_stream_begin_relation)(e2, t22, r6, a10, o7, _3, s2), _GetAccessStrategy = Module._GetAccessStrategy = (e2) => (_GetAccessStrategy = Module._GetAccessStrategy = wasmExports.GetAccessStrategy)(e2), _FreeAccessStrategy = Module._FreeAccessStrategy = (e2) => (_FreeAccessStrategy = Module._FreeAccessStrategy = wasmExports.FreeAccessStrategy)(e2), _read_stream_end = Module._read_stream_end = (e2) => (_read_stream_end = Module._read_stream_end = wasmExports.read_stream_end)(e2), _heap_getnext = Module._heap_getnext = (e2, t22) => (_heap_getnext = Module._heap_getnext = wasmExports.heap_getnext)(e2, t22), _heap_fetch = Module._heap_fetch = (e2, t22, r6, a10, o7) => (_heap_fetch = Module._heap_fetch = wasmExports.heap_fetch)(e2, t22, r6, a10, o7), _HeapTupleSatisfiesVacuum = Module._HeapTupleSatisfiesVacuum = (e2, t22, r6) => (_HeapTupleSatisfiesVacuum = Module._HeapTupleSatisfiesVacuum = wasmExports.HeapTupleSatisfiesVacuum)(e2, t22, r6), _GetMultiXactIdMembers = Module._GetMultiXactIdMembers = (e2, t22, r6, a10) => (_GetMultiXactIdMembers = Module._GetMultiXactIdMembers = wasmExports.GetMultiXactIdMembers)(e2, t22, r6, a10), _TransactionIdPrecedes = Module._TransactionIdPrecedes = (e2, t22) => (_TransactionIdPrecedes = Module._TransactionIdPrecedes = wasmExports.TransactionIdPrecedes)(e2, t22), _HeapTupleGetUpdateXid = Module._HeapTupleGetUpdateXid = (e2) => (_HeapTupleGetUpdateXid = Module._HeapTupleGetUpdateXid = wasmExports.HeapTupleGetUpdateXid)(e2), _GetBulkInsertState = Module._GetBulkInsertState = () => (_GetBulkInsertState = Module._GetBulkInsertState = wasmExports.GetBulkInsertState)(), _FreeBulkInsertState = Module._FreeBulkInsertState = (e2) => (_FreeBulkInsertState = Module._FreeBulkInsertState = wasmExports.FreeBulkInsertState)(e2), _visibilitymap_clear = Module._visibilitymap_clear = (e2, t22, r6, a10) => (_visibilitymap_clear = Module._visibilitymap_clear = wasmExports.visibilitymap_clear)(e2, t22, r6, a10), _pgstat_count_heap_insert = Module._pgstat_count_heap_insert = (e2, t22) => (_pgstat_count_heap_insert = Module._pgstat_count_heap_insert = wasmExports.pgstat_count_heap_insert)(e2, t22), _heap_multi_insert = Module._heap_multi_insert = (e2, t22, r6, a10, o7, _3) => (_heap_multi_insert = Module._heap_multi_insert = wasmExports.heap_multi_insert)(e2, t22, r6, a10, o7, _3), _ExecFetchSlotHeapTuple = Module._ExecFetchSlotHeapTuple = (e2, t22, r6) => (_ExecFetchSlotHeapTuple = Module._ExecFetchSlotHeapTuple = wasmExports.ExecFetchSlotHeapTuple)(e2, t22, r6), _PageGetHeapFreeSpace = Module._PageGetHeapFreeSpace = (e2) => (_PageGetHeapFreeSpace = Module._PageGetHeapFreeSpace = wasmExports.PageGetHeapFreeSpace)(e2), _heap_delete = Module._heap_delete = (e2, t22, r6, a10, o7, _3, s2) => (_heap_delete = Module._heap_delete = wasmExports.heap_delete)(e2, t22, r6, a10, o7, _3, s2), _visibilitymap_pin = Module._visibilitymap_pin = (e2, t22, r6) => (_visibilitymap_pin = Module._visibilitymap_pin = wasmExports.visibilitymap_pin)(e2, t22, r6), _HeapTupleSatisfiesUpdate = Module._HeapTupleSatisfiesUpdate = (e2, t22, r6) => (_HeapTupleSatisfiesUpdate = Module._HeapTupleSatisfiesUpdate = wasmExports.HeapTupleSatisfiesUpdate)(e2, t22, r6), _TransactionIdIsCurrentTransactionId = Module._TransactionIdIsCurrentTransactionId = (e2) => (_TransactionIdIsCurrentTransactionId = Module._TransactionIdIsCurrentTransactionId = wasmExports.TransactionIdIsCurrentTransactionId)(e2), _TransactionIdDidCommit = Module._TransactionIdDidCommit = (e2) => (_TransactionIdDidCommit = Module._TransactionIdDidCommit = wasmExports.TransactionIdDidCommit)(e2), _TransactionIdIsInProgress = Module._TransactionIdIsInProgress = (e2) => (_TransactionIdIsInProgress = Module._TransactionIdIsInProgress = wasmExports.TransactionIdIsInProgress)(e2), _bms_free = Module._bms_free = (e2) => (_bms_free = Module._bms_free = wasmExports.bms_free)(e2), _bms_add_members = Module._bms_add_members = (e2, t22) => (_bms_add_members = Module._bms_add_members = wasmExports.bms_add_members)(e2, t22), _bms_next_member = Module._bms_next_member = (e2, t22) => (_bms_next_member = Module._bms_next_member = wasmExports.bms_next_member)(e2, t22), _bms_overlap = Module._bms_overlap = (e2, t22) => (_bms_overlap = Module._bms_overlap = wasmExports.bms_overlap)(e2, t22), _heap_lock_tuple = Module._heap_lock_tuple = (e2, t22, r6, a10, o7, _3, s2, n3) => (_heap_lock_tuple = Module._heap_lock_tuple = wasmExports.heap_lock_tuple)(e2, t22, r6, a10, o7, _3, s2, n3), _MultiXactIdPrecedes = Module._MultiXactIdPrecedes = (e2, t22) => (_MultiXactIdPrecedes = Module._MultiXactIdPrecedes = wasmExports.MultiXactIdPrecedes)(e2, t22), _heap_tuple_needs_eventual_freeze = Module._heap_tuple_needs_eventual_freeze = (e2) => (_heap_tuple_needs_eventual_freeze = Module._heap_tuple_needs_eventual_freeze = wasmExports.heap_tuple_needs_eventual_freeze)(e2), _PrefetchBuffer = Module._PrefetchBuffer = (e2, t22, r6, a10) => (_PrefetchBuffer = Module._PrefetchBuffer = wasmExports.PrefetchBuffer)(e2, t22, r6, a10), _XLogRecGetBlockTagExtended = Module._XLogRecGetBlockTagExtended = (e2, t22, r6, a10, o7, _3) => (_XLogRecGetBlockTagExtended = Module._XLogRecGetBlockTagExtended = wasmExports.XLogRecGetBlockTagExtended)(e2, t22, r6, a10, o7, _3), _read_stream_next_buffer = Module._read_stream_next_buffer = (e2, t22) => (_read_stream_next_buffer = Module._read_stream_next_buffer = wasmExports.read_stream_next_buffer)(e2, t22), _FlushRelationBuffers = Module._FlushRelationBuffers = (e2) => (_FlushRelationBuffers = Module._FlushRelationBuffers = wasmExports.FlushRelationBuffers)(e2), _smgrexists = Module._smgrexists = (e2, t22) => (_smgrexists = Module._smgrexists = wasmExports.smgrexists)(e2, t22), _table_slot_create = Module._table_slot_create = (e2, t22) => (_table_slot_create = Module._table_slot_create = wasmExports.table_slot_create)(e2, t22), _ExecDropSingleTupleTableSlot = Module._ExecDropSingleTupleTableSlot = (e2) => (_ExecDropSingleTupleTableSlot = Module._ExecDropSingleTupleTableSlot = wasmExports.ExecDropSingleTupleTableSlot)(e2), _CreateExecutorState = Module._CreateExecutorState = () => (_CreateExecutorState = Module._CreateExecutorState = wasmExports.CreateExecutorState)(), _MakePerTupleExprContext = Module._MakePerTupleExprContext = (e2) => (_MakePerTupleExprContext = Module._MakePerTupleExprContext = wasmExports.MakePerTupleExprContext)(e2), _ExecPrepareQual = Module._ExecPrepareQual = (e2, t22) => (_ExecPrepareQual = Module._ExecPrepareQual = wasmExports.ExecPrepareQual)(e2, t22), _GetOldestNonRemovableTransactionId = Module._GetOldestNonRemovableTransactionId = (e2) => (_GetOldestNonRemovableTransactionId = Module._GetOldestNonRemovableTransactionId = wasmExports.GetOldestNonRemovableTransactionId)(e2), _FreeExecutorState = Module._FreeExecutorState = (e2) => (_FreeExecutorState = Module._FreeExecutorState = wasmExports.FreeExecutorState)(e2), _MakeSingleTupleTableSlot = Module._MakeSingleTupleTableSlot = (e2, t22) => (_MakeSingleTupleTableSlot = Module._MakeSingleTupleTableSlot = wasmExports.MakeSingleTupleTableSlot)(e2, t22), _tuplesort_getdatum = Module._tuplesort_getdatum = (e2, t22, r6, a10, o7, _3) => (_tuplesort_getdatum = Module._tuplesort_getdatum = wasmExports.tuplesort_getdatum)(e2, t22, r6, a10, o7, _3), _ExecStoreHeapTuple = Module._ExecStoreHeapTuple = (e2, t22, r6) => (_ExecStoreHeapTuple = Module._ExecStoreHeapTuple = wasmExports.ExecStoreHeapTuple)(e2, t22, r6), _visibilitymap_get_status = Module._visibilitymap_get_status = (e2, t22, r6) => (_visibilitymap_get_status = Module._visibilitymap_get_status = wasmExports.visibilitymap_get_status)(e2, t22, r6), _ExecStoreAllNullTuple = Module._ExecStoreAllNullTuple = (e2) => (_ExecStoreAllNullTuple = Module._ExecStoreAllNullTuple = wasmExports.ExecStoreAllNullTuple)(e2), _XidInMVCCSnapshot = Module._XidInMVCCSnapshot = (e2, t22) => (_XidInMVCCSnapshot = Module._XidInMVCCSnapshot = wasmExports.XidInMVCCSnapshot)(e2, t22), _bsearch = Module._bsearch = (e2, t22, r6, a10, o7) => (_bsearch = Module._bsearch = wasmExports.bsearch)(e2, t22, r6, a10, o7), _hash_seq_init = Module._hash_seq_init = (e2, t22) => (_hash_seq_init = Module._hash_seq_init = wasmExports.hash_seq_init)(e2, t22), _hash_seq_search = Module._hash_seq_search = (e2) => (_hash_seq_search = Module._hash_seq_search = wasmExports.hash_seq_search)(e2), _errcode_for_file_access = Module._errcode_for_file_access = () => (_errcode_for_file_access = Module._errcode_for_file_access = wasmExports.errcode_for_file_access)(), _pg_snprintf = Module._pg_snprintf = (e2, t22, r6, a10) => (_pg_snprintf = Module._pg_snprintf = wasmExports.pg_snprintf)(e2, t22, r6, a10), _OpenTransientFile = Module._OpenTransientFile = (e2, t22) => (_OpenTransientFile = Module._OpenTransientFile = wasmExports.OpenTransientFile)(e2, t22), _ftruncate = Module._ftruncate = (e2, t22) => (_ftruncate = Module._ftruncate = wasmExports.ftruncate)(e2, t22), ___errno_location = Module.___errno_location = () => (___errno_location = Module.___errno_location = wasmExports.__errno_location)(), _pwrite = Module._pwrite = (e2, t22, r6, a10) => (_pwrite = Module._pwrite = wasmExports.pwrite)(e2, t22, r6, a10), _CloseTransientFile = Module._CloseTransientFile = (e2) => (_CloseTransientFile = Module._CloseTransientFile = wasmExports.CloseTransientFile)(e2), _sscanf = Module._sscanf = (e2, t22, r6) => (_sscanf = Module._sscanf = wasmExports.sscanf)(e2, t22, r6), _unlink = Module._unlink = (e2) => (_unlink = Module._unlink = wasmExports.unlink)(e2), _fsync_fname = Module._fsync_fname = (e2, t22) => (_fsync_fname = Module._fsync_fname = wasmExports.fsync_fname)(e2, t22), _GetCurrentTimestamp = Module._GetCurrentTimestamp = () => (_GetCurrentTimestamp = Module._GetCurrentTimestamp = wasmExports.GetCurrentTimestamp)(), _get_namespace_name = Module._get_namespace_name = (e2) => (_get_namespace_name = Module._get_namespace_name = wasmExports.get_namespace_name)(e2), _GetRecordedFreeSpace = Module._GetRecordedFreeSpace = (e2, t22) => (_GetRecordedFreeSpace = Module._GetRecordedFreeSpace = wasmExports.GetRecordedFreeSpace)(e2, t22), _vac_estimate_reltuples = Module._vac_estimate_reltuples = (e2, t22, r6, a10) => (_vac_estimate_reltuples = Module._vac_estimate_reltuples = wasmExports.vac_estimate_reltuples)(e2, t22, r6, a10), _WaitLatch = Module._WaitLatch = (e2, t22, r6, a10) => (_WaitLatch = Module._WaitLatch = wasmExports.WaitLatch)(e2, t22, r6, a10), _ResetLatch = Module._ResetLatch = (e2) => (_ResetLatch = Module._ResetLatch = wasmExports.ResetLatch)(e2), _clock_gettime = Module._clock_gettime = (e2, t22) => (_clock_gettime = Module._clock_gettime = wasmExports.clock_gettime)(e2, t22), _WalUsageAccumDiff = Module._WalUsageAccumDiff = (e2, t22, r6) => (_WalUsageAccumDiff = Module._WalUsageAccumDiff = wasmExports.WalUsageAccumDiff)(e2, t22, r6), _BufferUsageAccumDiff = Module._BufferUsageAccumDiff = (e2, t22, r6) => (_BufferUsageAccumDiff = Module._BufferUsageAccumDiff = wasmExports.BufferUsageAccumDiff)(e2, t22, r6), _appendStringInfoString = Module._appendStringInfoString = (e2, t22) => (_appendStringInfoString = Module._appendStringInfoString = wasmExports.appendStringInfoString)(e2, t22), _set_errcontext_domain = Module._set_errcontext_domain = (e2) => (_set_errcontext_domain = Module._set_errcontext_domain = wasmExports.set_errcontext_domain)(e2), _errcontext_msg = Module._errcontext_msg = (e2, t22) => (_errcontext_msg = Module._errcontext_msg = wasmExports.errcontext_msg)(e2, t22), _visibilitymap_prepare_truncate = Module._visibilitymap_prepare_truncate = (e2, t22) => (_visibilitymap_prepare_truncate = Module._visibilitymap_prepare_truncate = wasmExports.visibilitymap_prepare_truncate)(e2, t22), _check_enable_rls = Module._check_enable_rls = (e2, t22, r6) => (_check_enable_rls = Module._check_enable_rls = wasmExports.check_enable_rls)(e2, t22, r6), _pg_class_aclcheck = Module._pg_class_aclcheck = (e2, t22, r6) => (_pg_class_aclcheck = Module._pg_class_aclcheck = wasmExports.pg_class_aclcheck)(e2, t22, r6), _btboolcmp = Module._btboolcmp = (e2) => (_btboolcmp = Module._btboolcmp = wasmExports.btboolcmp)(e2), _btint2cmp = Module._btint2cmp = (e2) => (_btint2cmp = Module._btint2cmp = wasmExports.btint2cmp)(e2), _btint4cmp = Module._btint4cmp = (e2) => (_btint4cmp = Module._btint4cmp = wasmExports.btint4cmp)(e2), _btint8cmp = Module._btint8cmp = (e2) => (_btint8cmp = Module._btint8cmp = wasmExports.btint8cmp)(e2), _btoidcmp = Module._btoidcmp = (e2) => (_btoidcmp = Module._btoidcmp = wasmExports.btoidcmp)(e2), _btcharcmp = Module._btcharcmp = (e2) => (_btcharcmp = Module._btcharcmp = wasmExports.btcharcmp)(e2), __bt_form_posting = Module.__bt_form_posting = (e2, t22, r6) => (__bt_form_posting = Module.__bt_form_posting = wasmExports._bt_form_posting)(e2, t22, r6), __bt_mkscankey = Module.__bt_mkscankey = (e2, t22) => (__bt_mkscankey = Module.__bt_mkscankey = wasmExports._bt_mkscankey)(e2, t22), __bt_checkpage = Module.__bt_checkpage = (e2, t22) => (__bt_checkpage = Module.__bt_checkpage = wasmExports._bt_checkpage)(e2, t22), __bt_compare = Module.__bt_compare = (e2, t22, r6, a10) => (__bt_compare = Module.__bt_compare = wasmExports._bt_compare)(e2, t22, r6, a10), __bt_relbuf = Module.__bt_relbuf = (e2, t22) => (__bt_relbuf = Module.__bt_relbuf = wasmExports._bt_relbuf)(e2, t22), __bt_search = Module.__bt_search = (e2, t22, r6, a10, o7) => (__bt_search = Module.__bt_search = wasmExports._bt_search)(e2, t22, r6, a10, o7), __bt_binsrch_insert = Module.__bt_binsrch_insert = (e2, t22) => (__bt_binsrch_insert = Module.__bt_binsrch_insert = wasmExports._bt_binsrch_insert)(e2, t22), __bt_freestack = Module.__bt_freestack = (e2) => (__bt_freestack = Module.__bt_freestack = wasmExports._bt_freestack)(e2), _pg_prng_uint32 = Module._pg_prng_uint32 = (e2) => (_pg_prng_uint32 = Module._pg_prng_uint32 = wasmExports.pg_prng_uint32)(e2), __bt_metaversion = Module.__bt_metaversion = (e2, t22, r6) => (__bt_metaversion = Module.__bt_metaversion = wasmExports._bt_metaversion)(e2, t22, r6), __bt_allequalimage = Module.__bt_allequalimage = (e2, t22) => (__bt_allequalimage = Module.__bt_allequalimage = wasmExports._bt_allequalimage)(e2, t22), ___wasm_setjmp_test = Module.___wasm_setjmp_test = (e2, t22) => (___wasm_setjmp_test = Module.___wasm_setjmp_test = wasmExports.__wasm_setjmp_test)(e2, t22), _before_shmem_exit = Module._before_shmem_exit = (e2, t22) => (_before_shmem_exit = Module._before_shmem_exit = wasmExports.before_shmem_exit)(e2, t22), ___wasm_setjmp = Module.___wasm_setjmp = (e2, t22, r6) => (___wasm_setjmp = Module.___wasm_setjmp = wasmExports.__wasm_setjmp)(e2, t22, r6), _cancel_before_shmem_exit = Module._cancel_before_shmem_exit = (e2, t22) => (_cancel_before_shmem_exit = Module._cancel_before_shmem_exit = wasmExports.cancel_before_shmem_exit)(e2, t22), _pg_re_throw = Module._pg_re_throw = () => (_pg_re_throw = Module._pg_re_throw = wasmExports.pg_re_throw)(), _emscripten_longjmp = Module._emscripten_longjmp = (e2, t22) => (_emscripten_longjmp = Module._emscripten_longjmp = wasmExports.emscripten_longjmp)(e2, t22), _get_opfamily_member = Module._get_opfamily_member = (e2, t22, r6, a10) => (_get_opfamily_member = Module._get_opfamily_member = wasmExports.get_opfamily_member)(e2, t22, r6, a10), _time = Module._time = (e2) => (_time = Module._time = wasmExports.time)(e2), _datum_image_eq = Module._datum_image_eq = (e2, t22, r6, a10) => (_datum_image_eq = Module._datum_image_eq = wasmExports.datum_image_eq)(e2, t22, r6, a10), __bt_check_natts = Module.__bt_check_natts = (e2, t22, r6, a10) => (__bt_check_natts = Module.__bt_check_natts = wasmExports._bt_check_natts)(e2, t22, r6, a10), _strlcpy = Module._strlcpy = (e2, t22, r6) => (_strlcpy = Module._strlcpy = wasmExports.strlcpy)(e2, t22, r6), _strncpy = Module._strncpy = (e2, t22, r6) => (_strncpy = Module._strncpy = wasmExports.strncpy)(e2, t22, r6), _timestamptz_to_str = Module._timestamptz_to_str = (e2) => (_timestamptz_to_str = Module._timestamptz_to_str = wasmExports.timestamptz_to_str)(e2), _XLogRecGetBlockRefInfo = Module._XLogRecGetBlockRefInfo = (e2, t22, r6, a10, o7) => (_XLogRecGetBlockRefInfo = Module._XLogRecGetBlockRefInfo = wasmExports.XLogRecGetBlockRefInfo)(e2, t22, r6, a10, o7), _varstr_cmp = Module._varstr_cmp = (e2, t22, r6, a10, o7) => (_varstr_cmp = Module._varstr_cmp = wasmExports.varstr_cmp)(e2, t22, r6, a10, o7), _getBaseType = Module._getBaseType = (e2) => (_getBaseType = Module._getBaseType = wasmExports.getBaseType)(e2), _exprType = Module._exprType = (e2) => (_exprType = Module._exprType = wasmExports.exprType)(e2), _GetActiveSnapshot = Module._GetActiveSnapshot = () => (_GetActiveSnapshot = Module._GetActiveSnapshot = wasmExports.GetActiveSnapshot)(), _errdetail_relkind_not_supported = Module._errdetail_relkind_not_supported = (e2) => (_errdetail_relkind_not_supported = Module._errdetail_relkind_not_supported = wasmExports.errdetail_relkind_not_supported)(e2), _table_openrv = Module._table_openrv = (e2, t22) => (_table_openrv = Module._table_openrv = wasmExports.table_openrv)(e2, t22), _table_slot_callbacks = Module._table_slot_callbacks = (e2) => (_table_slot_callbacks = Module._table_slot_callbacks = wasmExports.table_slot_callbacks)(e2), _clamp_row_est = Module._clamp_row_est = (e2) => (_clamp_row_est = Module._clamp_row_est = wasmExports.clamp_row_est)(e2), _pre_format_elog_string = Module._pre_format_elog_string = (e2, t22) => (_pre_format_elog_string = Module._pre_format_elog_string = wasmExports.pre_format_elog_string)(e2, t22), _format_elog_string = Module._format_elog_string = (e2, t22) => (_format_elog_string = Module._format_elog_string = wasmExports.format_elog_string)(e2, t22), _IsTransactionState = Module._IsTransactionState = () => (_IsTransactionState = Module._IsTransactionState = wasmExports.IsTransactionState)(), _estimate_expression_value = Module._estimate_expression_value = (e2, t22) => (_estimate_expression_value = Module._estimate_expression_value = wasmExports.estimate_expression_value)(e2, t22), _SetConfigOption = Module._SetConfigOption = (e2, t22, r6, a10) => (_SetConfigOption = Module._SetConfigOption = wasmExports.SetConfigOption)(e2, t22, r6, a10), _XLogFlush = Module._XLogFlush = (e2) => (_XLogFlush = Module._XLogFlush = wasmExports.XLogFlush)(e2), _get_call_result_type = Module._get_call_result_type = (e2, t22, r6) => (_get_call_result_type = Module._get_call_result_type = wasmExports.get_call_result_type)(e2, t22, r6), _HeapTupleHeaderGetDatum = Module._HeapTupleHeaderGetDatum = (e2) => (_HeapTupleHeaderGetDatum = Module._HeapTupleHeaderGetDatum = wasmExports.HeapTupleHeaderGetDatum)(e2), _GenericXLogStart = Module._GenericXLogStart = (e2) => (_GenericXLogStart = Module._GenericXLogStart = wasmExports.GenericXLogStart)(e2), _GenericXLogRegisterBuffer = Module._GenericXLogRegisterBuffer = (e2, t22, r6) => (_GenericXLogRegisterBuffer = Module._GenericXLogRegisterBuffer = wasmExports.GenericXLogRegisterBuffer)(e2, t22, r6), _GenericXLogFinish = Module._GenericXLogFinish = (e2) => (_GenericXLogFinish = Module._GenericXLogFinish = wasmExports.GenericXLogFinish)(e2), _GenericXLogAbort = Module._GenericXLogAbort = (e2) => (_GenericXLogAbort = Module._GenericXLogAbort = wasmExports.GenericXLogAbort)(e2), _errmsg_plural = Module._errmsg_plural = (e2, t22, r6, a10) => (_errmsg_plural = Module._errmsg_plural = wasmExports.errmsg_plural)(e2, t22, r6, a10), _ReadNextMultiXactId = Module._ReadNextMultiXactId = () => (_ReadNextMultiXactId = Module._ReadNextMultiXactId = wasmExports.ReadNextMultiXactId)(), _ReadMultiXactIdRange = Module._ReadMultiXactIdRange = (e2, t22) => (_ReadMultiXactIdRange = Module._ReadMultiXactIdRange = wasmExports.ReadMultiXactIdRange)(e2, t22), _MultiXactIdPrecedesOrEquals = Module._MultiXactIdPrecedesOrEquals = (e2, t22) => (_MultiXactIdPrecedesOrEquals = Module._MultiXactIdPrecedesOrEquals = wasmExports.MultiXactIdPrecedesOrEquals)(e2, t22), _init_MultiFuncCall = Module._init_MultiFuncCall = (e2) => (_init_MultiFuncCall = Module._init_MultiFuncCall = wasmExports.init_MultiFuncCall)(e2), _TupleDescGetAttInMetadata = Module._TupleDescGetAttInMetadata = (e2) => (_TupleDescGetAttInMetadata = Module._TupleDescGetAttInMetadata = wasmExports.TupleDescGetAttInMetadata)(e2), _per_MultiFuncCall = Module._per_MultiFuncCall = (e2) => (_per_MultiFuncCall = Module._per_MultiFuncCall = wasmExports.per_MultiFuncCall)(e2), _BuildTupleFromCStrings = Module._BuildTupleFromCStrings = (e2, t22) => (_BuildTupleFromCStrings = Module._BuildTupleFromCStrings = wasmExports.BuildTupleFromCStrings)(e2, t22), _end_MultiFuncCall = Module._end_MultiFuncCall = (e2, t22) => (_end_MultiFuncCall = Module._end_MultiFuncCall = wasmExports.end_MultiFuncCall)(e2, t22), _GetCurrentSubTransactionId = Module._GetCurrentSubTransactionId = () => (_GetCurrentSubTransactionId = Module._GetCurrentSubTransactionId = wasmExports.GetCurrentSubTransactionId)(), _WaitForBackgroundWorkerShutdown = Module._WaitForBackgroundWorkerShutdown = (e2) => (_WaitForBackgroundWorkerShutdown = Module._WaitForBackgroundWorkerShutdown = wasmExports.WaitForBackgroundWorkerShutdown)(e2), _RegisterDynamicBackgroundWorker = Module._RegisterDynamicBackgroundWorker = (e2, t22) => (_RegisterDynamicBackgroundWorker = Module._RegisterDynamicBackgroundWorker = wasmExports.RegisterDynamicBackgroundWorker)(e2, t22), _appendBinaryStringInfo = Module._appendBinaryStringInfo = (e2, t22, r6) => (_appendBinaryStringInfo = Module._appendBinaryStringInfo = wasmExports.appendBinaryStringInfo)(e2, t22, r6), _pq_getmsgbyte = Module._pq_getmsgbyte = (e2) => (_pq_getmsgbyte = Module._pq_getmsgbyte = wasmExports.pq_getmsgbyte)(e2), _pq_getmsgint = Module._pq_getmsgint = (e2, t22) => (_pq_getmsgint = Module._pq_getmsgint = wasmExports.pq_getmsgint)(e2, t22), _pq_getmsgint64 = Module._pq_getmsgint64 = (e2) => (_pq_getmsgint64 = Module._pq_getmsgint64 = wasmExports.pq_getmsgint64)(e2), _die = Module._die = (e2) => (_die = Module._die = wasmExports.die)(e2), _BackgroundWorkerUnblockSignals = Module._BackgroundWorkerUnblockSignals = () => (_BackgroundWorkerUnblockSignals = Module._BackgroundWorkerUnblockSignals = wasmExports.BackgroundWorkerUnblockSignals)(), _BackgroundWorkerInitializeConnectionByOid = Module._BackgroundWorkerInitializeConnectionByOid = (e2, t22, r6) => (_BackgroundWorkerInitializeConnectionByOid = Module._BackgroundWorkerInitializeConnectionByOid = wasmExports.BackgroundWorkerInitializeConnectionByOid)(e2, t22, r6), _GetDatabaseEncoding = Module._GetDatabaseEncoding = () => (_GetDatabaseEncoding = Module._GetDatabaseEncoding = wasmExports.GetDatabaseEncoding)(), _StartTransactionCommand = Module._StartTransactionCommand = () => (_StartTransactionCommand = Module._StartTransactionCommand = wasmExports.StartTransactionCommand)(), _CommitTransactionCommand = Module._CommitTransactionCommand = () => (_CommitTransactionCommand = Module._CommitTransactionCommand = wasmExports.CommitTransactionCommand)(), _PushActiveSnapshot = Module._PushActiveSnapshot = (e2) => (_PushActiveSnapshot = Module._PushActiveSnapshot = wasmExports.PushActiveSnapshot)(e2), _PopActiveSnapshot = Module._PopActiveSnapshot = () => (_PopActiveSnapshot = Module._PopActiveSnapshot = wasmExports.PopActiveSnapshot)(), _RmgrNotFound = Module._RmgrNotFound = (e2) => (_RmgrNotFound = Module._RmgrNotFound = wasmExports.RmgrNotFound)(e2), _InitMaterializedSRF = Module._InitMaterializedSRF = (e2, t22) => (_InitMaterializedSRF = Module._InitMaterializedSRF = wasmExports.InitMaterializedSRF)(e2, t22), _tuplestore_putvalues = Module._tuplestore_putvalues = (e2, t22, r6, a10) => (_tuplestore_putvalues = Module._tuplestore_putvalues = wasmExports.tuplestore_putvalues)(e2, t22, r6, a10), _pread = Module._pread = (e2, t22, r6, a10) => (_pread = Module._pread = wasmExports.pread)(e2, t22, r6, a10), _strspn = Module._strspn = (e2, t22) => (_strspn = Module._strspn = wasmExports.strspn)(e2, t22), _strtoll = Module._strtoll = (e2, t22, r6) => (_strtoll = Module._strtoll = wasmExports.strtoll)(e2, t22, r6), _AllocateFile = Module._AllocateFile = (e2, t22) => (_AllocateFile = Module._AllocateFile = wasmExports.AllocateFile)(e2, t22), _ferror = Module._ferror = (e2) => (_ferror = Module._ferror = wasmExports.ferror)(e2), _FreeFile = Module._FreeFile = (e2) => (_FreeFile = Module._FreeFile = wasmExports.FreeFile)(e2), _getpid = Module._getpid = () => (_getpid = Module._getpid = wasmExports.getpid)(), _read = Module._read = (e2, t22, r6) => (_read = Module._read = wasmExports.read)(e2, t22, r6), _write = Module._write = (e2, t22, r6) => (_write = Module._write = wasmExports.write)(e2, t22, r6), _durable_rename = Module._durable_rename = (e2, t22, r6) => (_durable_rename = Module._durable_rename = wasmExports.durable_rename)(e2, t22, r6), _BlessTupleDesc = Module._BlessTupleDesc = (e2) => (_BlessTupleDesc = Module._BlessTupleDesc = wasmExports.BlessTupleDesc)(e2), _fstat = Module._fstat = (e2, t22) => (_fstat = Module._fstat = wasmExports.fstat)(e2, t22), _superuser_arg = Module._superuser_arg = (e2) => (_superuser_arg = Module._superuser_arg = wasmExports.superuser_arg)(e2), _wal_segment_close = Module._wal_segment_close = (e2) => (_wal_segment_close = Module._wal_segment_close = wasmExports.wal_segment_close)(e2), _wal_segment_open = Module._wal_segment_open = (e2, t22, r6) => (_wal_segment_open = Module._wal_segment_open = wasmExports.wal_segment_open)(e2, t22, r6), _XLogReaderAllocate = Module._XLogReaderAllocate = (e2, t22, r6, a10) => (_XLogReaderAllocate = Module._XLogReaderAllocate = wasmExports.XLogReaderAllocate)(e2, t22, r6, a10), _XLogReadRecord = Module._XLogReadRecord = (e2, t22) => (_XLogReadRecord = Module._XLogReadRecord = wasmExports.XLogReadRecord)(e2, t22), _XLogReaderFree = Module._XLogReaderFree = (e2) => (_XLogReaderFree = Module._XLogReaderFree = wasmExports.XLogReaderFree)(e2), _strtoull = Module._strtoull = (e2, t22, r6) => (_strtoull = Module._strtoull = wasmExports.strtoull)(e2, t22, r6), _access = Module._access = (e2, t22) => (_access = Module._access = wasmExports.access)(e2, t22), _GetTopFullTransactionId = Module._GetTopFullTransactionId = () => (_GetTopFullTransactionId = Module._GetTopFullTransactionId = wasmExports.GetTopFullTransactionId)(), _GetCurrentTransactionNestLevel = Module._GetCurrentTransactionNestLevel = () => (_GetCurrentTransactionNestLevel = Module._GetCurrentTransactionNestLevel = wasmExports.GetCurrentTransactionNestLevel)(), _ResourceOwnerCreate = Module._ResourceOwnerCreate = (e2, t22) => (_ResourceOwnerCreate = Module._ResourceOwnerCreate = wasmExports.ResourceOwnerCreate)(e2, t22), _IsTransactionBlock = Module._IsTransactionBlock = () => (_IsTransactionBlock = Module._IsTransactionBlock = wasmExports.IsTransactionBlock)(), _RegisterXactCallback = Module._RegisterXactCallback = (e2, t22) => (_RegisterXactCallback = Module._RegisterXactCallback = wasmExports.RegisterXactCallback)(e2, t22), _UnregisterXactCallback = Module._UnregisterXactCallback = (e2, t22) => (_UnregisterXactCallback = Module._UnregisterXactCallback = wasmExports.UnregisterXactCallback)(e2, t22), _RegisterSubXactCallback = Module._RegisterSubXactCallback = (e2, t22) => (_RegisterSubXactCallback = Module._RegisterSubXactCallback = wasmExports.RegisterSubXactCallback)(e2, t22), _BeginInternalSubTransaction = Module._BeginInternalSubTransaction = (e2) => (_BeginInternalSubTransaction = Module._BeginInternalSubTransaction = wasmExports.BeginInternalSubTransaction)(e2), _ReleaseCurrentSubTransaction = Module._ReleaseCurrentSubTransaction = () => (_ReleaseCurrentSubTransaction = Module._ReleaseCurrentSubTransaction = wasmExports.ReleaseCurrentSubTransaction)(), _ResourceOwnerDelete = Module._ResourceOwnerDelete = (e2) => (_ResourceOwnerDelete = Module._ResourceOwnerDelete = wasmExports.ResourceOwnerDelete)(e2), _RollbackAndReleaseCurrentSubTransaction = Module._RollbackAndReleaseCurrentSubTransaction = () => (_RollbackAndReleaseCurrentSubTransaction = Module._RollbackAndReleaseCurrentSubTransaction = wasmExports.RollbackAndReleaseCurrentSubTransaction)(), _pg_usleep = Module._pg_usleep = (e2) => (_pg_usleep = Module._pg_usleep = wasmExports.pg_usleep)(e2), _close = Module._close = (e2) => (_close = Module._close = wasmExports.close)(e2), _ReleaseExternalFD = Module._ReleaseExternalFD = () => (_ReleaseExternalFD = Module._ReleaseExternalFD = wasmExports.ReleaseExternalFD)(), _SplitIdentifierString = Module._SplitIdentifierString = (e2, t22, r6) => (_SplitIdentifierString = Module._SplitIdentifierString = wasmExports.SplitIdentifierString)(e2, t22, r6), _guc_malloc = Module._guc_malloc = (e2, t22) => (_guc_malloc = Module._guc_malloc = wasmExports.guc_malloc)(e2, t22), _find_option = Module._find_option = (e2, t22, r6, a10) => (_find_option = Module._find_option = wasmExports.find_option)(e2, t22, r6, a10), _gettimeofday = Module._gettimeofday = (e2, t22) => (_gettimeofday = Module._gettimeofday = wasmExports.gettimeofday)(e2, t22), _pg_strong_random = Module._pg_strong_random = (e2, t22) => (_pg_strong_random = Module._pg_strong_random = wasmExports.pg_strong_random)(e2, t22), _stat = Module._stat = (e2, t22) => (_stat = Module._stat = wasmExports.stat)(e2, t22), _GetFlushRecPtr = Module._GetFlushRecPtr = (e2) => (_GetFlushRecPtr = Module._GetFlushRecPtr = wasmExports.GetFlushRecPtr)(e2), _GetXLogReplayRecPtr = Module._GetXLogReplayRecPtr = (e2) => (_GetXLogReplayRecPtr = Module._GetXLogReplayRecPtr = wasmExports.GetXLogReplayRecPtr)(e2), _TimestampDifferenceMilliseconds = Module._TimestampDifferenceMilliseconds = (e2, t22) => (_TimestampDifferenceMilliseconds = Module._TimestampDifferenceMilliseconds = wasmExports.TimestampDifferenceMilliseconds)(e2, t22), _strtoul = Module._strtoul = (e2, t22, r6) => (_strtoul = Module._strtoul = wasmExports.strtoul)(e2, t22, r6), _readlink = Module._readlink = (e2, t22, r6) => (_readlink = Module._readlink = wasmExports.readlink)(e2, t22, r6), _pg_fprintf = Module._pg_fprintf = (e2, t22, r6) => (_pg_fprintf = Module._pg_fprintf = wasmExports.pg_fprintf)(e2, t22, r6), _fflush = Module._fflush = (e2) => (_fflush = Module._fflush = wasmExports.fflush)(e2), _pgl_system = Module._pgl_system = (e2) => (_pgl_system = Module._pgl_system = wasmExports.pgl_system)(e2), _wait_result_to_str = Module._wait_result_to_str = (e2) => (_wait_result_to_str = Module._wait_result_to_str = wasmExports.wait_result_to_str)(e2), _replace_percent_placeholders = Module._replace_percent_placeholders = (e2, t22, r6, a10) => (_replace_percent_placeholders = Module._replace_percent_placeholders = wasmExports.replace_percent_placeholders)(e2, t22, r6, a10), _makeStringInfo = Module._makeStringInfo = () => (_makeStringInfo = Module._makeStringInfo = wasmExports.makeStringInfo)(), _pg_toupper = Module._pg_toupper = (e2) => (_pg_toupper = Module._pg_toupper = wasmExports.pg_toupper)(e2), _numeric_in = Module._numeric_in = (e2) => (_numeric_in = Module._numeric_in = wasmExports.numeric_in)(e2), _DirectFunctionCall3Coll = Module._DirectFunctionCall3Coll = (e2, t22, r6, a10, o7) => (_DirectFunctionCall3Coll = Module._DirectFunctionCall3Coll = wasmExports.DirectFunctionCall3Coll)(e2, t22, r6, a10, o7), _palloc_extended = Module._palloc_extended = (e2, t22) => (_palloc_extended = Module._palloc_extended = wasmExports.palloc_extended)(e2, t22), _pg_vsnprintf = Module._pg_vsnprintf = (e2, t22, r6, a10) => (_pg_vsnprintf = Module._pg_vsnprintf = wasmExports.pg_vsnprintf)(e2, t22, r6, a10), _XLogFindNextRecord = Module._XLogFindNextRecord = (e2, t22) => (_XLogFindNextRecord = Module._XLogFindNextRecord = wasmExports.XLogFindNextRecord)(e2, t22), _RestoreBlockImage = Module._RestoreBlockImage = (e2, t22, r6) => (_RestoreBlockImage = Module._RestoreBlockImage = wasmExports.RestoreBlockImage)(e2, t22, r6), _timestamptz_in = Module._timestamptz_in = (e2) => (_timestamptz_in = Module._timestamptz_in = wasmExports.timestamptz_in)(e2), _fscanf = Module._fscanf = (e2, t22, r6) => (_fscanf = Module._fscanf = wasmExports.fscanf)(e2, t22, r6), _symlink = Module._symlink = (e2, t22) => (_symlink = Module._symlink = wasmExports.symlink)(e2, t22), _ParseDateTime = Module._ParseDateTime = (e2, t22, r6, a10, o7, _3, s2) => (_ParseDateTime = Module._ParseDateTime = wasmExports.ParseDateTime)(e2, t22, r6, a10, o7, _3, s2), _DecodeDateTime = Module._DecodeDateTime = (e2, t22, r6, a10, o7, _3, s2, n3) => (_DecodeDateTime = Module._DecodeDateTime = wasmExports.DecodeDateTime)(e2, t22, r6, a10, o7, _3, s2, n3), _tm2timestamp = Module._tm2timestamp = (e2, t22, r6, a10) => (_tm2timestamp = Module._tm2timestamp = wasmExports.tm2timestamp)(e2, t22, r6, a10), _XLogRecStoreStats = Module._XLogRecStoreStats = (e2, t22) => (_XLogRecStoreStats = Module._XLogRecStoreStats = wasmExports.XLogRecStoreStats)(e2, t22), _hash_get_num_entries = Module._hash_get_num_entries = (e2) => (_hash_get_num_entries = Module._hash_get_num_entries = wasmExports.hash_get_num_entries)(e2), _read_local_xlog_page_no_wait = Module._read_local_xlog_page_no_wait = (e2, t22, r6, a10, o7) => (_read_local_xlog_page_no_wait = Module._read_local_xlog_page_no_wait = wasmExports.read_local_xlog_page_no_wait)(e2, t22, r6, a10, o7), _escape_json = Module._escape_json = (e2, t22) => (_escape_json = Module._escape_json = wasmExports.escape_json)(e2, t22), _lstat = Module._lstat = (e2, t22) => (_lstat = Module._lstat = wasmExports.lstat)(e2, t22), _list_sort = Module._list_sort = (e2, t22) => (_list_sort = Module._list_sort = wasmExports.list_sort)(e2, t22), _pgl_geteuid = Module._pgl_geteuid = () => (_pgl_geteuid = Module._pgl_geteuid = wasmExports.pgl_geteuid)(), _getegid = Module._getegid = () => (_getegid = Module._getegid = wasmExports.getegid)(), _pg_checksum_page = Module._pg_checksum_page = (e2, t22) => (_pg_checksum_page = Module._pg_checksum_page = wasmExports.pg_checksum_page)(e2, t22), _CreateDestReceiver = Module._CreateDestReceiver = (e2) => (_CreateDestReceiver = Module._CreateDestReceiver = wasmExports.CreateDestReceiver)(e2), _bbsink_forward_end_archive = Module._bbsink_forward_end_archive = (e2) => (_bbsink_forward_end_archive = Module._bbsink_forward_end_archive = wasmExports.bbsink_forward_end_archive)(e2), _bbsink_forward_begin_manifest = Module._bbsink_forward_begin_manifest = (e2) => (_bbsink_forward_begin_manifest = Module._bbsink_forward_begin_manifest = wasmExports.bbsink_forward_begin_manifest)(e2), _bbsink_forward_end_manifest = Module._bbsink_forward_end_manifest = (e2) => (_bbsink_forward_end_manifest = Module._bbsink_forward_end_manifest = wasmExports.bbsink_forward_end_manifest)(e2), _bbsink_forward_end_backup = Module._bbsink_forward_end_backup = (e2, t22, r6) => (_bbsink_forward_end_backup = Module._bbsink_forward_end_backup = wasmExports.bbsink_forward_end_backup)(e2, t22, r6), _bbsink_forward_cleanup = Module._bbsink_forward_cleanup = (e2) => (_bbsink_forward_cleanup = Module._bbsink_forward_cleanup = wasmExports.bbsink_forward_cleanup)(e2), _MemoryContextAllocExtended = Module._MemoryContextAllocExtended = (e2, t22, r6) => (_MemoryContextAllocExtended = Module._MemoryContextAllocExtended = wasmExports.MemoryContextAllocExtended)(e2, t22, r6), _appendStringInfoVA = Module._appendStringInfoVA = (e2, t22, r6) => (_appendStringInfoVA = Module._appendStringInfoVA = wasmExports.appendStringInfoVA)(e2, t22, r6), _list_concat = Module._list_concat = (e2, t22) => (_list_concat = Module._list_concat = wasmExports.list_concat)(e2, t22), _strrchr = Module._strrchr = (e2, t22) => (_strrchr = Module._strrchr = wasmExports.strrchr)(e2, t22), _bbsink_forward_begin_backup = Module._bbsink_forward_begin_backup = (e2) => (_bbsink_forward_begin_backup = Module._bbsink_forward_begin_backup = wasmExports.bbsink_forward_begin_backup)(e2), _bbsink_forward_archive_contents = Module._bbsink_forward_archive_contents = (e2, t22) => (_bbsink_forward_archive_contents = Module._bbsink_forward_archive_contents = wasmExports.bbsink_forward_archive_contents)(e2, t22), _bbsink_forward_begin_archive = Module._bbsink_forward_begin_archive = (e2, t22) => (_bbsink_forward_begin_archive = Module._bbsink_forward_begin_archive = wasmExports.bbsink_forward_begin_archive)(e2, t22), _bbsink_forward_manifest_contents = Module._bbsink_forward_manifest_contents = (e2, t22) => (_bbsink_forward_manifest_contents = Module._bbsink_forward_manifest_contents = wasmExports.bbsink_forward_manifest_contents)(e2, t22), _has_privs_of_role = Module._has_privs_of_role = (e2, t22) => (_has_privs_of_role = Module._has_privs_of_role = wasmExports.has_privs_of_role)(e2, t22), _BaseBackupAddTarget = Module._BaseBackupAddTarget = (e2, t22, r6) => (_BaseBackupAddTarget = Module._BaseBackupAddTarget = wasmExports.BaseBackupAddTarget)(e2, t22, r6), _list_copy = Module._list_copy = (e2) => (_list_copy = Module._list_copy = wasmExports.list_copy)(e2), _tuplestore_puttuple = Module._tuplestore_puttuple = (e2, t22) => (_tuplestore_puttuple = Module._tuplestore_puttuple = wasmExports.tuplestore_puttuple)(e2, t22), _isatty = Module._isatty = (e2) => (_isatty = Module._isatty = wasmExports.isatty)(e2), _makeRangeVar = Module._makeRangeVar = (e2, t22, r6) => (_makeRangeVar = Module._makeRangeVar = wasmExports.makeRangeVar)(e2, t22, r6), _DefineIndex = Module._DefineIndex = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3) => (_DefineIndex = Module._DefineIndex = wasmExports.DefineIndex)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3), _realloc = Module._realloc = (e2, t22) => (_realloc = Module._realloc = wasmExports.realloc)(e2, t22), _getc = Module._getc = (e2) => (_getc = Module._getc = wasmExports.getc)(e2), _fread = Module._fread = (e2, t22, r6, a10) => (_fread = Module._fread = wasmExports.fread)(e2, t22, r6, a10), _clearerr = Module._clearerr = (e2) => (_clearerr = Module._clearerr = wasmExports.clearerr)(e2), _malloc = Module._malloc = (e2) => (_malloc = Module._malloc = wasmExports.malloc)(e2), _free = Module._free = (e2) => (_free = Module._free = wasmExports.free)(e2), _copyObjectImpl = Module._copyObjectImpl = (e2) => (_copyObjectImpl = Module._copyObjectImpl = wasmExports.copyObjectImpl)(e2), _lappend_oid = Module._lappend_oid = (e2, t22) => (_lappend_oid = Module._lappend_oid = wasmExports.lappend_oid)(e2, t22), _makeTypeNameFromNameList = Module._makeTypeNameFromNameList = (e2) => (_makeTypeNameFromNameList = Module._makeTypeNameFromNameList = wasmExports.makeTypeNameFromNameList)(e2), _get_namespace_oid = Module._get_namespace_oid = (e2, t22) => (_get_namespace_oid = Module._get_namespace_oid = wasmExports.get_namespace_oid)(e2, t22), _SearchSysCache2 = Module._SearchSysCache2 = (e2, t22, r6) => (_SearchSysCache2 = Module._SearchSysCache2 = wasmExports.SearchSysCache2)(e2, t22, r6), _CatalogTupleUpdate = Module._CatalogTupleUpdate = (e2, t22, r6) => (_CatalogTupleUpdate = Module._CatalogTupleUpdate = wasmExports.CatalogTupleUpdate)(e2, t22, r6), _get_attnum = Module._get_attnum = (e2, t22) => (_get_attnum = Module._get_attnum = wasmExports.get_attnum)(e2, t22), _get_rel_name = Module._get_rel_name = (e2) => (_get_rel_name = Module._get_rel_name = wasmExports.get_rel_name)(e2), _CatalogTupleDelete = Module._CatalogTupleDelete = (e2, t22) => (_CatalogTupleDelete = Module._CatalogTupleDelete = wasmExports.CatalogTupleDelete)(e2, t22), _SearchSysCache3 = Module._SearchSysCache3 = (e2, t22, r6, a10) => (_SearchSysCache3 = Module._SearchSysCache3 = wasmExports.SearchSysCache3)(e2, t22, r6, a10), _performDeletion = Module._performDeletion = (e2, t22, r6) => (_performDeletion = Module._performDeletion = wasmExports.performDeletion)(e2, t22, r6), _CatalogTupleInsert = Module._CatalogTupleInsert = (e2, t22) => (_CatalogTupleInsert = Module._CatalogTupleInsert = wasmExports.CatalogTupleInsert)(e2, t22), _recordDependencyOn = Module._recordDependencyOn = (e2, t22, r6) => (_recordDependencyOn = Module._recordDependencyOn = wasmExports.recordDependencyOn)(e2, t22, r6), _get_element_type = Module._get_element_type = (e2) => (_get_element_type = Module._get_element_type = wasmExports.get_element_type)(e2), _object_aclcheck = Module._object_aclcheck = (e2, t22, r6, a10) => (_object_aclcheck = Module._object_aclcheck = wasmExports.object_aclcheck)(e2, t22, r6, a10), _isTempNamespace = Module._isTempNamespace = (e2) => (_isTempNamespace = Module._isTempNamespace = wasmExports.isTempNamespace)(e2), _superuser = Module._superuser = () => (_superuser = Module._superuser = wasmExports.superuser)(), _SearchSysCacheAttName = Module._SearchSysCacheAttName = (e2, t22) => (_SearchSysCacheAttName = Module._SearchSysCacheAttName = wasmExports.SearchSysCacheAttName)(e2, t22), _new_object_addresses = Module._new_object_addresses = () => (_new_object_addresses = Module._new_object_addresses = wasmExports.new_object_addresses)(), _free_object_addresses = Module._free_object_addresses = (e2) => (_free_object_addresses = Module._free_object_addresses = wasmExports.free_object_addresses)(e2), _performMultipleDeletions = Module._performMultipleDeletions = (e2, t22, r6) => (_performMultipleDeletions = Module._performMultipleDeletions = wasmExports.performMultipleDeletions)(e2, t22, r6), _recordDependencyOnExpr = Module._recordDependencyOnExpr = (e2, t22, r6, a10) => (_recordDependencyOnExpr = Module._recordDependencyOnExpr = wasmExports.recordDependencyOnExpr)(e2, t22, r6, a10), _query_tree_walker_impl = Module._query_tree_walker_impl = (e2, t22, r6, a10) => (_query_tree_walker_impl = Module._query_tree_walker_impl = wasmExports.query_tree_walker_impl)(e2, t22, r6, a10), _expression_tree_walker_impl = Module._expression_tree_walker_impl = (e2, t22, r6) => (_expression_tree_walker_impl = Module._expression_tree_walker_impl = wasmExports.expression_tree_walker_impl)(e2, t22, r6), _add_exact_object_address = Module._add_exact_object_address = (e2, t22) => (_add_exact_object_address = Module._add_exact_object_address = wasmExports.add_exact_object_address)(e2, t22), _get_rel_relkind = Module._get_rel_relkind = (e2) => (_get_rel_relkind = Module._get_rel_relkind = wasmExports.get_rel_relkind)(e2), _get_typtype = Module._get_typtype = (e2) => (_get_typtype = Module._get_typtype = wasmExports.get_typtype)(e2), _list_delete_last = Module._list_delete_last = (e2) => (_list_delete_last = Module._list_delete_last = wasmExports.list_delete_last)(e2), _type_is_collatable = Module._type_is_collatable = (e2) => (_type_is_collatable = Module._type_is_collatable = wasmExports.type_is_collatable)(e2), _CatalogOpenIndexes = Module._CatalogOpenIndexes = (e2) => (_CatalogOpenIndexes = Module._CatalogOpenIndexes = wasmExports.CatalogOpenIndexes)(e2), _CatalogCloseIndexes = Module._CatalogCloseIndexes = (e2) => (_CatalogCloseIndexes = Module._CatalogCloseIndexes = wasmExports.CatalogCloseIndexes)(e2), _get_relname_relid = Module._get_relname_relid = (e2, t22) => (_get_relname_relid = Module._get_relname_relid = wasmExports.get_relname_relid)(e2, t22), _GetSysCacheOid = Module._GetSysCacheOid = (e2, t22, r6, a10, o7, _3) => (_GetSysCacheOid = Module._GetSysCacheOid = wasmExports.GetSysCacheOid)(e2, t22, r6, a10, o7, _3), _CheckTableNotInUse = Module._CheckTableNotInUse = (e2, t22) => (_CheckTableNotInUse = Module._CheckTableNotInUse = wasmExports.CheckTableNotInUse)(e2, t22), _construct_array = Module._construct_array = (e2, t22, r6, a10, o7, _3) => (_construct_array = Module._construct_array = wasmExports.construct_array)(e2, t22, r6, a10, o7, _3), _make_parsestate = Module._make_parsestate = (e2) => (_make_parsestate = Module._make_parsestate = wasmExports.make_parsestate)(e2), _addRangeTableEntryForRelation = Module._addRangeTableEntryForRelation = (e2, t22, r6, a10, o7, _3) => (_addRangeTableEntryForRelation = Module._addRangeTableEntryForRelation = wasmExports.addRangeTableEntryForRelation)(e2, t22, r6, a10, o7, _3), _addNSItemToQuery = Module._addNSItemToQuery = (e2, t22, r6, a10, o7) => (_addNSItemToQuery = Module._addNSItemToQuery = wasmExports.addNSItemToQuery)(e2, t22, r6, a10, o7), _transformExpr = Module._transformExpr = (e2, t22, r6) => (_transformExpr = Module._transformExpr = wasmExports.transformExpr)(e2, t22, r6), _coerce_to_boolean = Module._coerce_to_boolean = (e2, t22, r6) => (_coerce_to_boolean = Module._coerce_to_boolean = wasmExports.coerce_to_boolean)(e2, t22, r6), _assign_expr_collations = Module._assign_expr_collations = (e2, t22) => (_assign_expr_collations = Module._assign_expr_collations = wasmExports.assign_expr_collations)(e2, t22), _equal = Module._equal = (e2, t22) => (_equal = Module._equal = wasmExports.equal)(e2, t22), _pull_var_clause = Module._pull_var_clause = (e2, t22) => (_pull_var_clause = Module._pull_var_clause = wasmExports.pull_var_clause)(e2, t22), _get_attname = Module._get_attname = (e2, t22, r6) => (_get_attname = Module._get_attname = wasmExports.get_attname)(e2, t22, r6), _coerce_to_target_type = Module._coerce_to_target_type = (e2, t22, r6, a10, o7, _3, s2, n3) => (_coerce_to_target_type = Module._coerce_to_target_type = wasmExports.coerce_to_target_type)(e2, t22, r6, a10, o7, _3, s2, n3), _nodeToString = Module._nodeToString = (e2) => (_nodeToString = Module._nodeToString = wasmExports.nodeToString)(e2), _CatalogTupleInsertWithInfo = Module._CatalogTupleInsertWithInfo = (e2, t22, r6) => (_CatalogTupleInsertWithInfo = Module._CatalogTupleInsertWithInfo = wasmExports.CatalogTupleInsertWithInfo)(e2, t22, r6), _buildoidvector = Module._buildoidvector = (e2, t22) => (_buildoidvector = Module._buildoidvector = wasmExports.buildoidvector)(e2, t22), _parser_errposition = Module._parser_errposition = (e2, t22) => (_parser_errposition = Module._parser_errposition = wasmExports.parser_errposition)(e2, t22), _exprTypmod = Module._exprTypmod = (e2) => (_exprTypmod = Module._exprTypmod = wasmExports.exprTypmod)(e2), _get_base_element_type = Module._get_base_element_type = (e2) => (_get_base_element_type = Module._get_base_element_type = wasmExports.get_base_element_type)(e2), _SystemFuncName = Module._SystemFuncName = (e2) => (_SystemFuncName = Module._SystemFuncName = wasmExports.SystemFuncName)(e2), _CreateTrigger = Module._CreateTrigger = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3) => (_CreateTrigger = Module._CreateTrigger = wasmExports.CreateTrigger)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3), _plan_create_index_workers = Module._plan_create_index_workers = (e2, t22) => (_plan_create_index_workers = Module._plan_create_index_workers = wasmExports.plan_create_index_workers)(e2, t22), _tuplesort_begin_datum = Module._tuplesort_begin_datum = (e2, t22, r6, a10, o7, _3, s2) => (_tuplesort_begin_datum = Module._tuplesort_begin_datum = wasmExports.tuplesort_begin_datum)(e2, t22, r6, a10, o7, _3, s2), _tuplesort_putdatum = Module._tuplesort_putdatum = (e2, t22, r6) => (_tuplesort_putdatum = Module._tuplesort_putdatum = wasmExports.tuplesort_putdatum)(e2, t22, r6), _get_rel_namespace = Module._get_rel_namespace = (e2) => (_get_rel_namespace = Module._get_rel_namespace = wasmExports.get_rel_namespace)(e2), _ExecOpenIndices = Module._ExecOpenIndices = (e2, t22) => (_ExecOpenIndices = Module._ExecOpenIndices = wasmExports.ExecOpenIndices)(e2, t22), _ExecCloseIndices = Module._ExecCloseIndices = (e2) => (_ExecCloseIndices = Module._ExecCloseIndices = wasmExports.ExecCloseIndices)(e2), _ConditionalLockRelationOid = Module._ConditionalLockRelationOid = (e2, t22) => (_ConditionalLockRelationOid = Module._ConditionalLockRelationOid = wasmExports.ConditionalLockRelationOid)(e2, t22), _RelnameGetRelid = Module._RelnameGetRelid = (e2) => (_RelnameGetRelid = Module._RelnameGetRelid = wasmExports.RelnameGetRelid)(e2), _get_relkind_objtype = Module._get_relkind_objtype = (e2) => (_get_relkind_objtype = Module._get_relkind_objtype = wasmExports.get_relkind_objtype)(e2), _RelationIsVisible = Module._RelationIsVisible = (e2) => (_RelationIsVisible = Module._RelationIsVisible = wasmExports.RelationIsVisible)(e2), _TypenameGetTypid = Module._TypenameGetTypid = (e2) => (_TypenameGetTypid = Module._TypenameGetTypid = wasmExports.TypenameGetTypid)(e2), _get_func_arg_info = Module._get_func_arg_info = (e2, t22, r6, a10) => (_get_func_arg_info = Module._get_func_arg_info = wasmExports.get_func_arg_info)(e2, t22, r6, a10), _NameListToString = Module._NameListToString = (e2) => (_NameListToString = Module._NameListToString = wasmExports.NameListToString)(e2), _OpernameGetOprid = Module._OpernameGetOprid = (e2, t22, r6) => (_OpernameGetOprid = Module._OpernameGetOprid = wasmExports.OpernameGetOprid)(e2, t22, r6), _get_ts_config_oid = Module._get_ts_config_oid = (e2, t22) => (_get_ts_config_oid = Module._get_ts_config_oid = wasmExports.get_ts_config_oid)(e2, t22), _makeRangeVarFromNameList = Module._makeRangeVarFromNameList = (e2) => (_makeRangeVarFromNameList = Module._makeRangeVarFromNameList = wasmExports.makeRangeVarFromNameList)(e2), _quote_identifier = Module._quote_identifier = (e2) => (_quote_identifier = Module._quote_identifier = wasmExports.quote_identifier)(e2), _atoi = Module._atoi = (e2) => (_atoi = Module._atoi = wasmExports.atoi)(e2), _GetSearchPathMatcher = Module._GetSearchPathMatcher = (e2) => (_GetSearchPathMatcher = Module._GetSearchPathMatcher = wasmExports.GetSearchPathMatcher)(e2), _SearchPathMatchesCurrentEnvironment = Module._SearchPathMatchesCurrentEnvironment = (e2) => (_SearchPathMatchesCurrentEnvironment = Module._SearchPathMatchesCurrentEnvironment = wasmExports.SearchPathMatchesCurrentEnvironment)(e2), _get_collation_oid = Module._get_collation_oid = (e2, t22) => (_get_collation_oid = Module._get_collation_oid = wasmExports.get_collation_oid)(e2, t22), _GetDatabaseEncodingName = Module._GetDatabaseEncodingName = () => (_GetDatabaseEncodingName = Module._GetDatabaseEncodingName = wasmExports.GetDatabaseEncodingName)(), _CacheRegisterSyscacheCallback = Module._CacheRegisterSyscacheCallback = (e2, t22, r6) => (_CacheRegisterSyscacheCallback = Module._CacheRegisterSyscacheCallback = wasmExports.CacheRegisterSyscacheCallback)(e2, t22, r6), _fetch_search_path = Module._fetch_search_path = (e2) => (_fetch_search_path = Module._fetch_search_path = wasmExports.fetch_search_path)(e2), _get_object_address = Module._get_object_address = (e2, t22, r6, a10, o7, _3) => (_get_object_address = Module._get_object_address = wasmExports.get_object_address)(e2, t22, r6, a10, o7, _3), _get_extension_oid = Module._get_extension_oid = (e2, t22) => (_get_extension_oid = Module._get_extension_oid = wasmExports.get_extension_oid)(e2, t22), _get_role_oid = Module._get_role_oid = (e2, t22) => (_get_role_oid = Module._get_role_oid = wasmExports.get_role_oid)(e2, t22), _get_am_oid = Module._get_am_oid = (e2, t22) => (_get_am_oid = Module._get_am_oid = wasmExports.get_am_oid)(e2, t22), _GetForeignServerByName = Module._GetForeignServerByName = (e2, t22) => (_GetForeignServerByName = Module._GetForeignServerByName = wasmExports.GetForeignServerByName)(e2, t22), _typeStringToTypeName = Module._typeStringToTypeName = (e2, t22) => (_typeStringToTypeName = Module._typeStringToTypeName = wasmExports.typeStringToTypeName)(e2, t22), _makeFloat = Module._makeFloat = (e2) => (_makeFloat = Module._makeFloat = wasmExports.makeFloat)(e2), _list_make2_impl = Module._list_make2_impl = (e2, t22, r6) => (_list_make2_impl = Module._list_make2_impl = wasmExports.list_make2_impl)(e2, t22, r6), _check_object_ownership = Module._check_object_ownership = (e2, t22, r6, a10, o7) => (_check_object_ownership = Module._check_object_ownership = wasmExports.check_object_ownership)(e2, t22, r6, a10, o7), _GetUserNameFromId = Module._GetUserNameFromId = (e2, t22) => (_GetUserNameFromId = Module._GetUserNameFromId = wasmExports.GetUserNameFromId)(e2, t22), _format_type_extended = Module._format_type_extended = (e2, t22, r6) => (_format_type_extended = Module._format_type_extended = wasmExports.format_type_extended)(e2, t22, r6), _quote_qualified_identifier = Module._quote_qualified_identifier = (e2, t22) => (_quote_qualified_identifier = Module._quote_qualified_identifier = wasmExports.quote_qualified_identifier)(e2, t22), _get_tablespace_name = Module._get_tablespace_name = (e2) => (_get_tablespace_name = Module._get_tablespace_name = wasmExports.get_tablespace_name)(e2), _GetForeignServerExtended = Module._GetForeignServerExtended = (e2, t22) => (_GetForeignServerExtended = Module._GetForeignServerExtended = wasmExports.GetForeignServerExtended)(e2, t22), _GetForeignServer = Module._GetForeignServer = (e2) => (_GetForeignServer = Module._GetForeignServer = wasmExports.GetForeignServer)(e2), _get_extension_name = Module._get_extension_name = (e2) => (_get_extension_name = Module._get_extension_name = wasmExports.get_extension_name)(e2), _construct_empty_array = Module._construct_empty_array = (e2) => (_construct_empty_array = Module._construct_empty_array = wasmExports.construct_empty_array)(e2), _format_type_be_qualified = Module._format_type_be_qualified = (e2) => (_format_type_be_qualified = Module._format_type_be_qualified = wasmExports.format_type_be_qualified)(e2), _get_namespace_name_or_temp = Module._get_namespace_name_or_temp = (e2) => (_get_namespace_name_or_temp = Module._get_namespace_name_or_temp = wasmExports.get_namespace_name_or_temp)(e2), _list_make3_impl = Module._list_make3_impl = (e2, t22, r6, a10) => (_list_make3_impl = Module._list_make3_impl = wasmExports.list_make3_impl)(e2, t22, r6, a10), _construct_md_array = Module._construct_md_array = (e2, t22, r6, a10, o7, _3, s2, n3, l) => (_construct_md_array = Module._construct_md_array = wasmExports.construct_md_array)(e2, t22, r6, a10, o7, _3, s2, n3, l), _pull_varattnos = Module._pull_varattnos = (e2, t22, r6) => (_pull_varattnos = Module._pull_varattnos = wasmExports.pull_varattnos)(e2, t22, r6), _makeBoolExpr = Module._makeBoolExpr = (e2, t22, r6) => (_makeBoolExpr = Module._makeBoolExpr = wasmExports.makeBoolExpr)(e2, t22, r6), _eval_const_expressions = Module._eval_const_expressions = (e2, t22) => (_eval_const_expressions = Module._eval_const_expressions = wasmExports.eval_const_expressions)(e2, t22), _get_func_name = Module._get_func_name = (e2) => (_get_func_name = Module._get_func_name = wasmExports.get_func_name)(e2), _construct_array_builtin = Module._construct_array_builtin = (e2, t22, r6) => (_construct_array_builtin = Module._construct_array_builtin = wasmExports.construct_array_builtin)(e2, t22, r6), _makeObjectName = Module._makeObjectName = (e2, t22, r6) => (_makeObjectName = Module._makeObjectName = wasmExports.makeObjectName)(e2, t22, r6), _get_primary_key_attnos = Module._get_primary_key_attnos = (e2, t22, r6) => (_get_primary_key_attnos = Module._get_primary_key_attnos = wasmExports.get_primary_key_attnos)(e2, t22, r6), _check_functional_grouping = Module._check_functional_grouping = (e2, t22, r6, a10, o7) => (_check_functional_grouping = Module._check_functional_grouping = wasmExports.check_functional_grouping)(e2, t22, r6, a10, o7), _bms_is_subset = Module._bms_is_subset = (e2, t22) => (_bms_is_subset = Module._bms_is_subset = wasmExports.bms_is_subset)(e2, t22), _getExtensionOfObject = Module._getExtensionOfObject = (e2, t22) => (_getExtensionOfObject = Module._getExtensionOfObject = wasmExports.getExtensionOfObject)(e2, t22), _find_inheritance_children = Module._find_inheritance_children = (e2, t22) => (_find_inheritance_children = Module._find_inheritance_children = wasmExports.find_inheritance_children)(e2, t22), _lappend_int = Module._lappend_int = (e2, t22) => (_lappend_int = Module._lappend_int = wasmExports.lappend_int)(e2, t22), _has_superclass = Module._has_superclass = (e2) => (_has_superclass = Module._has_superclass = wasmExports.has_superclass)(e2), _strstr = Module._strstr = (e2, t22) => (_strstr = Module._strstr = wasmExports.strstr)(e2, t22), _memchr = Module._memchr = (e2, t22, r6) => (_memchr = Module._memchr = wasmExports.memchr)(e2, t22, r6), _CheckFunctionValidatorAccess = Module._CheckFunctionValidatorAccess = (e2, t22) => (_CheckFunctionValidatorAccess = Module._CheckFunctionValidatorAccess = wasmExports.CheckFunctionValidatorAccess)(e2, t22), _AcquireRewriteLocks = Module._AcquireRewriteLocks = (e2, t22, r6) => (_AcquireRewriteLocks = Module._AcquireRewriteLocks = wasmExports.AcquireRewriteLocks)(e2, t22, r6), _pg_parse_query = Module._pg_parse_query = (e2) => (_pg_parse_query = Module._pg_parse_query = wasmExports.pg_parse_query)(e2), _function_parse_error_transpose = Module._function_parse_error_transpose = (e2) => (_function_parse_error_transpose = Module._function_parse_error_transpose = wasmExports.function_parse_error_transpose)(e2), _geterrposition = Module._geterrposition = () => (_geterrposition = Module._geterrposition = wasmExports.geterrposition)(), _getinternalerrposition = Module._getinternalerrposition = () => (_getinternalerrposition = Module._getinternalerrposition = wasmExports.getinternalerrposition)(), _pg_mblen = Module._pg_mblen = (e2) => (_pg_mblen = Module._pg_mblen = wasmExports.pg_mblen)(e2), _pg_mbstrlen_with_len = Module._pg_mbstrlen_with_len = (e2, t22) => (_pg_mbstrlen_with_len = Module._pg_mbstrlen_with_len = wasmExports.pg_mbstrlen_with_len)(e2, t22), _errposition = Module._errposition = (e2) => (_errposition = Module._errposition = wasmExports.errposition)(e2), _internalerrposition = Module._internalerrposition = (e2) => (_internalerrposition = Module._internalerrposition = wasmExports.internalerrposition)(e2), _internalerrquery = Module._internalerrquery = (e2) => (_internalerrquery = Module._internalerrquery = wasmExports.internalerrquery)(e2), _list_delete_nth_cell = Module._list_delete_nth_cell = (e2, t22) => (_list_delete_nth_cell = Module._list_delete_nth_cell = wasmExports.list_delete_nth_cell)(e2, t22), _get_array_type = Module._get_array_type = (e2) => (_get_array_type = Module._get_array_type = wasmExports.get_array_type)(e2), _pnstrdup = Module._pnstrdup = (e2, t22) => (_pnstrdup = Module._pnstrdup = wasmExports.pnstrdup)(e2, t22), _smgrtruncate2 = Module._smgrtruncate2 = (e2, t22, r6, a10, o7) => (_smgrtruncate2 = Module._smgrtruncate2 = wasmExports.smgrtruncate2)(e2, t22, r6, a10, o7), _smgrreadv = Module._smgrreadv = (e2, t22, r6, a10, o7) => (_smgrreadv = Module._smgrreadv = wasmExports.smgrreadv)(e2, t22, r6, a10, o7), _NewRelationCreateToastTable = Module._NewRelationCreateToastTable = (e2, t22) => (_NewRelationCreateToastTable = Module._NewRelationCreateToastTable = wasmExports.NewRelationCreateToastTable)(e2, t22), _transformStmt = Module._transformStmt = (e2, t22) => (_transformStmt = Module._transformStmt = wasmExports.transformStmt)(e2, t22), _free_parsestate = Module._free_parsestate = (e2) => (_free_parsestate = Module._free_parsestate = wasmExports.free_parsestate)(e2), _makeFromExpr = Module._makeFromExpr = (e2, t22) => (_makeFromExpr = Module._makeFromExpr = wasmExports.makeFromExpr)(e2, t22), _assign_query_collations = Module._assign_query_collations = (e2, t22) => (_assign_query_collations = Module._assign_query_collations = wasmExports.assign_query_collations)(e2, t22), _exprLocation = Module._exprLocation = (e2) => (_exprLocation = Module._exprLocation = wasmExports.exprLocation)(e2), _ParseFuncOrColumn = Module._ParseFuncOrColumn = (e2, t22, r6, a10, o7, _3, s2) => (_ParseFuncOrColumn = Module._ParseFuncOrColumn = wasmExports.ParseFuncOrColumn)(e2, t22, r6, a10, o7, _3, s2), _exprCollation = Module._exprCollation = (e2) => (_exprCollation = Module._exprCollation = wasmExports.exprCollation)(e2), _transformSortClause = Module._transformSortClause = (e2, t22, r6, a10, o7) => (_transformSortClause = Module._transformSortClause = wasmExports.transformSortClause)(e2, t22, r6, a10, o7), _transformDistinctClause = Module._transformDistinctClause = (e2, t22, r6, a10) => (_transformDistinctClause = Module._transformDistinctClause = wasmExports.transformDistinctClause)(e2, t22, r6, a10), _makeTargetEntry = Module._makeTargetEntry = (e2, t22, r6, a10) => (_makeTargetEntry = Module._makeTargetEntry = wasmExports.makeTargetEntry)(e2, t22, r6, a10), _select_common_type = Module._select_common_type = (e2, t22, r6, a10) => (_select_common_type = Module._select_common_type = wasmExports.select_common_type)(e2, t22, r6, a10), _coerce_to_common_type = Module._coerce_to_common_type = (e2, t22, r6, a10) => (_coerce_to_common_type = Module._coerce_to_common_type = wasmExports.coerce_to_common_type)(e2, t22, r6, a10), _select_common_collation = Module._select_common_collation = (e2, t22, r6) => (_select_common_collation = Module._select_common_collation = wasmExports.select_common_collation)(e2, t22, r6), _contain_vars_of_level = Module._contain_vars_of_level = (e2, t22) => (_contain_vars_of_level = Module._contain_vars_of_level = wasmExports.contain_vars_of_level)(e2, t22), _expandNSItemAttrs = Module._expandNSItemAttrs = (e2, t22, r6, a10, o7) => (_expandNSItemAttrs = Module._expandNSItemAttrs = wasmExports.expandNSItemAttrs)(e2, t22, r6, a10, o7), _makeAlias = Module._makeAlias = (e2, t22) => (_makeAlias = Module._makeAlias = wasmExports.makeAlias)(e2, t22), _addRangeTableEntryForSubquery = Module._addRangeTableEntryForSubquery = (e2, t22, r6, a10, o7) => (_addRangeTableEntryForSubquery = Module._addRangeTableEntryForSubquery = wasmExports.addRangeTableEntryForSubquery)(e2, t22, r6, a10, o7), _assign_list_collations = Module._assign_list_collations = (e2, t22) => (_assign_list_collations = Module._assign_list_collations = wasmExports.assign_list_collations)(e2, t22), _expandNSItemVars = Module._expandNSItemVars = (e2, t22, r6, a10, o7) => (_expandNSItemVars = Module._expandNSItemVars = wasmExports.expandNSItemVars)(e2, t22, r6, a10, o7), _markTargetListOrigins = Module._markTargetListOrigins = (e2, t22) => (_markTargetListOrigins = Module._markTargetListOrigins = wasmExports.markTargetListOrigins)(e2, t22), _addRangeTableEntryForJoin = Module._addRangeTableEntryForJoin = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3) => (_addRangeTableEntryForJoin = Module._addRangeTableEntryForJoin = wasmExports.addRangeTableEntryForJoin)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3), _list_truncate = Module._list_truncate = (e2, t22) => (_list_truncate = Module._list_truncate = wasmExports.list_truncate)(e2, t22), _makeVar = Module._makeVar = (e2, t22, r6, a10, o7, _3) => (_makeVar = Module._makeVar = wasmExports.makeVar)(e2, t22, r6, a10, o7, _3), _makeNullConst = Module._makeNullConst = (e2, t22, r6) => (_makeNullConst = Module._makeNullConst = wasmExports.makeNullConst)(e2, t22, r6), _get_sort_group_operators = Module._get_sort_group_operators = (e2, t22, r6, a10, o7, _3, s2, n3) => (_get_sort_group_operators = Module._get_sort_group_operators = wasmExports.get_sort_group_operators)(e2, t22, r6, a10, o7, _3, s2, n3), _setup_parser_errposition_callback = Module._setup_parser_errposition_callback = (e2, t22, r6) => (_setup_parser_errposition_callback = Module._setup_parser_errposition_callback = wasmExports.setup_parser_errposition_callback)(e2, t22, r6), _cancel_parser_errposition_callback = Module._cancel_parser_errposition_callback = (e2) => (_cancel_parser_errposition_callback = Module._cancel_parser_errposition_callback = wasmExports.cancel_parser_errposition_callback)(e2), _locate_var_of_level = Module._locate_var_of_level = (e2, t22) => (_locate_var_of_level = Module._locate_var_of_level = wasmExports.locate_var_of_level)(e2, t22), _makeBoolean = Module._makeBoolean = (e2) => (_makeBoolean = Module._makeBoolean = wasmExports.makeBoolean)(e2), _makeInteger = Module._makeInteger = (e2) => (_makeInteger = Module._makeInteger = wasmExports.makeInteger)(e2), _makeSimpleA_Expr = Module._makeSimpleA_Expr = (e2, t22, r6, a10, o7) => (_makeSimpleA_Expr = Module._makeSimpleA_Expr = wasmExports.makeSimpleA_Expr)(e2, t22, r6, a10, o7), _makeTypeName = Module._makeTypeName = (e2) => (_makeTypeName = Module._makeTypeName = wasmExports.makeTypeName)(e2), _SystemTypeName = Module._SystemTypeName = (e2) => (_SystemTypeName = Module._SystemTypeName = wasmExports.SystemTypeName)(e2), _makeFuncCall = Module._makeFuncCall = (e2, t22, r6, a10) => (_makeFuncCall = Module._makeFuncCall = wasmExports.makeFuncCall)(e2, t22, r6, a10), _makeA_Expr = Module._makeA_Expr = (e2, t22, r6, a10, o7) => (_makeA_Expr = Module._makeA_Expr = wasmExports.makeA_Expr)(e2, t22, r6, a10, o7), _list_make4_impl = Module._list_make4_impl = (e2, t22, r6, a10, o7) => (_list_make4_impl = Module._list_make4_impl = wasmExports.list_make4_impl)(e2, t22, r6, a10, o7), _addTargetToSortList = Module._addTargetToSortList = (e2, t22, r6, a10, o7) => (_addTargetToSortList = Module._addTargetToSortList = wasmExports.addTargetToSortList)(e2, t22, r6, a10, o7), _locate_agg_of_level = Module._locate_agg_of_level = (e2, t22) => (_locate_agg_of_level = Module._locate_agg_of_level = wasmExports.locate_agg_of_level)(e2, t22), _list_intersection_int = Module._list_intersection_int = (e2, t22) => (_list_intersection_int = Module._list_intersection_int = wasmExports.list_intersection_int)(e2, t22), _get_sortgroupclause_tle = Module._get_sortgroupclause_tle = (e2, t22) => (_get_sortgroupclause_tle = Module._get_sortgroupclause_tle = wasmExports.get_sortgroupclause_tle)(e2, t22), _flatten_join_alias_vars = Module._flatten_join_alias_vars = (e2, t22, r6) => (_flatten_join_alias_vars = Module._flatten_join_alias_vars = wasmExports.flatten_join_alias_vars)(e2, t22, r6), _list_member_int = Module._list_member_int = (e2, t22) => (_list_member_int = Module._list_member_int = wasmExports.list_member_int)(e2, t22), _list_union_int = Module._list_union_int = (e2, t22) => (_list_union_int = Module._list_union_int = wasmExports.list_union_int)(e2, t22), _makeFuncExpr = Module._makeFuncExpr = (e2, t22, r6, a10, o7, _3) => (_makeFuncExpr = Module._makeFuncExpr = wasmExports.makeFuncExpr)(e2, t22, r6, a10, o7, _3), _get_rte_attribute_name = Module._get_rte_attribute_name = (e2, t22) => (_get_rte_attribute_name = Module._get_rte_attribute_name = wasmExports.get_rte_attribute_name)(e2, t22), _checkNameSpaceConflicts = Module._checkNameSpaceConflicts = (e2, t22, r6) => (_checkNameSpaceConflicts = Module._checkNameSpaceConflicts = wasmExports.checkNameSpaceConflicts)(e2, t22, r6), _addRangeTableEntryForENR = Module._addRangeTableEntryForENR = (e2, t22, r6) => (_addRangeTableEntryForENR = Module._addRangeTableEntryForENR = wasmExports.addRangeTableEntryForENR)(e2, t22, r6), _addRangeTableEntry = Module._addRangeTableEntry = (e2, t22, r6, a10, o7) => (_addRangeTableEntry = Module._addRangeTableEntry = wasmExports.addRangeTableEntry)(e2, t22, r6, a10, o7), _FigureColname = Module._FigureColname = (e2) => (_FigureColname = Module._FigureColname = wasmExports.FigureColname)(e2), _coerce_to_specific_type = Module._coerce_to_specific_type = (e2, t22, r6, a10) => (_coerce_to_specific_type = Module._coerce_to_specific_type = wasmExports.coerce_to_specific_type)(e2, t22, r6, a10), _typenameTypeIdAndMod = Module._typenameTypeIdAndMod = (e2, t22, r6, a10) => (_typenameTypeIdAndMod = Module._typenameTypeIdAndMod = wasmExports.typenameTypeIdAndMod)(e2, t22, r6, a10), _get_typcollation = Module._get_typcollation = (e2) => (_get_typcollation = Module._get_typcollation = wasmExports.get_typcollation)(e2), _markNullableIfNeeded = Module._markNullableIfNeeded = (e2, t22) => (_markNullableIfNeeded = Module._markNullableIfNeeded = wasmExports.markNullableIfNeeded)(e2, t22), _markVarForSelectPriv = Module._markVarForSelectPriv = (e2, t22) => (_markVarForSelectPriv = Module._markVarForSelectPriv = wasmExports.markVarForSelectPriv)(e2, t22), _coerce_type = Module._coerce_type = (e2, t22, r6, a10, o7, _3, s2, n3) => (_coerce_type = Module._coerce_type = wasmExports.coerce_type)(e2, t22, r6, a10, o7, _3, s2, n3), _LookupFuncName = Module._LookupFuncName = (e2, t22, r6, a10) => (_LookupFuncName = Module._LookupFuncName = wasmExports.LookupFuncName)(e2, t22, r6, a10), _addRangeTableEntryForFunction = Module._addRangeTableEntryForFunction = (e2, t22, r6, a10, o7, _3, s2) => (_addRangeTableEntryForFunction = Module._addRangeTableEntryForFunction = wasmExports.addRangeTableEntryForFunction)(e2, t22, r6, a10, o7, _3, s2), _parserOpenTable = Module._parserOpenTable = (e2, t22, r6) => (_parserOpenTable = Module._parserOpenTable = wasmExports.parserOpenTable)(e2, t22, r6), _strip_implicit_coercions = Module._strip_implicit_coercions = (e2) => (_strip_implicit_coercions = Module._strip_implicit_coercions = wasmExports.strip_implicit_coercions)(e2), _colNameToVar = Module._colNameToVar = (e2, t22, r6, a10) => (_colNameToVar = Module._colNameToVar = wasmExports.colNameToVar)(e2, t22, r6, a10), _op_hashjoinable = Module._op_hashjoinable = (e2, t22) => (_op_hashjoinable = Module._op_hashjoinable = wasmExports.op_hashjoinable)(e2, t22), _get_commutator = Module._get_commutator = (e2) => (_get_commutator = Module._get_commutator = wasmExports.get_commutator)(e2), _can_coerce_type = Module._can_coerce_type = (e2, t22, r6, a10) => (_can_coerce_type = Module._can_coerce_type = wasmExports.can_coerce_type)(e2, t22, r6, a10), _get_sortgroupref_tle = Module._get_sortgroupref_tle = (e2, t22) => (_get_sortgroupref_tle = Module._get_sortgroupref_tle = wasmExports.get_sortgroupref_tle)(e2, t22), _assignSortGroupRef = Module._assignSortGroupRef = (e2, t22) => (_assignSortGroupRef = Module._assignSortGroupRef = wasmExports.assignSortGroupRef)(e2, t22), _targetIsInSortList = Module._targetIsInSortList = (e2, t22, r6) => (_targetIsInSortList = Module._targetIsInSortList = wasmExports.targetIsInSortList)(e2, t22, r6), _contain_aggs_of_level = Module._contain_aggs_of_level = (e2, t22) => (_contain_aggs_of_level = Module._contain_aggs_of_level = wasmExports.contain_aggs_of_level)(e2, t22), _find_coercion_pathway = Module._find_coercion_pathway = (e2, t22, r6, a10) => (_find_coercion_pathway = Module._find_coercion_pathway = wasmExports.find_coercion_pathway)(e2, t22, r6, a10), _typeidType = Module._typeidType = (e2) => (_typeidType = Module._typeidType = wasmExports.typeidType)(e2), _typeTypeCollation = Module._typeTypeCollation = (e2) => (_typeTypeCollation = Module._typeTypeCollation = wasmExports.typeTypeCollation)(e2), _typeLen = Module._typeLen = (e2) => (_typeLen = Module._typeLen = wasmExports.typeLen)(e2), _typeByVal = Module._typeByVal = (e2) => (_typeByVal = Module._typeByVal = wasmExports.typeByVal)(e2), _makeConst = Module._makeConst = (e2, t22, r6, a10, o7, _3, s2) => (_makeConst = Module._makeConst = wasmExports.makeConst)(e2, t22, r6, a10, o7, _3, s2), _lookup_rowtype_tupdesc = Module._lookup_rowtype_tupdesc = (e2, t22) => (_lookup_rowtype_tupdesc = Module._lookup_rowtype_tupdesc = wasmExports.lookup_rowtype_tupdesc)(e2, t22), _verify_common_type = Module._verify_common_type = (e2, t22) => (_verify_common_type = Module._verify_common_type = wasmExports.verify_common_type)(e2, t22), _bms_del_member = Module._bms_del_member = (e2, t22) => (_bms_del_member = Module._bms_del_member = wasmExports.bms_del_member)(e2, t22), _list_member = Module._list_member = (e2, t22) => (_list_member = Module._list_member = wasmExports.list_member)(e2, t22), _raw_expression_tree_walker_impl = Module._raw_expression_tree_walker_impl = (e2, t22, r6) => (_raw_expression_tree_walker_impl = Module._raw_expression_tree_walker_impl = wasmExports.raw_expression_tree_walker_impl)(e2, t22, r6), _type_is_rowtype = Module._type_is_rowtype = (e2) => (_type_is_rowtype = Module._type_is_rowtype = wasmExports.type_is_rowtype)(e2), _refnameNamespaceItem = Module._refnameNamespaceItem = (e2, t22, r6, a10, o7) => (_refnameNamespaceItem = Module._refnameNamespaceItem = wasmExports.refnameNamespaceItem)(e2, t22, r6, a10, o7), _scanNSItemForColumn = Module._scanNSItemForColumn = (e2, t22, r6, a10, o7) => (_scanNSItemForColumn = Module._scanNSItemForColumn = wasmExports.scanNSItemForColumn)(e2, t22, r6, a10, o7), _make_op = Module._make_op = (e2, t22, r6, a10, o7, _3) => (_make_op = Module._make_op = wasmExports.make_op)(e2, t22, r6, a10, o7, _3), _make_scalar_array_op = Module._make_scalar_array_op = (e2, t22, r6, a10, o7, _3) => (_make_scalar_array_op = Module._make_scalar_array_op = wasmExports.make_scalar_array_op)(e2, t22, r6, a10, o7, _3), _count_nonjunk_tlist_entries = Module._count_nonjunk_tlist_entries = (e2) => (_count_nonjunk_tlist_entries = Module._count_nonjunk_tlist_entries = wasmExports.count_nonjunk_tlist_entries)(e2), _makeWholeRowVar = Module._makeWholeRowVar = (e2, t22, r6, a10) => (_makeWholeRowVar = Module._makeWholeRowVar = wasmExports.makeWholeRowVar)(e2, t22, r6, a10), _expandRTE = Module._expandRTE = (e2, t22, r6, a10, o7, _3, s2) => (_expandRTE = Module._expandRTE = wasmExports.expandRTE)(e2, t22, r6, a10, o7, _3, s2), _bms_int_members = Module._bms_int_members = (e2, t22) => (_bms_int_members = Module._bms_int_members = wasmExports.bms_int_members)(e2, t22), _jsonb_in = Module._jsonb_in = (e2) => (_jsonb_in = Module._jsonb_in = wasmExports.jsonb_in)(e2), _geterrcode = Module._geterrcode = () => (_geterrcode = Module._geterrcode = wasmExports.geterrcode)(), _bit_in = Module._bit_in = (e2) => (_bit_in = Module._bit_in = wasmExports.bit_in)(e2), _bms_union = Module._bms_union = (e2, t22) => (_bms_union = Module._bms_union = wasmExports.bms_union)(e2, t22), _varstr_levenshtein_less_equal = Module._varstr_levenshtein_less_equal = (e2, t22, r6, a10, o7, _3, s2, n3, l) => (_varstr_levenshtein_less_equal = Module._varstr_levenshtein_less_equal = wasmExports.varstr_levenshtein_less_equal)(e2, t22, r6, a10, o7, _3, s2, n3, l), _raw_parser = Module._raw_parser = (e2, t22) => (_raw_parser = Module._raw_parser = wasmExports.raw_parser)(e2, t22), _errsave_start = Module._errsave_start = (e2, t22) => (_errsave_start = Module._errsave_start = wasmExports.errsave_start)(e2, t22), _errsave_finish = Module._errsave_finish = (e2, t22, r6, a10) => (_errsave_finish = Module._errsave_finish = wasmExports.errsave_finish)(e2, t22, r6, a10), _makeColumnDef = Module._makeColumnDef = (e2, t22, r6, a10) => (_makeColumnDef = Module._makeColumnDef = wasmExports.makeColumnDef)(e2, t22, r6, a10), _GetDefaultOpClass = Module._GetDefaultOpClass = (e2, t22) => (_GetDefaultOpClass = Module._GetDefaultOpClass = wasmExports.GetDefaultOpClass)(e2, t22), _ChooseRelationName = Module._ChooseRelationName = (e2, t22, r6, a10, o7) => (_ChooseRelationName = Module._ChooseRelationName = wasmExports.ChooseRelationName)(e2, t22, r6, a10, o7), _scanner_init = Module._scanner_init = (e2, t22, r6, a10) => (_scanner_init = Module._scanner_init = wasmExports.scanner_init)(e2, t22, r6, a10), _scanner_finish = Module._scanner_finish = (e2) => (_scanner_finish = Module._scanner_finish = wasmExports.scanner_finish)(e2), _core_yylex = Module._core_yylex = (e2, t22, r6) => (_core_yylex = Module._core_yylex = wasmExports.core_yylex)(e2, t22, r6), _isxdigit = Module._isxdigit = (e2) => (_isxdigit = Module._isxdigit = wasmExports.isxdigit)(e2), _scanner_isspace = Module._scanner_isspace = (e2) => (_scanner_isspace = Module._scanner_isspace = wasmExports.scanner_isspace)(e2), _truncate_identifier = Module._truncate_identifier = (e2, t22, r6) => (_truncate_identifier = Module._truncate_identifier = wasmExports.truncate_identifier)(e2, t22, r6), _ScanKeywordLookup = Module._ScanKeywordLookup = (e2, t22) => (_ScanKeywordLookup = Module._ScanKeywordLookup = wasmExports.ScanKeywordLookup)(e2, t22), _downcase_truncate_identifier = Module._downcase_truncate_identifier = (e2, t22, r6) => (_downcase_truncate_identifier = Module._downcase_truncate_identifier = wasmExports.downcase_truncate_identifier)(e2, t22, r6), _pg_database_encoding_max_length = Module._pg_database_encoding_max_length = () => (_pg_database_encoding_max_length = Module._pg_database_encoding_max_length = wasmExports.pg_database_encoding_max_length)(), _getTypeInputInfo = Module._getTypeInputInfo = (e2, t22, r6) => (_getTypeInputInfo = Module._getTypeInputInfo = wasmExports.getTypeInputInfo)(e2, t22, r6), _RenameSchema = Module._RenameSchema = (e2, t22, r6) => (_RenameSchema = Module._RenameSchema = wasmExports.RenameSchema)(e2, t22, r6), _namein = Module._namein = (e2) => (_namein = Module._namein = wasmExports.namein)(e2), _BlockSampler_Init = Module._BlockSampler_Init = (e2, t22, r6, a10) => (_BlockSampler_Init = Module._BlockSampler_Init = wasmExports.BlockSampler_Init)(e2, t22, r6, a10), _reservoir_init_selection_state = Module._reservoir_init_selection_state = (e2, t22) => (_reservoir_init_selection_state = Module._reservoir_init_selection_state = wasmExports.reservoir_init_selection_state)(e2, t22), _reservoir_get_next_S = Module._reservoir_get_next_S = (e2, t22, r6) => (_reservoir_get_next_S = Module._reservoir_get_next_S = wasmExports.reservoir_get_next_S)(e2, t22, r6), _sampler_random_fract = Module._sampler_random_fract = (e2) => (_sampler_random_fract = Module._sampler_random_fract = wasmExports.sampler_random_fract)(e2), _std_typanalyze = Module._std_typanalyze = (e2) => (_std_typanalyze = Module._std_typanalyze = wasmExports.std_typanalyze)(e2), _BlockSampler_HasMore = Module._BlockSampler_HasMore = (e2) => (_BlockSampler_HasMore = Module._BlockSampler_HasMore = wasmExports.BlockSampler_HasMore)(e2), _BlockSampler_Next = Module._BlockSampler_Next = (e2) => (_BlockSampler_Next = Module._BlockSampler_Next = wasmExports.BlockSampler_Next)(e2), _Async_Notify = Module._Async_Notify = (e2, t22) => (_Async_Notify = Module._Async_Notify = wasmExports.Async_Notify)(e2, t22), _RangeVarCallbackMaintainsTable = Module._RangeVarCallbackMaintainsTable = (e2, t22, r6, a10) => (_RangeVarCallbackMaintainsTable = Module._RangeVarCallbackMaintainsTable = wasmExports.RangeVarCallbackMaintainsTable)(e2, t22, r6, a10), _make_new_heap = Module._make_new_heap = (e2, t22, r6, a10, o7) => (_make_new_heap = Module._make_new_heap = wasmExports.make_new_heap)(e2, t22, r6, a10, o7), _finish_heap_swap = Module._finish_heap_swap = (e2, t22, r6, a10, o7, _3, s2, n3, l) => (_finish_heap_swap = Module._finish_heap_swap = wasmExports.finish_heap_swap)(e2, t22, r6, a10, o7, _3, s2, n3, l), _OpenPipeStream = Module._OpenPipeStream = (e2, t22) => (_OpenPipeStream = Module._OpenPipeStream = wasmExports.OpenPipeStream)(e2, t22), _pg_is_ascii = Module._pg_is_ascii = (e2) => (_pg_is_ascii = Module._pg_is_ascii = wasmExports.pg_is_ascii)(e2), _ClosePipeStream = Module._ClosePipeStream = (e2) => (_ClosePipeStream = Module._ClosePipeStream = wasmExports.ClosePipeStream)(e2), _BeginCopyFrom = Module._BeginCopyFrom = (e2, t22, r6, a10, o7, _3, s2, n3) => (_BeginCopyFrom = Module._BeginCopyFrom = wasmExports.BeginCopyFrom)(e2, t22, r6, a10, o7, _3, s2, n3), _EndCopyFrom = Module._EndCopyFrom = (e2) => (_EndCopyFrom = Module._EndCopyFrom = wasmExports.EndCopyFrom)(e2), _ProcessCopyOptions = Module._ProcessCopyOptions = (e2, t22, r6, a10) => (_ProcessCopyOptions = Module._ProcessCopyOptions = wasmExports.ProcessCopyOptions)(e2, t22, r6, a10), _CopyFromErrorCallback = Module._CopyFromErrorCallback = (e2) => (_CopyFromErrorCallback = Module._CopyFromErrorCallback = wasmExports.CopyFromErrorCallback)(e2), _ExecInitRangeTable = Module._ExecInitRangeTable = (e2, t22, r6) => (_ExecInitRangeTable = Module._ExecInitRangeTable = wasmExports.ExecInitRangeTable)(e2, t22, r6), _ExecInitResultRelation = Module._ExecInitResultRelation = (e2, t22, r6) => (_ExecInitResultRelation = Module._ExecInitResultRelation = wasmExports.ExecInitResultRelation)(e2, t22, r6), _ExecInitQual = Module._ExecInitQual = (e2, t22) => (_ExecInitQual = Module._ExecInitQual = wasmExports.ExecInitQual)(e2, t22), _NextCopyFrom = Module._NextCopyFrom = (e2, t22, r6, a10) => (_NextCopyFrom = Module._NextCopyFrom = wasmExports.NextCopyFrom)(e2, t22, r6, a10), _ExecCloseResultRelations = Module._ExecCloseResultRelations = (e2) => (_ExecCloseResultRelations = Module._ExecCloseResultRelations = wasmExports.ExecCloseResultRelations)(e2), _ExecCloseRangeTableRelations = Module._ExecCloseRangeTableRelations = (e2) => (_ExecCloseRangeTableRelations = Module._ExecCloseRangeTableRelations = wasmExports.ExecCloseRangeTableRelations)(e2), _ExecConstraints = Module._ExecConstraints = (e2, t22, r6) => (_ExecConstraints = Module._ExecConstraints = wasmExports.ExecConstraints)(e2, t22, r6), _ExecInsertIndexTuples = Module._ExecInsertIndexTuples = (e2, t22, r6, a10, o7, _3, s2, n3) => (_ExecInsertIndexTuples = Module._ExecInsertIndexTuples = wasmExports.ExecInsertIndexTuples)(e2, t22, r6, a10, o7, _3, s2, n3), _build_column_default = Module._build_column_default = (e2, t22) => (_build_column_default = Module._build_column_default = wasmExports.build_column_default)(e2, t22), _ExecInitExpr = Module._ExecInitExpr = (e2, t22) => (_ExecInitExpr = Module._ExecInitExpr = wasmExports.ExecInitExpr)(e2, t22), _fileno = Module._fileno = (e2) => (_fileno = Module._fileno = wasmExports.fileno)(e2), _NextCopyFromRawFields = Module._NextCopyFromRawFields = (e2, t22, r6) => (_NextCopyFromRawFields = Module._NextCopyFromRawFields = wasmExports.NextCopyFromRawFields)(e2, t22, r6), _resetStringInfo = Module._resetStringInfo = (e2) => (_resetStringInfo = Module._resetStringInfo = wasmExports.resetStringInfo)(e2), _tolower = Module._tolower = (e2) => (_tolower = Module._tolower = wasmExports.tolower)(e2), _pq_copymsgbytes = Module._pq_copymsgbytes = (e2, t22, r6) => (_pq_copymsgbytes = Module._pq_copymsgbytes = wasmExports.pq_copymsgbytes)(e2, t22, r6), _pg_plan_query = Module._pg_plan_query = (e2, t22, r6, a10) => (_pg_plan_query = Module._pg_plan_query = wasmExports.pg_plan_query)(e2, t22, r6, a10), _PushCopiedSnapshot = Module._PushCopiedSnapshot = (e2) => (_PushCopiedSnapshot = Module._PushCopiedSnapshot = wasmExports.PushCopiedSnapshot)(e2), _UpdateActiveSnapshotCommandId = Module._UpdateActiveSnapshotCommandId = () => (_UpdateActiveSnapshotCommandId = Module._UpdateActiveSnapshotCommandId = wasmExports.UpdateActiveSnapshotCommandId)(), _CreateQueryDesc = Module._CreateQueryDesc = (e2, t22, r6, a10, o7, _3, s2, n3) => (_CreateQueryDesc = Module._CreateQueryDesc = wasmExports.CreateQueryDesc)(e2, t22, r6, a10, o7, _3, s2, n3), _ExecutorStart = Module._ExecutorStart = (e2, t22) => (_ExecutorStart = Module._ExecutorStart = wasmExports.ExecutorStart)(e2, t22), _ExecutorFinish = Module._ExecutorFinish = (e2) => (_ExecutorFinish = Module._ExecutorFinish = wasmExports.ExecutorFinish)(e2), _ExecutorEnd = Module._ExecutorEnd = (e2) => (_ExecutorEnd = Module._ExecutorEnd = wasmExports.ExecutorEnd)(e2), _FreeQueryDesc = Module._FreeQueryDesc = (e2) => (_FreeQueryDesc = Module._FreeQueryDesc = wasmExports.FreeQueryDesc)(e2), _pg_server_to_any = Module._pg_server_to_any = (e2, t22, r6) => (_pg_server_to_any = Module._pg_server_to_any = wasmExports.pg_server_to_any)(e2, t22, r6), _ExecutorRun = Module._ExecutorRun = (e2, t22, r6, a10) => (_ExecutorRun = Module._ExecutorRun = wasmExports.ExecutorRun)(e2, t22, r6, a10), _fwrite = Module._fwrite = (e2, t22, r6, a10) => (_fwrite = Module._fwrite = wasmExports.fwrite)(e2, t22, r6, a10), _CreateTableAsRelExists = Module._CreateTableAsRelExists = (e2) => (_CreateTableAsRelExists = Module._CreateTableAsRelExists = wasmExports.CreateTableAsRelExists)(e2), _QueryRewrite = Module._QueryRewrite = (e2) => (_QueryRewrite = Module._QueryRewrite = wasmExports.QueryRewrite)(e2), _DefineRelation = Module._DefineRelation = (e2, t22, r6, a10, o7, _3) => (_DefineRelation = Module._DefineRelation = wasmExports.DefineRelation)(e2, t22, r6, a10, o7, _3), _rmdir = Module._rmdir = (e2) => (_rmdir = Module._rmdir = wasmExports.rmdir)(e2), _atof = Module._atof = (e2) => (_atof = Module._atof = wasmExports.atof)(e2), _int8in = Module._int8in = (e2) => (_int8in = Module._int8in = wasmExports.int8in)(e2), _oidin = Module._oidin = (e2) => (_oidin = Module._oidin = wasmExports.oidin)(e2), _RemoveObjects = Module._RemoveObjects = (e2) => (_RemoveObjects = Module._RemoveObjects = wasmExports.RemoveObjects)(e2), _GetCommandTagName = Module._GetCommandTagName = (e2) => (_GetCommandTagName = Module._GetCommandTagName = wasmExports.GetCommandTagName)(e2), _ExplainBeginOutput = Module._ExplainBeginOutput = (e2) => (_ExplainBeginOutput = Module._ExplainBeginOutput = wasmExports.ExplainBeginOutput)(e2), _NewExplainState = Module._NewExplainState = () => (_NewExplainState = Module._NewExplainState = wasmExports.NewExplainState)(), _ExplainEndOutput = Module._ExplainEndOutput = (e2) => (_ExplainEndOutput = Module._ExplainEndOutput = wasmExports.ExplainEndOutput)(e2), _ExplainPrintPlan = Module._ExplainPrintPlan = (e2, t22) => (_ExplainPrintPlan = Module._ExplainPrintPlan = wasmExports.ExplainPrintPlan)(e2, t22), _appendStringInfoSpaces = Module._appendStringInfoSpaces = (e2, t22) => (_appendStringInfoSpaces = Module._appendStringInfoSpaces = wasmExports.appendStringInfoSpaces)(e2, t22), _ExplainPrintTriggers = Module._ExplainPrintTriggers = (e2, t22) => (_ExplainPrintTriggers = Module._ExplainPrintTriggers = wasmExports.ExplainPrintTriggers)(e2, t22), _ExplainPrintJITSummary = Module._ExplainPrintJITSummary = (e2, t22) => (_ExplainPrintJITSummary = Module._ExplainPrintJITSummary = wasmExports.ExplainPrintJITSummary)(e2, t22), _InstrEndLoop = Module._InstrEndLoop = (e2) => (_InstrEndLoop = Module._InstrEndLoop = wasmExports.InstrEndLoop)(e2), _ExplainPropertyInteger = Module._ExplainPropertyInteger = (e2, t22, r6, a10) => (_ExplainPropertyInteger = Module._ExplainPropertyInteger = wasmExports.ExplainPropertyInteger)(e2, t22, r6, a10), _ExplainQueryText = Module._ExplainQueryText = (e2, t22) => (_ExplainQueryText = Module._ExplainQueryText = wasmExports.ExplainQueryText)(e2, t22), _ExplainPropertyText = Module._ExplainPropertyText = (e2, t22, r6) => (_ExplainPropertyText = Module._ExplainPropertyText = wasmExports.ExplainPropertyText)(e2, t22, r6), _ExplainQueryParameters = Module._ExplainQueryParameters = (e2, t22, r6) => (_ExplainQueryParameters = Module._ExplainQueryParameters = wasmExports.ExplainQueryParameters)(e2, t22, r6), _get_func_namespace = Module._get_func_namespace = (e2) => (_get_func_namespace = Module._get_func_namespace = wasmExports.get_func_namespace)(e2), _CreateSchemaCommand = Module._CreateSchemaCommand = (e2, t22, r6, a10) => (_CreateSchemaCommand = Module._CreateSchemaCommand = wasmExports.CreateSchemaCommand)(e2, t22, r6, a10), _get_rel_type_id = Module._get_rel_type_id = (e2) => (_get_rel_type_id = Module._get_rel_type_id = wasmExports.get_rel_type_id)(e2), _set_config_option = Module._set_config_option = (e2, t22, r6, a10, o7, _3, s2, n3) => (_set_config_option = Module._set_config_option = wasmExports.set_config_option)(e2, t22, r6, a10, o7, _3, s2, n3), _pg_any_to_server = Module._pg_any_to_server = (e2, t22, r6) => (_pg_any_to_server = Module._pg_any_to_server = wasmExports.pg_any_to_server)(e2, t22, r6), _DirectFunctionCall4Coll = Module._DirectFunctionCall4Coll = (e2, t22, r6, a10, o7, _3) => (_DirectFunctionCall4Coll = Module._DirectFunctionCall4Coll = wasmExports.DirectFunctionCall4Coll)(e2, t22, r6, a10, o7, _3), _replace_text = Module._replace_text = (e2) => (_replace_text = Module._replace_text = wasmExports.replace_text)(e2), _ProcessUtility = Module._ProcessUtility = (e2, t22, r6, a10, o7, _3, s2, n3) => (_ProcessUtility = Module._ProcessUtility = wasmExports.ProcessUtility)(e2, t22, r6, a10, o7, _3, s2, n3), _list_delete_cell = Module._list_delete_cell = (e2, t22) => (_list_delete_cell = Module._list_delete_cell = wasmExports.list_delete_cell)(e2, t22), _GetForeignDataWrapper = Module._GetForeignDataWrapper = (e2) => (_GetForeignDataWrapper = Module._GetForeignDataWrapper = wasmExports.GetForeignDataWrapper)(e2), _CreateExprContext = Module._CreateExprContext = (e2) => (_CreateExprContext = Module._CreateExprContext = wasmExports.CreateExprContext)(e2), _EnsurePortalSnapshotExists = Module._EnsurePortalSnapshotExists = () => (_EnsurePortalSnapshotExists = Module._EnsurePortalSnapshotExists = wasmExports.EnsurePortalSnapshotExists)(), _CheckIndexCompatible = Module._CheckIndexCompatible = (e2, t22, r6, a10) => (_CheckIndexCompatible = Module._CheckIndexCompatible = wasmExports.CheckIndexCompatible)(e2, t22, r6, a10), _pgstat_count_truncate = Module._pgstat_count_truncate = (e2) => (_pgstat_count_truncate = Module._pgstat_count_truncate = wasmExports.pgstat_count_truncate)(e2), _SPI_connect = Module._SPI_connect = () => (_SPI_connect = Module._SPI_connect = wasmExports.SPI_connect)(), _SPI_exec = Module._SPI_exec = (e2, t22) => (_SPI_exec = Module._SPI_exec = wasmExports.SPI_exec)(e2, t22), _SPI_execute = Module._SPI_execute = (e2, t22, r6) => (_SPI_execute = Module._SPI_execute = wasmExports.SPI_execute)(e2, t22, r6), _SPI_getvalue = Module._SPI_getvalue = (e2, t22, r6) => (_SPI_getvalue = Module._SPI_getvalue = wasmExports.SPI_getvalue)(e2, t22, r6), _generate_operator_clause = Module._generate_operator_clause = (e2, t22, r6, a10, o7, _3) => (_generate_operator_clause = Module._generate_operator_clause = wasmExports.generate_operator_clause)(e2, t22, r6, a10, o7, _3), _SPI_finish = Module._SPI_finish = () => (_SPI_finish = Module._SPI_finish = wasmExports.SPI_finish)(), _CreateTransientRelDestReceiver = Module._CreateTransientRelDestReceiver = (e2) => (_CreateTransientRelDestReceiver = Module._CreateTransientRelDestReceiver = wasmExports.CreateTransientRelDestReceiver)(e2), _MemoryContextSetIdentifier = Module._MemoryContextSetIdentifier = (e2, t22) => (_MemoryContextSetIdentifier = Module._MemoryContextSetIdentifier = wasmExports.MemoryContextSetIdentifier)(e2, t22), _checkExprHasSubLink = Module._checkExprHasSubLink = (e2) => (_checkExprHasSubLink = Module._checkExprHasSubLink = wasmExports.checkExprHasSubLink)(e2), _MemoryContextSetParent = Module._MemoryContextSetParent = (e2, t22) => (_MemoryContextSetParent = Module._MemoryContextSetParent = wasmExports.MemoryContextSetParent)(e2, t22), _SetTuplestoreDestReceiverParams = Module._SetTuplestoreDestReceiverParams = (e2, t22, r6, a10, o7, _3) => (_SetTuplestoreDestReceiverParams = Module._SetTuplestoreDestReceiverParams = wasmExports.SetTuplestoreDestReceiverParams)(e2, t22, r6, a10, o7, _3), _tuplestore_rescan = Module._tuplestore_rescan = (e2) => (_tuplestore_rescan = Module._tuplestore_rescan = wasmExports.tuplestore_rescan)(e2), _MemoryContextDeleteChildren = Module._MemoryContextDeleteChildren = (e2) => (_MemoryContextDeleteChildren = Module._MemoryContextDeleteChildren = wasmExports.MemoryContextDeleteChildren)(e2), _makeParamList = Module._makeParamList = (e2) => (_makeParamList = Module._makeParamList = wasmExports.makeParamList)(e2), _ReleaseCachedPlan = Module._ReleaseCachedPlan = (e2, t22) => (_ReleaseCachedPlan = Module._ReleaseCachedPlan = wasmExports.ReleaseCachedPlan)(e2, t22), _bms_equal = Module._bms_equal = (e2, t22) => (_bms_equal = Module._bms_equal = wasmExports.bms_equal)(e2, t22), _register_label_provider = Module._register_label_provider = (e2, t22) => (_register_label_provider = Module._register_label_provider = wasmExports.register_label_provider)(e2, t22), _DefineSequence = Module._DefineSequence = (e2, t22, r6) => (_DefineSequence = Module._DefineSequence = wasmExports.DefineSequence)(e2, t22, r6), _AlterSequence = Module._AlterSequence = (e2, t22, r6) => (_AlterSequence = Module._AlterSequence = wasmExports.AlterSequence)(e2, t22, r6), _nextval = Module._nextval = (e2) => (_nextval = Module._nextval = wasmExports.nextval)(e2), _textToQualifiedNameList = Module._textToQualifiedNameList = (e2) => (_textToQualifiedNameList = Module._textToQualifiedNameList = wasmExports.textToQualifiedNameList)(e2), _nextval_internal = Module._nextval_internal = (e2, t22) => (_nextval_internal = Module._nextval_internal = wasmExports.nextval_internal)(e2, t22), _setval_oid = Module._setval_oid = (e2) => (_setval_oid = Module._setval_oid = wasmExports.setval_oid)(e2), _tuplestore_gettupleslot = Module._tuplestore_gettupleslot = (e2, t22, r6, a10) => (_tuplestore_gettupleslot = Module._tuplestore_gettupleslot = wasmExports.tuplestore_gettupleslot)(e2, t22, r6, a10), _list_delete = Module._list_delete = (e2, t22) => (_list_delete = Module._list_delete = wasmExports.list_delete)(e2, t22), _tuplestore_end = Module._tuplestore_end = (e2) => (_tuplestore_end = Module._tuplestore_end = wasmExports.tuplestore_end)(e2), _list_append_unique = Module._list_append_unique = (e2, t22) => (_list_append_unique = Module._list_append_unique = wasmExports.list_append_unique)(e2, t22), _quote_literal_cstr = Module._quote_literal_cstr = (e2) => (_quote_literal_cstr = Module._quote_literal_cstr = wasmExports.quote_literal_cstr)(e2), _contain_mutable_functions = Module._contain_mutable_functions = (e2) => (_contain_mutable_functions = Module._contain_mutable_functions = wasmExports.contain_mutable_functions)(e2), _RemoveRelations = Module._RemoveRelations = (e2) => (_RemoveRelations = Module._RemoveRelations = wasmExports.RemoveRelations)(e2), _ExecuteTruncateGuts = Module._ExecuteTruncateGuts = (e2, t22, r6, a10, o7, _3) => (_ExecuteTruncateGuts = Module._ExecuteTruncateGuts = wasmExports.ExecuteTruncateGuts)(e2, t22, r6, a10, o7, _3), _InitResultRelInfo = Module._InitResultRelInfo = (e2, t22, r6, a10, o7) => (_InitResultRelInfo = Module._InitResultRelInfo = wasmExports.InitResultRelInfo)(e2, t22, r6, a10, o7), _AlterTable = Module._AlterTable = (e2, t22, r6) => (_AlterTable = Module._AlterTable = wasmExports.AlterTable)(e2, t22, r6), _bms_make_singleton = Module._bms_make_singleton = (e2) => (_bms_make_singleton = Module._bms_make_singleton = wasmExports.bms_make_singleton)(e2), _ChangeVarNodes = Module._ChangeVarNodes = (e2, t22, r6, a10) => (_ChangeVarNodes = Module._ChangeVarNodes = wasmExports.ChangeVarNodes)(e2, t22, r6, a10), _tuplestore_puttupleslot = Module._tuplestore_puttupleslot = (e2, t22) => (_tuplestore_puttupleslot = Module._tuplestore_puttupleslot = wasmExports.tuplestore_puttupleslot)(e2, t22), _tuplestore_begin_heap = Module._tuplestore_begin_heap = (e2, t22, r6) => (_tuplestore_begin_heap = Module._tuplestore_begin_heap = wasmExports.tuplestore_begin_heap)(e2, t22, r6), _ExecForceStoreHeapTuple = Module._ExecForceStoreHeapTuple = (e2, t22, r6) => (_ExecForceStoreHeapTuple = Module._ExecForceStoreHeapTuple = wasmExports.ExecForceStoreHeapTuple)(e2, t22, r6), _ExecUpdateLockMode = Module._ExecUpdateLockMode = (e2, t22) => (_ExecUpdateLockMode = Module._ExecUpdateLockMode = wasmExports.ExecUpdateLockMode)(e2, t22), _bms_copy = Module._bms_copy = (e2) => (_bms_copy = Module._bms_copy = wasmExports.bms_copy)(e2), _strtoint = Module._strtoint = (e2, t22, r6) => (_strtoint = Module._strtoint = wasmExports.strtoint)(e2, t22, r6), _strtod = Module._strtod = (e2, t22) => (_strtod = Module._strtod = wasmExports.strtod)(e2, t22), _plain_crypt_verify = Module._plain_crypt_verify = (e2, t22, r6, a10) => (_plain_crypt_verify = Module._plain_crypt_verify = wasmExports.plain_crypt_verify)(e2, t22, r6, a10), _ProcessConfigFile = Module._ProcessConfigFile = (e2) => (_ProcessConfigFile = Module._ProcessConfigFile = wasmExports.ProcessConfigFile)(e2), _pgl_exit = Module._pgl_exit = (e2) => (_pgl_exit = Module._pgl_exit = wasmExports.pgl_exit)(e2), _dsa_get_handle = Module._dsa_get_handle = (e2) => (_dsa_get_handle = Module._dsa_get_handle = wasmExports.dsa_get_handle)(e2), _pg_strncasecmp = Module._pg_strncasecmp = (e2, t22, r6) => (_pg_strncasecmp = Module._pg_strncasecmp = wasmExports.pg_strncasecmp)(e2, t22, r6), _ExecReScan = Module._ExecReScan = (e2) => (_ExecReScan = Module._ExecReScan = wasmExports.ExecReScan)(e2), _ExecAsyncResponse = Module._ExecAsyncResponse = (e2) => (_ExecAsyncResponse = Module._ExecAsyncResponse = wasmExports.ExecAsyncResponse)(e2), _ExecAsyncRequestDone = Module._ExecAsyncRequestDone = (e2, t22) => (_ExecAsyncRequestDone = Module._ExecAsyncRequestDone = wasmExports.ExecAsyncRequestDone)(e2, t22), _ExecAsyncRequestPending = Module._ExecAsyncRequestPending = (e2) => (_ExecAsyncRequestPending = Module._ExecAsyncRequestPending = wasmExports.ExecAsyncRequestPending)(e2), _ExprEvalPushStep = Module._ExprEvalPushStep = (e2, t22) => (_ExprEvalPushStep = Module._ExprEvalPushStep = wasmExports.ExprEvalPushStep)(e2, t22), _ExecInitExprWithParams = Module._ExecInitExprWithParams = (e2, t22) => (_ExecInitExprWithParams = Module._ExecInitExprWithParams = wasmExports.ExecInitExprWithParams)(e2, t22), _ExecInitExprList = Module._ExecInitExprList = (e2, t22) => (_ExecInitExprList = Module._ExecInitExprList = wasmExports.ExecInitExprList)(e2, t22), _ExecGetResultType = Module._ExecGetResultType = (e2) => (_ExecGetResultType = Module._ExecGetResultType = wasmExports.ExecGetResultType)(e2), _ExecInitExtraTupleSlot = Module._ExecInitExtraTupleSlot = (e2, t22, r6) => (_ExecInitExtraTupleSlot = Module._ExecInitExtraTupleSlot = wasmExports.ExecInitExtraTupleSlot)(e2, t22, r6), _MakeExpandedObjectReadOnlyInternal = Module._MakeExpandedObjectReadOnlyInternal = (e2) => (_MakeExpandedObjectReadOnlyInternal = Module._MakeExpandedObjectReadOnlyInternal = wasmExports.MakeExpandedObjectReadOnlyInternal)(e2), _tuplesort_puttupleslot = Module._tuplesort_puttupleslot = (e2, t22) => (_tuplesort_puttupleslot = Module._tuplesort_puttupleslot = wasmExports.tuplesort_puttupleslot)(e2, t22), _ArrayGetNItems = Module._ArrayGetNItems = (e2, t22) => (_ArrayGetNItems = Module._ArrayGetNItems = wasmExports.ArrayGetNItems)(e2, t22), _expanded_record_fetch_tupdesc = Module._expanded_record_fetch_tupdesc = (e2) => (_expanded_record_fetch_tupdesc = Module._expanded_record_fetch_tupdesc = wasmExports.expanded_record_fetch_tupdesc)(e2), _expanded_record_fetch_field = Module._expanded_record_fetch_field = (e2, t22, r6) => (_expanded_record_fetch_field = Module._expanded_record_fetch_field = wasmExports.expanded_record_fetch_field)(e2, t22, r6), _json_validate = Module._json_validate = (e2, t22, r6) => (_json_validate = Module._json_validate = wasmExports.json_validate)(e2, t22, r6), _JsonbValueToJsonb = Module._JsonbValueToJsonb = (e2) => (_JsonbValueToJsonb = Module._JsonbValueToJsonb = wasmExports.JsonbValueToJsonb)(e2), _numeric_out = Module._numeric_out = (e2) => (_numeric_out = Module._numeric_out = wasmExports.numeric_out)(e2), _boolout = Module._boolout = (e2) => (_boolout = Module._boolout = wasmExports.boolout)(e2), _bool_int4 = Module._bool_int4 = (e2) => (_bool_int4 = Module._bool_int4 = wasmExports.bool_int4)(e2), _lookup_rowtype_tupdesc_domain = Module._lookup_rowtype_tupdesc_domain = (e2, t22, r6) => (_lookup_rowtype_tupdesc_domain = Module._lookup_rowtype_tupdesc_domain = wasmExports.lookup_rowtype_tupdesc_domain)(e2, t22, r6), _MemoryContextGetParent = Module._MemoryContextGetParent = (e2) => (_MemoryContextGetParent = Module._MemoryContextGetParent = wasmExports.MemoryContextGetParent)(e2), _DeleteExpandedObject = Module._DeleteExpandedObject = (e2) => (_DeleteExpandedObject = Module._DeleteExpandedObject = wasmExports.DeleteExpandedObject)(e2), _ExecFindJunkAttributeInTlist = Module._ExecFindJunkAttributeInTlist = (e2, t22) => (_ExecFindJunkAttributeInTlist = Module._ExecFindJunkAttributeInTlist = wasmExports.ExecFindJunkAttributeInTlist)(e2, t22), _standard_ExecutorStart = Module._standard_ExecutorStart = (e2, t22) => (_standard_ExecutorStart = Module._standard_ExecutorStart = wasmExports.standard_ExecutorStart)(e2, t22), _ExecInitNode = Module._ExecInitNode = (e2, t22, r6) => (_ExecInitNode = Module._ExecInitNode = wasmExports.ExecInitNode)(e2, t22, r6), _standard_ExecutorRun = Module._standard_ExecutorRun = (e2, t22, r6, a10) => (_standard_ExecutorRun = Module._standard_ExecutorRun = wasmExports.standard_ExecutorRun)(e2, t22, r6, a10), _standard_ExecutorFinish = Module._standard_ExecutorFinish = (e2) => (_standard_ExecutorFinish = Module._standard_ExecutorFinish = wasmExports.standard_ExecutorFinish)(e2), _standard_ExecutorEnd = Module._standard_ExecutorEnd = (e2) => (_standard_ExecutorEnd = Module._standard_ExecutorEnd = wasmExports.standard_ExecutorEnd)(e2), _ExecEndNode = Module._ExecEndNode = (e2) => (_ExecEndNode = Module._ExecEndNode = wasmExports.ExecEndNode)(e2), _InstrAlloc = Module._InstrAlloc = (e2, t22, r6) => (_InstrAlloc = Module._InstrAlloc = wasmExports.InstrAlloc)(e2, t22, r6), _MakeTupleTableSlot = Module._MakeTupleTableSlot = (e2, t22) => (_MakeTupleTableSlot = Module._MakeTupleTableSlot = wasmExports.MakeTupleTableSlot)(e2, t22), _ExecWithCheckOptions = Module._ExecWithCheckOptions = (e2, t22, r6, a10) => (_ExecWithCheckOptions = Module._ExecWithCheckOptions = wasmExports.ExecWithCheckOptions)(e2, t22, r6, a10), _get_typlenbyval = Module._get_typlenbyval = (e2, t22, r6) => (_get_typlenbyval = Module._get_typlenbyval = wasmExports.get_typlenbyval)(e2, t22, r6), _bms_num_members = Module._bms_num_members = (e2) => (_bms_num_members = Module._bms_num_members = wasmExports.bms_num_members)(e2), _ExecAssignExprContext = Module._ExecAssignExprContext = (e2, t22) => (_ExecAssignExprContext = Module._ExecAssignExprContext = wasmExports.ExecAssignExprContext)(e2, t22), _ExecInitScanTupleSlot = Module._ExecInitScanTupleSlot = (e2, t22, r6, a10) => (_ExecInitScanTupleSlot = Module._ExecInitScanTupleSlot = wasmExports.ExecInitScanTupleSlot)(e2, t22, r6, a10), _InputFunctionCall = Module._InputFunctionCall = (e2, t22, r6, a10) => (_InputFunctionCall = Module._InputFunctionCall = wasmExports.InputFunctionCall)(e2, t22, r6, a10), _list_delete_ptr = Module._list_delete_ptr = (e2, t22) => (_list_delete_ptr = Module._list_delete_ptr = wasmExports.list_delete_ptr)(e2, t22), _FreeExprContext = Module._FreeExprContext = (e2, t22) => (_FreeExprContext = Module._FreeExprContext = wasmExports.FreeExprContext)(e2, t22), _ExecAssignProjectionInfo = Module._ExecAssignProjectionInfo = (e2, t22) => (_ExecAssignProjectionInfo = Module._ExecAssignProjectionInfo = wasmExports.ExecAssignProjectionInfo)(e2, t22), _ExecOpenScanRelation = Module._ExecOpenScanRelation = (e2, t22, r6) => (_ExecOpenScanRelation = Module._ExecOpenScanRelation = wasmExports.ExecOpenScanRelation)(e2, t22, r6), _bms_intersect = Module._bms_intersect = (e2, t22) => (_bms_intersect = Module._bms_intersect = wasmExports.bms_intersect)(e2, t22), _GetAttributeByNum = Module._GetAttributeByNum = (e2, t22, r6) => (_GetAttributeByNum = Module._GetAttributeByNum = wasmExports.GetAttributeByNum)(e2, t22, r6), _ExecGetReturningSlot = Module._ExecGetReturningSlot = (e2, t22) => (_ExecGetReturningSlot = Module._ExecGetReturningSlot = wasmExports.ExecGetReturningSlot)(e2, t22), _ExecGetResultRelCheckAsUser = Module._ExecGetResultRelCheckAsUser = (e2, t22) => (_ExecGetResultRelCheckAsUser = Module._ExecGetResultRelCheckAsUser = wasmExports.ExecGetResultRelCheckAsUser)(e2, t22), _get_call_expr_argtype = Module._get_call_expr_argtype = (e2, t22) => (_get_call_expr_argtype = Module._get_call_expr_argtype = wasmExports.get_call_expr_argtype)(e2, t22), _tuplestore_clear = Module._tuplestore_clear = (e2) => (_tuplestore_clear = Module._tuplestore_clear = wasmExports.tuplestore_clear)(e2), _InstrUpdateTupleCount = Module._InstrUpdateTupleCount = (e2, t22) => (_InstrUpdateTupleCount = Module._InstrUpdateTupleCount = wasmExports.InstrUpdateTupleCount)(e2, t22), _tuplesort_begin_heap = Module._tuplesort_begin_heap = (e2, t22, r6, a10, o7, _3, s2, n3, l) => (_tuplesort_begin_heap = Module._tuplesort_begin_heap = wasmExports.tuplesort_begin_heap)(e2, t22, r6, a10, o7, _3, s2, n3, l), _AggCheckCallContext = Module._AggCheckCallContext = (e2, t22) => (_AggCheckCallContext = Module._AggCheckCallContext = wasmExports.AggCheckCallContext)(e2, t22), _tuplesort_gettupleslot = Module._tuplesort_gettupleslot = (e2, t22, r6, a10, o7) => (_tuplesort_gettupleslot = Module._tuplesort_gettupleslot = wasmExports.tuplesort_gettupleslot)(e2, t22, r6, a10, o7), _bms_del_members = Module._bms_del_members = (e2, t22) => (_bms_del_members = Module._bms_del_members = wasmExports.bms_del_members)(e2, t22), _AddWaitEventToSet = Module._AddWaitEventToSet = (e2, t22, r6, a10, o7) => (_AddWaitEventToSet = Module._AddWaitEventToSet = wasmExports.AddWaitEventToSet)(e2, t22, r6, a10, o7), _GetNumRegisteredWaitEvents = Module._GetNumRegisteredWaitEvents = (e2) => (_GetNumRegisteredWaitEvents = Module._GetNumRegisteredWaitEvents = wasmExports.GetNumRegisteredWaitEvents)(e2), _get_attstatsslot = Module._get_attstatsslot = (e2, t22, r6, a10, o7) => (_get_attstatsslot = Module._get_attstatsslot = wasmExports.get_attstatsslot)(e2, t22, r6, a10, o7), _free_attstatsslot = Module._free_attstatsslot = (e2) => (_free_attstatsslot = Module._free_attstatsslot = wasmExports.free_attstatsslot)(e2), _tuplesort_reset = Module._tuplesort_reset = (e2) => (_tuplesort_reset = Module._tuplesort_reset = wasmExports.tuplesort_reset)(e2), _pairingheap_first = Module._pairingheap_first = (e2) => (_pairingheap_first = Module._pairingheap_first = wasmExports.pairingheap_first)(e2), _bms_nonempty_difference = Module._bms_nonempty_difference = (e2, t22) => (_bms_nonempty_difference = Module._bms_nonempty_difference = wasmExports.bms_nonempty_difference)(e2, t22), _datum_image_hash = Module._datum_image_hash = (e2, t22, r6) => (_datum_image_hash = Module._datum_image_hash = wasmExports.datum_image_hash)(e2, t22, r6), _tuplesort_rescan = Module._tuplesort_rescan = (e2) => (_tuplesort_rescan = Module._tuplesort_rescan = wasmExports.tuplesort_rescan)(e2), _WinGetPartitionLocalMemory = Module._WinGetPartitionLocalMemory = (e2, t22) => (_WinGetPartitionLocalMemory = Module._WinGetPartitionLocalMemory = wasmExports.WinGetPartitionLocalMemory)(e2, t22), _WinGetCurrentPosition = Module._WinGetCurrentPosition = (e2) => (_WinGetCurrentPosition = Module._WinGetCurrentPosition = wasmExports.WinGetCurrentPosition)(e2), _WinGetPartitionRowCount = Module._WinGetPartitionRowCount = (e2) => (_WinGetPartitionRowCount = Module._WinGetPartitionRowCount = wasmExports.WinGetPartitionRowCount)(e2), _WinGetFuncArgInPartition = Module._WinGetFuncArgInPartition = (e2, t22, r6, a10, o7, _3, s2) => (_WinGetFuncArgInPartition = Module._WinGetFuncArgInPartition = wasmExports.WinGetFuncArgInPartition)(e2, t22, r6, a10, o7, _3, s2), _WinGetFuncArgCurrent = Module._WinGetFuncArgCurrent = (e2, t22, r6) => (_WinGetFuncArgCurrent = Module._WinGetFuncArgCurrent = wasmExports.WinGetFuncArgCurrent)(e2, t22, r6), _SPI_connect_ext = Module._SPI_connect_ext = (e2) => (_SPI_connect_ext = Module._SPI_connect_ext = wasmExports.SPI_connect_ext)(e2), _SPI_commit = Module._SPI_commit = () => (_SPI_commit = Module._SPI_commit = wasmExports.SPI_commit)(), _CopyErrorData = Module._CopyErrorData = () => (_CopyErrorData = Module._CopyErrorData = wasmExports.CopyErrorData)(), _FlushErrorState = Module._FlushErrorState = () => (_FlushErrorState = Module._FlushErrorState = wasmExports.FlushErrorState)(), _ReThrowError = Module._ReThrowError = (e2) => (_ReThrowError = Module._ReThrowError = wasmExports.ReThrowError)(e2), _SPI_commit_and_chain = Module._SPI_commit_and_chain = () => (_SPI_commit_and_chain = Module._SPI_commit_and_chain = wasmExports.SPI_commit_and_chain)(), _SPI_rollback = Module._SPI_rollback = () => (_SPI_rollback = Module._SPI_rollback = wasmExports.SPI_rollback)(), _SPI_rollback_and_chain = Module._SPI_rollback_and_chain = () => (_SPI_rollback_and_chain = Module._SPI_rollback_and_chain = wasmExports.SPI_rollback_and_chain)(), _SPI_freetuptable = Module._SPI_freetuptable = (e2) => (_SPI_freetuptable = Module._SPI_freetuptable = wasmExports.SPI_freetuptable)(e2), _SPI_execute_extended = Module._SPI_execute_extended = (e2, t22) => (_SPI_execute_extended = Module._SPI_execute_extended = wasmExports.SPI_execute_extended)(e2, t22), _SPI_execute_plan = Module._SPI_execute_plan = (e2, t22, r6, a10, o7) => (_SPI_execute_plan = Module._SPI_execute_plan = wasmExports.SPI_execute_plan)(e2, t22, r6, a10, o7), _SPI_execp = Module._SPI_execp = (e2, t22, r6, a10) => (_SPI_execp = Module._SPI_execp = wasmExports.SPI_execp)(e2, t22, r6, a10), _SPI_execute_plan_extended = Module._SPI_execute_plan_extended = (e2, t22) => (_SPI_execute_plan_extended = Module._SPI_execute_plan_extended = wasmExports.SPI_execute_plan_extended)(e2, t22), _SPI_execute_plan_with_paramlist = Module._SPI_execute_plan_with_paramlist = (e2, t22, r6, a10) => (_SPI_execute_plan_with_paramlist = Module._SPI_execute_plan_with_paramlist = wasmExports.SPI_execute_plan_with_paramlist)(e2, t22, r6, a10), _SPI_execute_with_args = Module._SPI_execute_with_args = (e2, t22, r6, a10, o7, _3, s2) => (_SPI_execute_with_args = Module._SPI_execute_with_args = wasmExports.SPI_execute_with_args)(e2, t22, r6, a10, o7, _3, s2), _SPI_prepare = Module._SPI_prepare = (e2, t22, r6) => (_SPI_prepare = Module._SPI_prepare = wasmExports.SPI_prepare)(e2, t22, r6), _SPI_prepare_extended = Module._SPI_prepare_extended = (e2, t22) => (_SPI_prepare_extended = Module._SPI_prepare_extended = wasmExports.SPI_prepare_extended)(e2, t22), _SPI_keepplan = Module._SPI_keepplan = (e2) => (_SPI_keepplan = Module._SPI_keepplan = wasmExports.SPI_keepplan)(e2), _SPI_freeplan = Module._SPI_freeplan = (e2) => (_SPI_freeplan = Module._SPI_freeplan = wasmExports.SPI_freeplan)(e2), _SPI_copytuple = Module._SPI_copytuple = (e2) => (_SPI_copytuple = Module._SPI_copytuple = wasmExports.SPI_copytuple)(e2), _SPI_returntuple = Module._SPI_returntuple = (e2, t22) => (_SPI_returntuple = Module._SPI_returntuple = wasmExports.SPI_returntuple)(e2, t22), _SPI_modifytuple = Module._SPI_modifytuple = (e2, t22, r6, a10, o7, _3) => (_SPI_modifytuple = Module._SPI_modifytuple = wasmExports.SPI_modifytuple)(e2, t22, r6, a10, o7, _3), _SPI_fnumber = Module._SPI_fnumber = (e2, t22) => (_SPI_fnumber = Module._SPI_fnumber = wasmExports.SPI_fnumber)(e2, t22), _SPI_fname = Module._SPI_fname = (e2, t22) => (_SPI_fname = Module._SPI_fname = wasmExports.SPI_fname)(e2, t22), _SPI_getbinval = Module._SPI_getbinval = (e2, t22, r6, a10) => (_SPI_getbinval = Module._SPI_getbinval = wasmExports.SPI_getbinval)(e2, t22, r6, a10), _SPI_gettype = Module._SPI_gettype = (e2, t22) => (_SPI_gettype = Module._SPI_gettype = wasmExports.SPI_gettype)(e2, t22), _SPI_gettypeid = Module._SPI_gettypeid = (e2, t22) => (_SPI_gettypeid = Module._SPI_gettypeid = wasmExports.SPI_gettypeid)(e2, t22), _SPI_getrelname = Module._SPI_getrelname = (e2) => (_SPI_getrelname = Module._SPI_getrelname = wasmExports.SPI_getrelname)(e2), _SPI_palloc = Module._SPI_palloc = (e2) => (_SPI_palloc = Module._SPI_palloc = wasmExports.SPI_palloc)(e2), _SPI_datumTransfer = Module._SPI_datumTransfer = (e2, t22, r6) => (_SPI_datumTransfer = Module._SPI_datumTransfer = wasmExports.SPI_datumTransfer)(e2, t22, r6), _datumTransfer = Module._datumTransfer = (e2, t22, r6) => (_datumTransfer = Module._datumTransfer = wasmExports.datumTransfer)(e2, t22, r6), _SPI_cursor_open_with_paramlist = Module._SPI_cursor_open_with_paramlist = (e2, t22, r6, a10) => (_SPI_cursor_open_with_paramlist = Module._SPI_cursor_open_with_paramlist = wasmExports.SPI_cursor_open_with_paramlist)(e2, t22, r6, a10), _SPI_cursor_parse_open = Module._SPI_cursor_parse_open = (e2, t22, r6) => (_SPI_cursor_parse_open = Module._SPI_cursor_parse_open = wasmExports.SPI_cursor_parse_open)(e2, t22, r6), _SPI_cursor_find = Module._SPI_cursor_find = (e2) => (_SPI_cursor_find = Module._SPI_cursor_find = wasmExports.SPI_cursor_find)(e2), _SPI_cursor_fetch = Module._SPI_cursor_fetch = (e2, t22, r6) => (_SPI_cursor_fetch = Module._SPI_cursor_fetch = wasmExports.SPI_cursor_fetch)(e2, t22, r6), _SPI_scroll_cursor_fetch = Module._SPI_scroll_cursor_fetch = (e2, t22, r6) => (_SPI_scroll_cursor_fetch = Module._SPI_scroll_cursor_fetch = wasmExports.SPI_scroll_cursor_fetch)(e2, t22, r6), _SPI_scroll_cursor_move = Module._SPI_scroll_cursor_move = (e2, t22, r6) => (_SPI_scroll_cursor_move = Module._SPI_scroll_cursor_move = wasmExports.SPI_scroll_cursor_move)(e2, t22, r6), _SPI_cursor_close = Module._SPI_cursor_close = (e2) => (_SPI_cursor_close = Module._SPI_cursor_close = wasmExports.SPI_cursor_close)(e2), _SPI_plan_is_valid = Module._SPI_plan_is_valid = (e2) => (_SPI_plan_is_valid = Module._SPI_plan_is_valid = wasmExports.SPI_plan_is_valid)(e2), _SPI_result_code_string = Module._SPI_result_code_string = (e2) => (_SPI_result_code_string = Module._SPI_result_code_string = wasmExports.SPI_result_code_string)(e2), _SPI_plan_get_plan_sources = Module._SPI_plan_get_plan_sources = (e2) => (_SPI_plan_get_plan_sources = Module._SPI_plan_get_plan_sources = wasmExports.SPI_plan_get_plan_sources)(e2), _SPI_plan_get_cached_plan = Module._SPI_plan_get_cached_plan = (e2) => (_SPI_plan_get_cached_plan = Module._SPI_plan_get_cached_plan = wasmExports.SPI_plan_get_cached_plan)(e2), _SPI_register_relation = Module._SPI_register_relation = (e2) => (_SPI_register_relation = Module._SPI_register_relation = wasmExports.SPI_register_relation)(e2), _create_queryEnv = Module._create_queryEnv = () => (_create_queryEnv = Module._create_queryEnv = wasmExports.create_queryEnv)(), _register_ENR = Module._register_ENR = (e2, t22) => (_register_ENR = Module._register_ENR = wasmExports.register_ENR)(e2, t22), _SPI_register_trigger_data = Module._SPI_register_trigger_data = (e2) => (_SPI_register_trigger_data = Module._SPI_register_trigger_data = wasmExports.SPI_register_trigger_data)(e2), _tuplestore_tuple_count = Module._tuplestore_tuple_count = (e2) => (_tuplestore_tuple_count = Module._tuplestore_tuple_count = wasmExports.tuplestore_tuple_count)(e2), _GetUserMapping = Module._GetUserMapping = (e2, t22) => (_GetUserMapping = Module._GetUserMapping = wasmExports.GetUserMapping)(e2, t22), _GetForeignTable = Module._GetForeignTable = (e2) => (_GetForeignTable = Module._GetForeignTable = wasmExports.GetForeignTable)(e2), _GetForeignColumnOptions = Module._GetForeignColumnOptions = (e2, t22) => (_GetForeignColumnOptions = Module._GetForeignColumnOptions = wasmExports.GetForeignColumnOptions)(e2, t22), _initClosestMatch = Module._initClosestMatch = (e2, t22, r6) => (_initClosestMatch = Module._initClosestMatch = wasmExports.initClosestMatch)(e2, t22, r6), _updateClosestMatch = Module._updateClosestMatch = (e2, t22) => (_updateClosestMatch = Module._updateClosestMatch = wasmExports.updateClosestMatch)(e2, t22), _getClosestMatch = Module._getClosestMatch = (e2) => (_getClosestMatch = Module._getClosestMatch = wasmExports.getClosestMatch)(e2), _GetExistingLocalJoinPath = Module._GetExistingLocalJoinPath = (e2) => (_GetExistingLocalJoinPath = Module._GetExistingLocalJoinPath = wasmExports.GetExistingLocalJoinPath)(e2), _bloom_create = Module._bloom_create = (e2, t22, r6) => (_bloom_create = Module._bloom_create = wasmExports.bloom_create)(e2, t22, r6), _bloom_free = Module._bloom_free = (e2) => (_bloom_free = Module._bloom_free = wasmExports.bloom_free)(e2), _bloom_add_element = Module._bloom_add_element = (e2, t22, r6) => (_bloom_add_element = Module._bloom_add_element = wasmExports.bloom_add_element)(e2, t22, r6), _bloom_lacks_element = Module._bloom_lacks_element = (e2, t22, r6) => (_bloom_lacks_element = Module._bloom_lacks_element = wasmExports.bloom_lacks_element)(e2, t22, r6), _bloom_prop_bits_set = Module._bloom_prop_bits_set = (e2) => (_bloom_prop_bits_set = Module._bloom_prop_bits_set = wasmExports.bloom_prop_bits_set)(e2), _dshash_create = Module._dshash_create = (e2, t22, r6) => (_dshash_create = Module._dshash_create = wasmExports.dshash_create)(e2, t22, r6), _dshash_attach = Module._dshash_attach = (e2, t22, r6, a10) => (_dshash_attach = Module._dshash_attach = wasmExports.dshash_attach)(e2, t22, r6, a10), _dshash_detach = Module._dshash_detach = (e2) => (_dshash_detach = Module._dshash_detach = wasmExports.dshash_detach)(e2), _dshash_destroy = Module._dshash_destroy = (e2) => (_dshash_destroy = Module._dshash_destroy = wasmExports.dshash_destroy)(e2), _dshash_get_hash_table_handle = Module._dshash_get_hash_table_handle = (e2) => (_dshash_get_hash_table_handle = Module._dshash_get_hash_table_handle = wasmExports.dshash_get_hash_table_handle)(e2), _dshash_find = Module._dshash_find = (e2, t22, r6) => (_dshash_find = Module._dshash_find = wasmExports.dshash_find)(e2, t22, r6), _dshash_find_or_insert = Module._dshash_find_or_insert = (e2, t22, r6) => (_dshash_find_or_insert = Module._dshash_find_or_insert = wasmExports.dshash_find_or_insert)(e2, t22, r6), _dshash_delete_key = Module._dshash_delete_key = (e2, t22) => (_dshash_delete_key = Module._dshash_delete_key = wasmExports.dshash_delete_key)(e2, t22), _dshash_release_lock = Module._dshash_release_lock = (e2, t22) => (_dshash_release_lock = Module._dshash_release_lock = wasmExports.dshash_release_lock)(e2, t22), _dshash_memcmp = Module._dshash_memcmp = (e2, t22, r6, a10) => (_dshash_memcmp = Module._dshash_memcmp = wasmExports.dshash_memcmp)(e2, t22, r6, a10), _dshash_memhash = Module._dshash_memhash = (e2, t22, r6) => (_dshash_memhash = Module._dshash_memhash = wasmExports.dshash_memhash)(e2, t22, r6), _tag_hash = Module._tag_hash = (e2, t22) => (_tag_hash = Module._tag_hash = wasmExports.tag_hash)(e2, t22), _dshash_memcpy = Module._dshash_memcpy = (e2, t22, r6, a10) => (_dshash_memcpy = Module._dshash_memcpy = wasmExports.dshash_memcpy)(e2, t22, r6, a10), _dshash_seq_init = Module._dshash_seq_init = (e2, t22, r6) => (_dshash_seq_init = Module._dshash_seq_init = wasmExports.dshash_seq_init)(e2, t22, r6), _dshash_seq_next = Module._dshash_seq_next = (e2) => (_dshash_seq_next = Module._dshash_seq_next = wasmExports.dshash_seq_next)(e2), _dshash_seq_term = Module._dshash_seq_term = (e2) => (_dshash_seq_term = Module._dshash_seq_term = wasmExports.dshash_seq_term)(e2), _dshash_delete_current = Module._dshash_delete_current = (e2) => (_dshash_delete_current = Module._dshash_delete_current = wasmExports.dshash_delete_current)(e2), _ldexp = Module._ldexp = (e2, t22) => (_ldexp = Module._ldexp = wasmExports.ldexp)(e2, t22), _strtok = Module._strtok = (e2, t22) => (_strtok = Module._strtok = wasmExports.strtok)(e2, t22), _strtol = Module._strtol = (e2, t22, r6) => (_strtol = Module._strtol = wasmExports.strtol)(e2, t22, r6), _gai_strerror = Module._gai_strerror = (e2) => (_gai_strerror = Module._gai_strerror = wasmExports.gai_strerror)(e2), _pgl_getpwuid = Module._pgl_getpwuid = (e2) => (_pgl_getpwuid = Module._pgl_getpwuid = wasmExports.pgl_getpwuid)(e2), _socket = Module._socket = (e2, t22, r6) => (_socket = Module._socket = wasmExports.socket)(e2, t22, r6), _pgl_connect = Module._pgl_connect = (e2, t22, r6) => (_pgl_connect = Module._pgl_connect = wasmExports.pgl_connect)(e2, t22, r6), _pgl_send = Module._pgl_send = (e2, t22, r6, a10) => (_pgl_send = Module._pgl_send = wasmExports.pgl_send)(e2, t22, r6, a10), _pgl_recv = Module._pgl_recv = (e2, t22, r6, a10) => (_pgl_recv = Module._pgl_recv = wasmExports.pgl_recv)(e2, t22, r6, a10), _be_lo_unlink = Module._be_lo_unlink = (e2) => (_be_lo_unlink = Module._be_lo_unlink = wasmExports.be_lo_unlink)(e2), _text_to_cstring_buffer = Module._text_to_cstring_buffer = (e2, t22, r6) => (_text_to_cstring_buffer = Module._text_to_cstring_buffer = wasmExports.text_to_cstring_buffer)(e2, t22, r6), _pg_mb2wchar_with_len = Module._pg_mb2wchar_with_len = (e2, t22, r6) => (_pg_mb2wchar_with_len = Module._pg_mb2wchar_with_len = wasmExports.pg_mb2wchar_with_len)(e2, t22, r6), _pg_regcomp = Module._pg_regcomp = (e2, t22, r6, a10, o7) => (_pg_regcomp = Module._pg_regcomp = wasmExports.pg_regcomp)(e2, t22, r6, a10, o7), _pg_regerror = Module._pg_regerror = (e2, t22, r6, a10) => (_pg_regerror = Module._pg_regerror = wasmExports.pg_regerror)(e2, t22, r6, a10), _strcat = Module._strcat = (e2, t22) => (_strcat = Module._strcat = wasmExports.strcat)(e2, t22), _pgl_getsockname = Module._pgl_getsockname = (e2, t22, r6) => (_pgl_getsockname = Module._pgl_getsockname = wasmExports.pgl_getsockname)(e2, t22, r6), _pgl_setsockopt = Module._pgl_setsockopt = (e2, t22, r6, a10, o7) => (_pgl_setsockopt = Module._pgl_setsockopt = wasmExports.pgl_setsockopt)(e2, t22, r6, a10, o7), _pgl_fcntl = Module._pgl_fcntl = (e2, t22, r6) => (_pgl_fcntl = Module._pgl_fcntl = wasmExports.pgl_fcntl)(e2, t22, r6), _utime = Module._utime = (e2, t22) => (_utime = Module._utime = wasmExports.utime)(e2, t22), _pq_buffer_remaining_data = Module._pq_buffer_remaining_data = () => (_pq_buffer_remaining_data = Module._pq_buffer_remaining_data = wasmExports.pq_buffer_remaining_data)(), _pgl_getsockopt = Module._pgl_getsockopt = (e2, t22, r6, a10, o7) => (_pgl_getsockopt = Module._pgl_getsockopt = wasmExports.pgl_getsockopt)(e2, t22, r6, a10, o7), _pq_sendtext = Module._pq_sendtext = (e2, t22, r6) => (_pq_sendtext = Module._pq_sendtext = wasmExports.pq_sendtext)(e2, t22, r6), _pq_sendfloat4 = Module._pq_sendfloat4 = (e2, t22) => (_pq_sendfloat4 = Module._pq_sendfloat4 = wasmExports.pq_sendfloat4)(e2, t22), _pq_sendfloat8 = Module._pq_sendfloat8 = (e2, t22) => (_pq_sendfloat8 = Module._pq_sendfloat8 = wasmExports.pq_sendfloat8)(e2, t22), _pq_begintypsend = Module._pq_begintypsend = (e2) => (_pq_begintypsend = Module._pq_begintypsend = wasmExports.pq_begintypsend)(e2), _pq_endtypsend = Module._pq_endtypsend = (e2) => (_pq_endtypsend = Module._pq_endtypsend = wasmExports.pq_endtypsend)(e2), _pq_getmsgfloat4 = Module._pq_getmsgfloat4 = (e2) => (_pq_getmsgfloat4 = Module._pq_getmsgfloat4 = wasmExports.pq_getmsgfloat4)(e2), _pq_getmsgfloat8 = Module._pq_getmsgfloat8 = (e2) => (_pq_getmsgfloat8 = Module._pq_getmsgfloat8 = wasmExports.pq_getmsgfloat8)(e2), _pq_getmsgtext = Module._pq_getmsgtext = (e2, t22, r6) => (_pq_getmsgtext = Module._pq_getmsgtext = wasmExports.pq_getmsgtext)(e2, t22, r6), _pg_strtoint32 = Module._pg_strtoint32 = (e2) => (_pg_strtoint32 = Module._pg_strtoint32 = wasmExports.pg_strtoint32)(e2), _main = Module._main = (e2, t22) => (_main = Module._main = wasmExports.__main_argc_argv)(e2, t22), _pgl_getuid = Module._pgl_getuid = () => (_pgl_getuid = Module._pgl_getuid = wasmExports.pgl_getuid)(), _getenv = Module._getenv = (e2) => (_getenv = Module._getenv = wasmExports.getenv)(e2), _bms_membership = Module._bms_membership = (e2) => (_bms_membership = Module._bms_membership = wasmExports.bms_membership)(e2), _RegisterExtensibleNodeMethods = Module._RegisterExtensibleNodeMethods = (e2) => (_RegisterExtensibleNodeMethods = Module._RegisterExtensibleNodeMethods = wasmExports.RegisterExtensibleNodeMethods)(e2), _list_make5_impl = Module._list_make5_impl = (e2, t22, r6, a10, o7, _3) => (_list_make5_impl = Module._list_make5_impl = wasmExports.list_make5_impl)(e2, t22, r6, a10, o7, _3), _GetMemoryChunkContext = Module._GetMemoryChunkContext = (e2) => (_GetMemoryChunkContext = Module._GetMemoryChunkContext = wasmExports.GetMemoryChunkContext)(e2), _list_insert_nth = Module._list_insert_nth = (e2, t22, r6) => (_list_insert_nth = Module._list_insert_nth = wasmExports.list_insert_nth)(e2, t22, r6), _list_member_ptr = Module._list_member_ptr = (e2, t22) => (_list_member_ptr = Module._list_member_ptr = wasmExports.list_member_ptr)(e2, t22), _list_append_unique_ptr = Module._list_append_unique_ptr = (e2, t22) => (_list_append_unique_ptr = Module._list_append_unique_ptr = wasmExports.list_append_unique_ptr)(e2, t22), _make_opclause = Module._make_opclause = (e2, t22, r6, a10, o7, _3, s2) => (_make_opclause = Module._make_opclause = wasmExports.make_opclause)(e2, t22, r6, a10, o7, _3, s2), _exprIsLengthCoercion = Module._exprIsLengthCoercion = (e2, t22) => (_exprIsLengthCoercion = Module._exprIsLengthCoercion = wasmExports.exprIsLengthCoercion)(e2, t22), _fix_opfuncids = Module._fix_opfuncids = (e2) => (_fix_opfuncids = Module._fix_opfuncids = wasmExports.fix_opfuncids)(e2), _expression_tree_mutator_impl = Module._expression_tree_mutator_impl = (e2, t22, r6) => (_expression_tree_mutator_impl = Module._expression_tree_mutator_impl = wasmExports.expression_tree_mutator_impl)(e2, t22, r6), _outToken = Module._outToken = (e2, t22) => (_outToken = Module._outToken = wasmExports.outToken)(e2, t22), _outNode = Module._outNode = (e2, t22) => (_outNode = Module._outNode = wasmExports.outNode)(e2, t22), _appendStringInfoStringQuoted = Module._appendStringInfoStringQuoted = (e2, t22, r6) => (_appendStringInfoStringQuoted = Module._appendStringInfoStringQuoted = wasmExports.appendStringInfoStringQuoted)(e2, t22, r6), _CleanQuerytext = Module._CleanQuerytext = (e2, t22, r6) => (_CleanQuerytext = Module._CleanQuerytext = wasmExports.CleanQuerytext)(e2, t22, r6), _EnableQueryId = Module._EnableQueryId = () => (_EnableQueryId = Module._EnableQueryId = wasmExports.EnableQueryId)(), _nodeRead = Module._nodeRead = (e2, t22) => (_nodeRead = Module._nodeRead = wasmExports.nodeRead)(e2, t22), _pg_strtok = Module._pg_strtok = (e2) => (_pg_strtok = Module._pg_strtok = wasmExports.pg_strtok)(e2), _debackslash = Module._debackslash = (e2, t22) => (_debackslash = Module._debackslash = wasmExports.debackslash)(e2, t22), _exp2 = Module._exp2 = (e2) => (_exp2 = Module._exp2 = wasmExports.exp2)(e2), _find_base_rel = Module._find_base_rel = (e2, t22) => (_find_base_rel = Module._find_base_rel = wasmExports.find_base_rel)(e2, t22), _add_path = Module._add_path = (e2, t22) => (_add_path = Module._add_path = wasmExports.add_path)(e2, t22), _pathkeys_contained_in = Module._pathkeys_contained_in = (e2, t22) => (_pathkeys_contained_in = Module._pathkeys_contained_in = wasmExports.pathkeys_contained_in)(e2, t22), _create_sort_path = Module._create_sort_path = (e2, t22, r6, a10, o7) => (_create_sort_path = Module._create_sort_path = wasmExports.create_sort_path)(e2, t22, r6, a10, o7), _set_baserel_size_estimates = Module._set_baserel_size_estimates = (e2, t22) => (_set_baserel_size_estimates = Module._set_baserel_size_estimates = wasmExports.set_baserel_size_estimates)(e2, t22), _clauselist_selectivity = Module._clauselist_selectivity = (e2, t22, r6, a10, o7) => (_clauselist_selectivity = Module._clauselist_selectivity = wasmExports.clauselist_selectivity)(e2, t22, r6, a10, o7), _get_tablespace_page_costs = Module._get_tablespace_page_costs = (e2, t22, r6) => (_get_tablespace_page_costs = Module._get_tablespace_page_costs = wasmExports.get_tablespace_page_costs)(e2, t22, r6), _cost_qual_eval = Module._cost_qual_eval = (e2, t22, r6) => (_cost_qual_eval = Module._cost_qual_eval = wasmExports.cost_qual_eval)(e2, t22, r6), _pull_varnos = Module._pull_varnos = (e2, t22) => (_pull_varnos = Module._pull_varnos = wasmExports.pull_varnos)(e2, t22), _estimate_num_groups = Module._estimate_num_groups = (e2, t22, r6, a10, o7) => (_estimate_num_groups = Module._estimate_num_groups = wasmExports.estimate_num_groups)(e2, t22, r6, a10, o7), _cost_sort = Module._cost_sort = (e2, t22, r6, a10, o7, _3, s2, n3, l) => (_cost_sort = Module._cost_sort = wasmExports.cost_sort)(e2, t22, r6, a10, o7, _3, s2, n3, l), _get_sortgrouplist_exprs = Module._get_sortgrouplist_exprs = (e2, t22) => (_get_sortgrouplist_exprs = Module._get_sortgrouplist_exprs = wasmExports.get_sortgrouplist_exprs)(e2, t22), _make_restrictinfo = Module._make_restrictinfo = (e2, t22, r6, a10, o7, _3, s2, n3, l, d) => (_make_restrictinfo = Module._make_restrictinfo = wasmExports.make_restrictinfo)(e2, t22, r6, a10, o7, _3, s2, n3, l, d), _remove_nulling_relids = Module._remove_nulling_relids = (e2, t22, r6) => (_remove_nulling_relids = Module._remove_nulling_relids = wasmExports.remove_nulling_relids)(e2, t22, r6), _get_mergejoin_opfamilies = Module._get_mergejoin_opfamilies = (e2) => (_get_mergejoin_opfamilies = Module._get_mergejoin_opfamilies = wasmExports.get_mergejoin_opfamilies)(e2), _generate_implied_equalities_for_column = Module._generate_implied_equalities_for_column = (e2, t22, r6, a10, o7) => (_generate_implied_equalities_for_column = Module._generate_implied_equalities_for_column = wasmExports.generate_implied_equalities_for_column)(e2, t22, r6, a10, o7), _eclass_useful_for_merging = Module._eclass_useful_for_merging = (e2, t22, r6) => (_eclass_useful_for_merging = Module._eclass_useful_for_merging = wasmExports.eclass_useful_for_merging)(e2, t22, r6), _join_clause_is_movable_to = Module._join_clause_is_movable_to = (e2, t22) => (_join_clause_is_movable_to = Module._join_clause_is_movable_to = wasmExports.join_clause_is_movable_to)(e2, t22), _get_plan_rowmark = Module._get_plan_rowmark = (e2, t22) => (_get_plan_rowmark = Module._get_plan_rowmark = wasmExports.get_plan_rowmark)(e2, t22), _is_pseudo_constant_for_index = Module._is_pseudo_constant_for_index = (e2, t22, r6) => (_is_pseudo_constant_for_index = Module._is_pseudo_constant_for_index = wasmExports.is_pseudo_constant_for_index)(e2, t22, r6), _update_mergeclause_eclasses = Module._update_mergeclause_eclasses = (e2, t22) => (_update_mergeclause_eclasses = Module._update_mergeclause_eclasses = wasmExports.update_mergeclause_eclasses)(e2, t22), _find_join_rel = Module._find_join_rel = (e2, t22) => (_find_join_rel = Module._find_join_rel = wasmExports.find_join_rel)(e2, t22), _make_canonical_pathkey = Module._make_canonical_pathkey = (e2, t22, r6, a10, o7) => (_make_canonical_pathkey = Module._make_canonical_pathkey = wasmExports.make_canonical_pathkey)(e2, t22, r6, a10, o7), _get_sortgroupref_clause_noerr = Module._get_sortgroupref_clause_noerr = (e2, t22) => (_get_sortgroupref_clause_noerr = Module._get_sortgroupref_clause_noerr = wasmExports.get_sortgroupref_clause_noerr)(e2, t22), _extract_actual_clauses = Module._extract_actual_clauses = (e2, t22) => (_extract_actual_clauses = Module._extract_actual_clauses = wasmExports.extract_actual_clauses)(e2, t22), _change_plan_targetlist = Module._change_plan_targetlist = (e2, t22, r6) => (_change_plan_targetlist = Module._change_plan_targetlist = wasmExports.change_plan_targetlist)(e2, t22, r6), _make_foreignscan = Module._make_foreignscan = (e2, t22, r6, a10, o7, _3, s2, n3) => (_make_foreignscan = Module._make_foreignscan = wasmExports.make_foreignscan)(e2, t22, r6, a10, o7, _3, s2, n3), _tlist_member = Module._tlist_member = (e2, t22) => (_tlist_member = Module._tlist_member = wasmExports.tlist_member)(e2, t22), _pull_vars_of_level = Module._pull_vars_of_level = (e2, t22) => (_pull_vars_of_level = Module._pull_vars_of_level = wasmExports.pull_vars_of_level)(e2, t22), _IncrementVarSublevelsUp = Module._IncrementVarSublevelsUp = (e2, t22, r6) => (_IncrementVarSublevelsUp = Module._IncrementVarSublevelsUp = wasmExports.IncrementVarSublevelsUp)(e2, t22, r6), _op_mergejoinable = Module._op_mergejoinable = (e2, t22) => (_op_mergejoinable = Module._op_mergejoinable = wasmExports.op_mergejoinable)(e2, t22), _find_nonnullable_rels = Module._find_nonnullable_rels = (e2) => (_find_nonnullable_rels = Module._find_nonnullable_rels = wasmExports.find_nonnullable_rels)(e2), _standard_planner = Module._standard_planner = (e2, t22, r6, a10) => (_standard_planner = Module._standard_planner = wasmExports.standard_planner)(e2, t22, r6, a10), _get_relids_in_jointree = Module._get_relids_in_jointree = (e2, t22, r6) => (_get_relids_in_jointree = Module._get_relids_in_jointree = wasmExports.get_relids_in_jointree)(e2, t22, r6), _SS_process_sublinks = Module._SS_process_sublinks = (e2, t22, r6) => (_SS_process_sublinks = Module._SS_process_sublinks = wasmExports.SS_process_sublinks)(e2, t22, r6), _add_new_columns_to_pathtarget = Module._add_new_columns_to_pathtarget = (e2, t22) => (_add_new_columns_to_pathtarget = Module._add_new_columns_to_pathtarget = wasmExports.add_new_columns_to_pathtarget)(e2, t22), _get_agg_clause_costs = Module._get_agg_clause_costs = (e2, t22, r6) => (_get_agg_clause_costs = Module._get_agg_clause_costs = wasmExports.get_agg_clause_costs)(e2, t22, r6), _grouping_is_sortable = Module._grouping_is_sortable = (e2) => (_grouping_is_sortable = Module._grouping_is_sortable = wasmExports.grouping_is_sortable)(e2), _copy_pathtarget = Module._copy_pathtarget = (e2) => (_copy_pathtarget = Module._copy_pathtarget = wasmExports.copy_pathtarget)(e2), _create_projection_path = Module._create_projection_path = (e2, t22, r6, a10) => (_create_projection_path = Module._create_projection_path = wasmExports.create_projection_path)(e2, t22, r6, a10), _GetSysCacheHashValue = Module._GetSysCacheHashValue = (e2, t22, r6, a10, o7) => (_GetSysCacheHashValue = Module._GetSysCacheHashValue = wasmExports.GetSysCacheHashValue)(e2, t22, r6, a10, o7), _contain_nonstrict_functions = Module._contain_nonstrict_functions = (e2) => (_contain_nonstrict_functions = Module._contain_nonstrict_functions = wasmExports.contain_nonstrict_functions)(e2), _get_translated_update_targetlist = Module._get_translated_update_targetlist = (e2, t22, r6, a10) => (_get_translated_update_targetlist = Module._get_translated_update_targetlist = wasmExports.get_translated_update_targetlist)(e2, t22, r6, a10), _add_row_identity_var = Module._add_row_identity_var = (e2, t22, r6, a10) => (_add_row_identity_var = Module._add_row_identity_var = wasmExports.add_row_identity_var)(e2, t22, r6, a10), _get_rel_all_updated_cols = Module._get_rel_all_updated_cols = (e2, t22) => (_get_rel_all_updated_cols = Module._get_rel_all_updated_cols = wasmExports.get_rel_all_updated_cols)(e2, t22), _get_baserel_parampathinfo = Module._get_baserel_parampathinfo = (e2, t22, r6) => (_get_baserel_parampathinfo = Module._get_baserel_parampathinfo = wasmExports.get_baserel_parampathinfo)(e2, t22, r6), _create_foreignscan_path = Module._create_foreignscan_path = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3) => (_create_foreignscan_path = Module._create_foreignscan_path = wasmExports.create_foreignscan_path)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3), _create_foreign_join_path = Module._create_foreign_join_path = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3) => (_create_foreign_join_path = Module._create_foreign_join_path = wasmExports.create_foreign_join_path)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3), _create_foreign_upper_path = Module._create_foreign_upper_path = (e2, t22, r6, a10, o7, _3, s2, n3, l, d) => (_create_foreign_upper_path = Module._create_foreign_upper_path = wasmExports.create_foreign_upper_path)(e2, t22, r6, a10, o7, _3, s2, n3, l, d), _adjust_limit_rows_costs = Module._adjust_limit_rows_costs = (e2, t22, r6, a10, o7) => (_adjust_limit_rows_costs = Module._adjust_limit_rows_costs = wasmExports.adjust_limit_rows_costs)(e2, t22, r6, a10, o7), _add_to_flat_tlist = Module._add_to_flat_tlist = (e2, t22) => (_add_to_flat_tlist = Module._add_to_flat_tlist = wasmExports.add_to_flat_tlist)(e2, t22), _get_fn_expr_variadic = Module._get_fn_expr_variadic = (e2) => (_get_fn_expr_variadic = Module._get_fn_expr_variadic = wasmExports.get_fn_expr_variadic)(e2), _get_fn_expr_argtype = Module._get_fn_expr_argtype = (e2, t22) => (_get_fn_expr_argtype = Module._get_fn_expr_argtype = wasmExports.get_fn_expr_argtype)(e2, t22), _on_shmem_exit = Module._on_shmem_exit = (e2, t22) => (_on_shmem_exit = Module._on_shmem_exit = wasmExports.on_shmem_exit)(e2, t22), _pgl_shmdt = Module._pgl_shmdt = (e2) => (_pgl_shmdt = Module._pgl_shmdt = wasmExports.pgl_shmdt)(e2), _pgl_shmctl = Module._pgl_shmctl = (e2, t22, r6) => (_pgl_shmctl = Module._pgl_shmctl = wasmExports.pgl_shmctl)(e2, t22, r6), _pgl_shmat = Module._pgl_shmat = (e2, t22, r6) => (_pgl_shmat = Module._pgl_shmat = wasmExports.pgl_shmat)(e2, t22, r6), _mmap = Module._mmap = (e2, t22, r6, a10, o7, _3) => (_mmap = Module._mmap = wasmExports.mmap)(e2, t22, r6, a10, o7, _3), _pgl_shmget = Module._pgl_shmget = (e2, t22, r6) => (_pgl_shmget = Module._pgl_shmget = wasmExports.pgl_shmget)(e2, t22, r6), _pgl_munmap = Module._pgl_munmap = (e2, t22) => (_pgl_munmap = Module._pgl_munmap = wasmExports.pgl_munmap)(e2, t22), _SignalHandlerForConfigReload = Module._SignalHandlerForConfigReload = (e2) => (_SignalHandlerForConfigReload = Module._SignalHandlerForConfigReload = wasmExports.SignalHandlerForConfigReload)(e2), _SignalHandlerForShutdownRequest = Module._SignalHandlerForShutdownRequest = (e2) => (_SignalHandlerForShutdownRequest = Module._SignalHandlerForShutdownRequest = wasmExports.SignalHandlerForShutdownRequest)(e2), _procsignal_sigusr1_handler = Module._procsignal_sigusr1_handler = (e2) => (_procsignal_sigusr1_handler = Module._procsignal_sigusr1_handler = wasmExports.procsignal_sigusr1_handler)(e2), _RegisterBackgroundWorker = Module._RegisterBackgroundWorker = (e2) => (_RegisterBackgroundWorker = Module._RegisterBackgroundWorker = wasmExports.RegisterBackgroundWorker)(e2), _WaitForBackgroundWorkerStartup = Module._WaitForBackgroundWorkerStartup = (e2, t22) => (_WaitForBackgroundWorkerStartup = Module._WaitForBackgroundWorkerStartup = wasmExports.WaitForBackgroundWorkerStartup)(e2, t22), _open = Module._open = (e2, t22, r6) => (_open = Module._open = wasmExports.open)(e2, t22, r6), _rename = Module._rename = (e2, t22) => (_rename = Module._rename = wasmExports.rename)(e2, t22), _GetConfigOption = Module._GetConfigOption = (e2, t22, r6) => (_GetConfigOption = Module._GetConfigOption = wasmExports.GetConfigOption)(e2, t22, r6), _puts = Module._puts = (e2) => (_puts = Module._puts = wasmExports.puts)(e2), _fopen = Module._fopen = (e2, t22) => (_fopen = Module._fopen = wasmExports.fopen)(e2, t22), _fclose = Module._fclose = (e2) => (_fclose = Module._fclose = wasmExports.fclose)(e2), _fputc = Module._fputc = (e2, t22) => (_fputc = Module._fputc = wasmExports.fputc)(e2, t22), _ftell = Module._ftell = (e2) => (_ftell = Module._ftell = wasmExports.ftell)(e2), _iswprint_l = Module._iswprint_l = (e2, t22) => (_iswprint_l = Module._iswprint_l = wasmExports.iswprint_l)(e2, t22), _isalnum = Module._isalnum = (e2) => (_isalnum = Module._isalnum = wasmExports.isalnum)(e2), _iswalpha_l = Module._iswalpha_l = (e2, t22) => (_iswalpha_l = Module._iswalpha_l = wasmExports.iswalpha_l)(e2, t22), _iswdigit_l = Module._iswdigit_l = (e2, t22) => (_iswdigit_l = Module._iswdigit_l = wasmExports.iswdigit_l)(e2, t22), _isdigit_l = Module._isdigit_l = (e2, t22) => (_isdigit_l = Module._isdigit_l = wasmExports.isdigit_l)(e2, t22), _iswpunct_l = Module._iswpunct_l = (e2, t22) => (_iswpunct_l = Module._iswpunct_l = wasmExports.iswpunct_l)(e2, t22), _iswspace_l = Module._iswspace_l = (e2, t22) => (_iswspace_l = Module._iswspace_l = wasmExports.iswspace_l)(e2, t22), _iswlower_l = Module._iswlower_l = (e2, t22) => (_iswlower_l = Module._iswlower_l = wasmExports.iswlower_l)(e2, t22), _iswupper_l = Module._iswupper_l = (e2, t22) => (_iswupper_l = Module._iswupper_l = wasmExports.iswupper_l)(e2, t22), _towlower_l = Module._towlower_l = (e2, t22) => (_towlower_l = Module._towlower_l = wasmExports.towlower_l)(e2, t22), _tolower_l = Module._tolower_l = (e2, t22) => (_tolower_l = Module._tolower_l = wasmExports.tolower_l)(e2, t22), _toupper = Module._toupper = (e2) => (_toupper = Module._toupper = wasmExports.toupper)(e2), _towupper_l = Module._towupper_l = (e2, t22) => (_towupper_l = Module._towupper_l = wasmExports.towupper_l)(e2, t22), _toupper_l = Module._toupper_l = (e2, t22) => (_toupper_l = Module._toupper_l = wasmExports.toupper_l)(e2, t22), _pg_reg_getinitialstate = Module._pg_reg_getinitialstate = (e2) => (_pg_reg_getinitialstate = Module._pg_reg_getinitialstate = wasmExports.pg_reg_getinitialstate)(e2), _pg_reg_getfinalstate = Module._pg_reg_getfinalstate = (e2) => (_pg_reg_getfinalstate = Module._pg_reg_getfinalstate = wasmExports.pg_reg_getfinalstate)(e2), _pg_reg_getnumoutarcs = Module._pg_reg_getnumoutarcs = (e2, t22) => (_pg_reg_getnumoutarcs = Module._pg_reg_getnumoutarcs = wasmExports.pg_reg_getnumoutarcs)(e2, t22), _pg_reg_getoutarcs = Module._pg_reg_getoutarcs = (e2, t22, r6, a10) => (_pg_reg_getoutarcs = Module._pg_reg_getoutarcs = wasmExports.pg_reg_getoutarcs)(e2, t22, r6, a10), _pg_reg_getnumcolors = Module._pg_reg_getnumcolors = (e2) => (_pg_reg_getnumcolors = Module._pg_reg_getnumcolors = wasmExports.pg_reg_getnumcolors)(e2), _pg_reg_colorisbegin = Module._pg_reg_colorisbegin = (e2, t22) => (_pg_reg_colorisbegin = Module._pg_reg_colorisbegin = wasmExports.pg_reg_colorisbegin)(e2, t22), _pg_reg_colorisend = Module._pg_reg_colorisend = (e2, t22) => (_pg_reg_colorisend = Module._pg_reg_colorisend = wasmExports.pg_reg_colorisend)(e2, t22), _pg_reg_getnumcharacters = Module._pg_reg_getnumcharacters = (e2, t22) => (_pg_reg_getnumcharacters = Module._pg_reg_getnumcharacters = wasmExports.pg_reg_getnumcharacters)(e2, t22), _pg_reg_getcharacters = Module._pg_reg_getcharacters = (e2, t22, r6, a10) => (_pg_reg_getcharacters = Module._pg_reg_getcharacters = wasmExports.pg_reg_getcharacters)(e2, t22, r6, a10), _dsa_pin = Module._dsa_pin = (e2) => (_dsa_pin = Module._dsa_pin = wasmExports.dsa_pin)(e2), _OutputPluginPrepareWrite = Module._OutputPluginPrepareWrite = (e2, t22) => (_OutputPluginPrepareWrite = Module._OutputPluginPrepareWrite = wasmExports.OutputPluginPrepareWrite)(e2, t22), _OutputPluginWrite = Module._OutputPluginWrite = (e2, t22) => (_OutputPluginWrite = Module._OutputPluginWrite = wasmExports.OutputPluginWrite)(e2, t22), _array_contains_nulls = Module._array_contains_nulls = (e2) => (_array_contains_nulls = Module._array_contains_nulls = wasmExports.array_contains_nulls)(e2), _CacheRegisterRelcacheCallback = Module._CacheRegisterRelcacheCallback = (e2, t22) => (_CacheRegisterRelcacheCallback = Module._CacheRegisterRelcacheCallback = wasmExports.CacheRegisterRelcacheCallback)(e2, t22), _hash_seq_term = Module._hash_seq_term = (e2) => (_hash_seq_term = Module._hash_seq_term = wasmExports.hash_seq_term)(e2), _FreeErrorData = Module._FreeErrorData = (e2) => (_FreeErrorData = Module._FreeErrorData = wasmExports.FreeErrorData)(e2), _RelidByRelfilenumber = Module._RelidByRelfilenumber = (e2, t22) => (_RelidByRelfilenumber = Module._RelidByRelfilenumber = wasmExports.RelidByRelfilenumber)(e2, t22), _WaitLatchOrSocket = Module._WaitLatchOrSocket = (e2, t22, r6, a10, o7) => (_WaitLatchOrSocket = Module._WaitLatchOrSocket = wasmExports.WaitLatchOrSocket)(e2, t22, r6, a10, o7), _get_row_security_policies = Module._get_row_security_policies = (e2, t22, r6, a10, o7, _3, s2) => (_get_row_security_policies = Module._get_row_security_policies = wasmExports.get_row_security_policies)(e2, t22, r6, a10, o7, _3, s2), _hash_estimate_size = Module._hash_estimate_size = (e2, t22) => (_hash_estimate_size = Module._hash_estimate_size = wasmExports.hash_estimate_size)(e2, t22), _ShmemInitHash = Module._ShmemInitHash = (e2, t22, r6, a10, o7) => (_ShmemInitHash = Module._ShmemInitHash = wasmExports.ShmemInitHash)(e2, t22, r6, a10, o7), _LockBufHdr = Module._LockBufHdr = (e2) => (_LockBufHdr = Module._LockBufHdr = wasmExports.LockBufHdr)(e2), _EvictUnpinnedBuffer = Module._EvictUnpinnedBuffer = (e2) => (_EvictUnpinnedBuffer = Module._EvictUnpinnedBuffer = wasmExports.EvictUnpinnedBuffer)(e2), _have_free_buffer = Module._have_free_buffer = () => (_have_free_buffer = Module._have_free_buffer = wasmExports.have_free_buffer)(), _calloc = Module._calloc = (e2, t22) => (_calloc = Module._calloc = wasmExports.calloc)(e2, t22), _copy_file = Module._copy_file = (e2, t22) => (_copy_file = Module._copy_file = wasmExports.copy_file)(e2, t22), _fdatasync = Module._fdatasync = (e2) => (_fdatasync = Module._fdatasync = wasmExports.fdatasync)(e2), _truncate = Module._truncate = (e2, t22) => (_truncate = Module._truncate = wasmExports.truncate)(e2, t22), _dup = Module._dup = (e2) => (_dup = Module._dup = wasmExports.dup)(e2), _AcquireExternalFD = Module._AcquireExternalFD = () => (_AcquireExternalFD = Module._AcquireExternalFD = wasmExports.AcquireExternalFD)(), _mkdir = Module._mkdir = (e2, t22) => (_mkdir = Module._mkdir = wasmExports.mkdir)(e2, t22), _pgl_popen = Module._pgl_popen = (e2, t22) => (_pgl_popen = Module._pgl_popen = wasmExports.pgl_popen)(e2, t22), _pgl_pclose = Module._pgl_pclose = (e2) => (_pgl_pclose = Module._pgl_pclose = wasmExports.pgl_pclose)(e2), _closedir = Module._closedir = (e2) => (_closedir = Module._closedir = wasmExports.closedir)(e2), _opendir = Module._opendir = (e2) => (_opendir = Module._opendir = wasmExports.opendir)(e2), _readdir = Module._readdir = (e2) => (_readdir = Module._readdir = wasmExports.readdir)(e2), _GetNamedDSMSegment = Module._GetNamedDSMSegment = (e2, t22, r6, a10) => (_GetNamedDSMSegment = Module._GetNamedDSMSegment = wasmExports.GetNamedDSMSegment)(e2, t22, r6, a10), _pgl_atexit = Module._pgl_atexit = (e2) => (_pgl_atexit = Module._pgl_atexit = wasmExports.pgl_atexit)(e2), _RequestAddinShmemSpace = Module._RequestAddinShmemSpace = (e2) => (_RequestAddinShmemSpace = Module._RequestAddinShmemSpace = wasmExports.RequestAddinShmemSpace)(e2), _pgl_poll = Module._pgl_poll = (e2, t22, r6) => (_pgl_poll = Module._pgl_poll = wasmExports.pgl_poll)(e2, t22, r6), _GetRunningTransactionData = Module._GetRunningTransactionData = () => (_GetRunningTransactionData = Module._GetRunningTransactionData = wasmExports.GetRunningTransactionData)(), _BackendXidGetPid = Module._BackendXidGetPid = (e2) => (_BackendXidGetPid = Module._BackendXidGetPid = wasmExports.BackendXidGetPid)(e2), _LWLockRegisterTranche = Module._LWLockRegisterTranche = (e2, t22) => (_LWLockRegisterTranche = Module._LWLockRegisterTranche = wasmExports.LWLockRegisterTranche)(e2, t22), _GetNamedLWLockTranche = Module._GetNamedLWLockTranche = (e2) => (_GetNamedLWLockTranche = Module._GetNamedLWLockTranche = wasmExports.GetNamedLWLockTranche)(e2), _LWLockNewTrancheId = Module._LWLockNewTrancheId = () => (_LWLockNewTrancheId = Module._LWLockNewTrancheId = wasmExports.LWLockNewTrancheId)(), _RequestNamedLWLockTranche = Module._RequestNamedLWLockTranche = (e2, t22) => (_RequestNamedLWLockTranche = Module._RequestNamedLWLockTranche = wasmExports.RequestNamedLWLockTranche)(e2, t22), _LWLockHeldByMe = Module._LWLockHeldByMe = (e2) => (_LWLockHeldByMe = Module._LWLockHeldByMe = wasmExports.LWLockHeldByMe)(e2), _smgrtruncate = Module._smgrtruncate = (e2, t22, r6, a10) => (_smgrtruncate = Module._smgrtruncate = wasmExports.smgrtruncate)(e2, t22, r6, a10), _ProcessStartupPacket = Module._ProcessStartupPacket = (e2, t22, r6) => (_ProcessStartupPacket = Module._ProcessStartupPacket = wasmExports.ProcessStartupPacket)(e2, t22, r6), _htons = (e2) => (_htons = wasmExports.htons)(e2), _htonl = (e2) => (_htonl = wasmExports.htonl)(e2), _pgl_startPGlite = Module._pgl_startPGlite = () => (_pgl_startPGlite = Module._pgl_startPGlite = wasmExports.pgl_startPGlite)(), _pgl_pq_flush = Module._pgl_pq_flush = () => (_pgl_pq_flush = Module._pgl_pq_flush = wasmExports.pgl_pq_flush)(), _pgl_getMyProcPort = Module._pgl_getMyProcPort = () => (_pgl_getMyProcPort = Module._pgl_getMyProcPort = wasmExports.pgl_getMyProcPort)(), _pgl_sendConnData = Module._pgl_sendConnData = () => (_pgl_sendConnData = Module._pgl_sendConnData = wasmExports.pgl_sendConnData)(), _PostgresMainLongJmp = Module._PostgresMainLongJmp = () => (_PostgresMainLongJmp = Module._PostgresMainLongJmp = wasmExports.PostgresMainLongJmp)(), _PostgresMainLoopOnce = Module._PostgresMainLoopOnce = () => (_PostgresMainLoopOnce = Module._PostgresMainLoopOnce = wasmExports.PostgresMainLoopOnce)(), _PostgresSendReadyForQueryIfNecessary = Module._PostgresSendReadyForQueryIfNecessary = () => (_PostgresSendReadyForQueryIfNecessary = Module._PostgresSendReadyForQueryIfNecessary = wasmExports.PostgresSendReadyForQueryIfNecessary)(), _errhidestmt = Module._errhidestmt = (e2) => (_errhidestmt = Module._errhidestmt = wasmExports.errhidestmt)(e2), _standard_ProcessUtility = Module._standard_ProcessUtility = (e2, t22, r6, a10, o7, _3, s2, n3) => (_standard_ProcessUtility = Module._standard_ProcessUtility = wasmExports.standard_ProcessUtility)(e2, t22, r6, a10, o7, _3, s2, n3), _lookup_ts_dictionary_cache = Module._lookup_ts_dictionary_cache = (e2) => (_lookup_ts_dictionary_cache = Module._lookup_ts_dictionary_cache = wasmExports.lookup_ts_dictionary_cache)(e2), _get_tsearch_config_filename = Module._get_tsearch_config_filename = (e2, t22) => (_get_tsearch_config_filename = Module._get_tsearch_config_filename = wasmExports.get_tsearch_config_filename)(e2, t22), _lowerstr = Module._lowerstr = (e2) => (_lowerstr = Module._lowerstr = wasmExports.lowerstr)(e2), _readstoplist = Module._readstoplist = (e2, t22, r6) => (_readstoplist = Module._readstoplist = wasmExports.readstoplist)(e2, t22, r6), _lowerstr_with_len = Module._lowerstr_with_len = (e2, t22) => (_lowerstr_with_len = Module._lowerstr_with_len = wasmExports.lowerstr_with_len)(e2, t22), _searchstoplist = Module._searchstoplist = (e2, t22) => (_searchstoplist = Module._searchstoplist = wasmExports.searchstoplist)(e2, t22), _tsearch_readline_begin = Module._tsearch_readline_begin = (e2, t22) => (_tsearch_readline_begin = Module._tsearch_readline_begin = wasmExports.tsearch_readline_begin)(e2, t22), _tsearch_readline = Module._tsearch_readline = (e2) => (_tsearch_readline = Module._tsearch_readline = wasmExports.tsearch_readline)(e2), _t_isspace = Module._t_isspace = (e2) => (_t_isspace = Module._t_isspace = wasmExports.t_isspace)(e2), _tsearch_readline_end = Module._tsearch_readline_end = (e2) => (_tsearch_readline_end = Module._tsearch_readline_end = wasmExports.tsearch_readline_end)(e2), _stringToQualifiedNameList = Module._stringToQualifiedNameList = (e2, t22) => (_stringToQualifiedNameList = Module._stringToQualifiedNameList = wasmExports.stringToQualifiedNameList)(e2, t22), _t_isdigit = Module._t_isdigit = (e2) => (_t_isdigit = Module._t_isdigit = wasmExports.t_isdigit)(e2), _to_tsvector_byid = Module._to_tsvector_byid = (e2) => (_to_tsvector_byid = Module._to_tsvector_byid = wasmExports.to_tsvector_byid)(e2), _to_tsvector = Module._to_tsvector = (e2) => (_to_tsvector = Module._to_tsvector = wasmExports.to_tsvector)(e2), _t_isalnum = Module._t_isalnum = (e2) => (_t_isalnum = Module._t_isalnum = wasmExports.t_isalnum)(e2), _get_restriction_variable = Module._get_restriction_variable = (e2, t22, r6, a10, o7, _3) => (_get_restriction_variable = Module._get_restriction_variable = wasmExports.get_restriction_variable)(e2, t22, r6, a10, o7, _3), _MemoryContextAllocHuge = Module._MemoryContextAllocHuge = (e2, t22) => (_MemoryContextAllocHuge = Module._MemoryContextAllocHuge = wasmExports.MemoryContextAllocHuge)(e2, t22), _fseek = Module._fseek = (e2, t22, r6) => (_fseek = Module._fseek = wasmExports.fseek)(e2, t22, r6), _WaitEventExtensionNew = Module._WaitEventExtensionNew = (e2) => (_WaitEventExtensionNew = Module._WaitEventExtensionNew = wasmExports.WaitEventExtensionNew)(e2), _expand_array = Module._expand_array = (e2, t22, r6) => (_expand_array = Module._expand_array = wasmExports.expand_array)(e2, t22, r6), _exp = Module._exp = (e2) => (_exp = Module._exp = wasmExports.exp)(e2), _arraycontsel = Module._arraycontsel = (e2) => (_arraycontsel = Module._arraycontsel = wasmExports.arraycontsel)(e2), _arraycontjoinsel = Module._arraycontjoinsel = (e2) => (_arraycontjoinsel = Module._arraycontjoinsel = wasmExports.arraycontjoinsel)(e2), _initArrayResult = Module._initArrayResult = (e2, t22, r6) => (_initArrayResult = Module._initArrayResult = wasmExports.initArrayResult)(e2, t22, r6), _array_create_iterator = Module._array_create_iterator = (e2, t22, r6) => (_array_create_iterator = Module._array_create_iterator = wasmExports.array_create_iterator)(e2, t22, r6), _array_iterate = Module._array_iterate = (e2, t22, r6) => (_array_iterate = Module._array_iterate = wasmExports.array_iterate)(e2, t22, r6), _array_free_iterator = Module._array_free_iterator = (e2) => (_array_free_iterator = Module._array_free_iterator = wasmExports.array_free_iterator)(e2), _ArrayGetIntegerTypmods = Module._ArrayGetIntegerTypmods = (e2, t22) => (_ArrayGetIntegerTypmods = Module._ArrayGetIntegerTypmods = wasmExports.ArrayGetIntegerTypmods)(e2, t22), _boolin = Module._boolin = (e2) => (_boolin = Module._boolin = wasmExports.boolin)(e2), ___multi3 = Module.___multi3 = (e2, t22, r6, a10, o7) => (___multi3 = Module.___multi3 = wasmExports.__multi3)(e2, t22, r6, a10, o7), _cash_cmp = Module._cash_cmp = (e2) => (_cash_cmp = Module._cash_cmp = wasmExports.cash_cmp)(e2), _int64_to_numeric = Module._int64_to_numeric = (e2) => (_int64_to_numeric = Module._int64_to_numeric = wasmExports.int64_to_numeric)(e2), _numeric_div = Module._numeric_div = (e2) => (_numeric_div = Module._numeric_div = wasmExports.numeric_div)(e2), _numeric_round = Module._numeric_round = (e2) => (_numeric_round = Module._numeric_round = wasmExports.numeric_round)(e2), _numeric_int8 = Module._numeric_int8 = (e2) => (_numeric_int8 = Module._numeric_int8 = wasmExports.numeric_int8)(e2), _numeric_mul = Module._numeric_mul = (e2) => (_numeric_mul = Module._numeric_mul = wasmExports.numeric_mul)(e2), _j2date = Module._j2date = (e2, t22, r6, a10) => (_j2date = Module._j2date = wasmExports.j2date)(e2, t22, r6, a10), _EncodeDateOnly = Module._EncodeDateOnly = (e2, t22, r6) => (_EncodeDateOnly = Module._EncodeDateOnly = wasmExports.EncodeDateOnly)(e2, t22, r6), _EncodeSpecialDate = Module._EncodeSpecialDate = (e2, t22) => (_EncodeSpecialDate = Module._EncodeSpecialDate = wasmExports.EncodeSpecialDate)(e2, t22), _date_eq = Module._date_eq = (e2) => (_date_eq = Module._date_eq = wasmExports.date_eq)(e2), _date_lt = Module._date_lt = (e2) => (_date_lt = Module._date_lt = wasmExports.date_lt)(e2), _date_le = Module._date_le = (e2) => (_date_le = Module._date_le = wasmExports.date_le)(e2), _date_gt = Module._date_gt = (e2) => (_date_gt = Module._date_gt = wasmExports.date_gt)(e2), _date_ge = Module._date_ge = (e2) => (_date_ge = Module._date_ge = wasmExports.date_ge)(e2), _date_cmp = Module._date_cmp = (e2) => (_date_cmp = Module._date_cmp = wasmExports.date_cmp)(e2), _date_mi = Module._date_mi = (e2) => (_date_mi = Module._date_mi = wasmExports.date_mi)(e2), _timestamp2tm = Module._timestamp2tm = (e2, t22, r6, a10, o7, _3) => (_timestamp2tm = Module._timestamp2tm = wasmExports.timestamp2tm)(e2, t22, r6, a10, o7, _3), _time2tm = Module._time2tm = (e2, t22, r6) => (_time2tm = Module._time2tm = wasmExports.time2tm)(e2, t22, r6), _EncodeTimeOnly = Module._EncodeTimeOnly = (e2, t22, r6, a10, o7, _3) => (_EncodeTimeOnly = Module._EncodeTimeOnly = wasmExports.EncodeTimeOnly)(e2, t22, r6, a10, o7, _3), _time_eq = Module._time_eq = (e2) => (_time_eq = Module._time_eq = wasmExports.time_eq)(e2), _time_lt = Module._time_lt = (e2) => (_time_lt = Module._time_lt = wasmExports.time_lt)(e2), _time_le = Module._time_le = (e2) => (_time_le = Module._time_le = wasmExports.time_le)(e2), _time_gt = Module._time_gt = (e2) => (_time_gt = Module._time_gt = wasmExports.time_gt)(e2), _time_ge = Module._time_ge = (e2) => (_time_ge = Module._time_ge = wasmExports.time_ge)(e2), _time_cmp = Module._time_cmp = (e2) => (_time_cmp = Module._time_cmp = wasmExports.time_cmp)(e2), _time_mi_time = Module._time_mi_time = (e2) => (_time_mi_time = Module._time_mi_time = wasmExports.time_mi_time)(e2), _timetz2tm = Module._timetz2tm = (e2, t22, r6, a10) => (_timetz2tm = Module._timetz2tm = wasmExports.timetz2tm)(e2, t22, r6, a10), _timetz_cmp = Module._timetz_cmp = (e2) => (_timetz_cmp = Module._timetz_cmp = wasmExports.timetz_cmp)(e2), _pg_tolower = Module._pg_tolower = (e2) => (_pg_tolower = Module._pg_tolower = wasmExports.pg_tolower)(e2), _EncodeDateTime = Module._EncodeDateTime = (e2, t22, r6, a10, o7, _3, s2) => (_EncodeDateTime = Module._EncodeDateTime = wasmExports.EncodeDateTime)(e2, t22, r6, a10, o7, _3, s2), _TransferExpandedObject = Module._TransferExpandedObject = (e2, t22) => (_TransferExpandedObject = Module._TransferExpandedObject = wasmExports.TransferExpandedObject)(e2, t22), _forkname_to_number = Module._forkname_to_number = (e2) => (_forkname_to_number = Module._forkname_to_number = wasmExports.forkname_to_number)(e2), _numeric_lt = Module._numeric_lt = (e2) => (_numeric_lt = Module._numeric_lt = wasmExports.numeric_lt)(e2), _numeric_abs = Module._numeric_abs = (e2) => (_numeric_abs = Module._numeric_abs = wasmExports.numeric_abs)(e2), _numeric_add = Module._numeric_add = (e2) => (_numeric_add = Module._numeric_add = wasmExports.numeric_add)(e2), _numeric_ge = Module._numeric_ge = (e2) => (_numeric_ge = Module._numeric_ge = wasmExports.numeric_ge)(e2), _err_generic_string = Module._err_generic_string = (e2, t22) => (_err_generic_string = Module._err_generic_string = wasmExports.err_generic_string)(e2, t22), _domain_check = Module._domain_check = (e2, t22, r6, a10, o7) => (_domain_check = Module._domain_check = wasmExports.domain_check)(e2, t22, r6, a10, o7), _enum_lt = Module._enum_lt = (e2) => (_enum_lt = Module._enum_lt = wasmExports.enum_lt)(e2), _enum_le = Module._enum_le = (e2) => (_enum_le = Module._enum_le = wasmExports.enum_le)(e2), _enum_ge = Module._enum_ge = (e2) => (_enum_ge = Module._enum_ge = wasmExports.enum_ge)(e2), _enum_gt = Module._enum_gt = (e2) => (_enum_gt = Module._enum_gt = wasmExports.enum_gt)(e2), _enum_cmp = Module._enum_cmp = (e2) => (_enum_cmp = Module._enum_cmp = wasmExports.enum_cmp)(e2), _make_expanded_record_from_typeid = Module._make_expanded_record_from_typeid = (e2, t22, r6) => (_make_expanded_record_from_typeid = Module._make_expanded_record_from_typeid = wasmExports.make_expanded_record_from_typeid)(e2, t22, r6), _MemoryContextRegisterResetCallback = Module._MemoryContextRegisterResetCallback = (e2, t22) => (_MemoryContextRegisterResetCallback = Module._MemoryContextRegisterResetCallback = wasmExports.MemoryContextRegisterResetCallback)(e2, t22), _make_expanded_record_from_tupdesc = Module._make_expanded_record_from_tupdesc = (e2, t22) => (_make_expanded_record_from_tupdesc = Module._make_expanded_record_from_tupdesc = wasmExports.make_expanded_record_from_tupdesc)(e2, t22), _make_expanded_record_from_exprecord = Module._make_expanded_record_from_exprecord = (e2, t22) => (_make_expanded_record_from_exprecord = Module._make_expanded_record_from_exprecord = wasmExports.make_expanded_record_from_exprecord)(e2, t22), _expanded_record_set_tuple = Module._expanded_record_set_tuple = (e2, t22, r6, a10) => (_expanded_record_set_tuple = Module._expanded_record_set_tuple = wasmExports.expanded_record_set_tuple)(e2, t22, r6, a10), _expanded_record_get_tuple = Module._expanded_record_get_tuple = (e2) => (_expanded_record_get_tuple = Module._expanded_record_get_tuple = wasmExports.expanded_record_get_tuple)(e2), _deconstruct_expanded_record = Module._deconstruct_expanded_record = (e2) => (_deconstruct_expanded_record = Module._deconstruct_expanded_record = wasmExports.deconstruct_expanded_record)(e2), _expanded_record_lookup_field = Module._expanded_record_lookup_field = (e2, t22, r6) => (_expanded_record_lookup_field = Module._expanded_record_lookup_field = wasmExports.expanded_record_lookup_field)(e2, t22, r6), _expanded_record_set_field_internal = Module._expanded_record_set_field_internal = (e2, t22, r6, a10, o7, _3) => (_expanded_record_set_field_internal = Module._expanded_record_set_field_internal = wasmExports.expanded_record_set_field_internal)(e2, t22, r6, a10, o7, _3), _expanded_record_set_fields = Module._expanded_record_set_fields = (e2, t22, r6, a10) => (_expanded_record_set_fields = Module._expanded_record_set_fields = wasmExports.expanded_record_set_fields)(e2, t22, r6, a10), _float4in_internal = Module._float4in_internal = (e2, t22, r6, a10, o7) => (_float4in_internal = Module._float4in_internal = wasmExports.float4in_internal)(e2, t22, r6, a10, o7), _strtof = Module._strtof = (e2, t22) => (_strtof = Module._strtof = wasmExports.strtof)(e2, t22), _float_to_shortest_decimal_buf = Module._float_to_shortest_decimal_buf = (e2, t22) => (_float_to_shortest_decimal_buf = Module._float_to_shortest_decimal_buf = wasmExports.float_to_shortest_decimal_buf)(e2, t22), _float8in = Module._float8in = (e2) => (_float8in = Module._float8in = wasmExports.float8in)(e2), _float8in_internal = Module._float8in_internal = (e2, t22, r6, a10, o7) => (_float8in_internal = Module._float8in_internal = wasmExports.float8in_internal)(e2, t22, r6, a10, o7), _float8out = Module._float8out = (e2) => (_float8out = Module._float8out = wasmExports.float8out)(e2), _float8out_internal = Module._float8out_internal = (e2) => (_float8out_internal = Module._float8out_internal = wasmExports.float8out_internal)(e2), _float8pl = Module._float8pl = (e2) => (_float8pl = Module._float8pl = wasmExports.float8pl)(e2), _btfloat4cmp = Module._btfloat4cmp = (e2) => (_btfloat4cmp = Module._btfloat4cmp = wasmExports.btfloat4cmp)(e2), _btfloat8cmp = Module._btfloat8cmp = (e2) => (_btfloat8cmp = Module._btfloat8cmp = wasmExports.btfloat8cmp)(e2), _dtoi4 = Module._dtoi4 = (e2) => (_dtoi4 = Module._dtoi4 = wasmExports.dtoi4)(e2), _dtoi2 = Module._dtoi2 = (e2) => (_dtoi2 = Module._dtoi2 = wasmExports.dtoi2)(e2), _cbrt = Module._cbrt = (e2) => (_cbrt = Module._cbrt = wasmExports.cbrt)(e2), _dexp = Module._dexp = (e2) => (_dexp = Module._dexp = wasmExports.dexp)(e2), _log10 = Module._log10 = (e2) => (_log10 = Module._log10 = wasmExports.log10)(e2), _dacos = Module._dacos = (e2) => (_dacos = Module._dacos = wasmExports.dacos)(e2), _acos = Module._acos = (e2) => (_acos = Module._acos = wasmExports.acos)(e2), _dasin = Module._dasin = (e2) => (_dasin = Module._dasin = wasmExports.dasin)(e2), _asin = Module._asin = (e2) => (_asin = Module._asin = wasmExports.asin)(e2), _datan = Module._datan = (e2) => (_datan = Module._datan = wasmExports.datan)(e2), _atan = Module._atan = (e2) => (_atan = Module._atan = wasmExports.atan)(e2), _datan2 = Module._datan2 = (e2) => (_datan2 = Module._datan2 = wasmExports.datan2)(e2), _atan2 = Module._atan2 = (e2, t22) => (_atan2 = Module._atan2 = wasmExports.atan2)(e2, t22), _dcos = Module._dcos = (e2) => (_dcos = Module._dcos = wasmExports.dcos)(e2), _cos = Module._cos = (e2) => (_cos = Module._cos = wasmExports.cos)(e2), _dcot = Module._dcot = (e2) => (_dcot = Module._dcot = wasmExports.dcot)(e2), _tan = Module._tan = (e2) => (_tan = Module._tan = wasmExports.tan)(e2), _dsin = Module._dsin = (e2) => (_dsin = Module._dsin = wasmExports.dsin)(e2), _sin = Module._sin = (e2) => (_sin = Module._sin = wasmExports.sin)(e2), _dtan = Module._dtan = (e2) => (_dtan = Module._dtan = wasmExports.dtan)(e2), _fmod = Module._fmod = (e2, t22) => (_fmod = Module._fmod = wasmExports.fmod)(e2, t22), _degrees = Module._degrees = (e2) => (_degrees = Module._degrees = wasmExports.degrees)(e2), _dpi = Module._dpi = (e2) => (_dpi = Module._dpi = wasmExports.dpi)(e2), _radians = Module._radians = (e2) => (_radians = Module._radians = wasmExports.radians)(e2), _sinh = Module._sinh = (e2) => (_sinh = Module._sinh = wasmExports.sinh)(e2), _cosh = Module._cosh = (e2) => (_cosh = Module._cosh = wasmExports.cosh)(e2), _tanh = Module._tanh = (e2) => (_tanh = Module._tanh = wasmExports.tanh)(e2), _asinh = Module._asinh = (e2) => (_asinh = Module._asinh = wasmExports.asinh)(e2), _acosh = Module._acosh = (e2) => (_acosh = Module._acosh = wasmExports.acosh)(e2), _atanh = Module._atanh = (e2) => (_atanh = Module._atanh = wasmExports.atanh)(e2), _float8_accum = Module._float8_accum = (e2) => (_float8_accum = Module._float8_accum = wasmExports.float8_accum)(e2), _float8_stddev_pop = Module._float8_stddev_pop = (e2) => (_float8_stddev_pop = Module._float8_stddev_pop = wasmExports.float8_stddev_pop)(e2), _float8_stddev_samp = Module._float8_stddev_samp = (e2) => (_float8_stddev_samp = Module._float8_stddev_samp = wasmExports.float8_stddev_samp)(e2), _str_tolower = Module._str_tolower = (e2, t22, r6) => (_str_tolower = Module._str_tolower = wasmExports.str_tolower)(e2, t22, r6), _numeric_power = Module._numeric_power = (e2) => (_numeric_power = Module._numeric_power = wasmExports.numeric_power)(e2), _numeric_int4 = Module._numeric_int4 = (e2) => (_numeric_int4 = Module._numeric_int4 = wasmExports.numeric_int4)(e2), _int84 = Module._int84 = (e2) => (_int84 = Module._int84 = wasmExports.int84)(e2), _dtoi8 = Module._dtoi8 = (e2) => (_dtoi8 = Module._dtoi8 = wasmExports.dtoi8)(e2), _int8out = Module._int8out = (e2) => (_int8out = Module._int8out = wasmExports.int8out)(e2), _fseeko = Module._fseeko = (e2, t22, r6) => (_fseeko = Module._fseeko = wasmExports.fseeko)(e2, t22, r6), _int4in = Module._int4in = (e2) => (_int4in = Module._int4in = wasmExports.int4in)(e2), _int4_bool = Module._int4_bool = (e2) => (_int4_bool = Module._int4_bool = wasmExports.int4_bool)(e2), _int8pl = Module._int8pl = (e2) => (_int8pl = Module._int8pl = wasmExports.int8pl)(e2), _int82 = Module._int82 = (e2) => (_int82 = Module._int82 = wasmExports.int82)(e2), _json_in = Module._json_in = (e2) => (_json_in = Module._json_in = wasmExports.json_in)(e2), _EncodeSpecialTimestamp = Module._EncodeSpecialTimestamp = (e2, t22) => (_EncodeSpecialTimestamp = Module._EncodeSpecialTimestamp = wasmExports.EncodeSpecialTimestamp)(e2, t22), _extract_variadic_args = Module._extract_variadic_args = (e2, t22, r6, a10, o7, _3) => (_extract_variadic_args = Module._extract_variadic_args = wasmExports.extract_variadic_args)(e2, t22, r6, a10, o7, _3), _pushJsonbValue = Module._pushJsonbValue = (e2, t22, r6) => (_pushJsonbValue = Module._pushJsonbValue = wasmExports.pushJsonbValue)(e2, t22, r6), _numeric_int2 = Module._numeric_int2 = (e2) => (_numeric_int2 = Module._numeric_int2 = wasmExports.numeric_int2)(e2), _numeric_float4 = Module._numeric_float4 = (e2) => (_numeric_float4 = Module._numeric_float4 = wasmExports.numeric_float4)(e2), _numeric_normalize = Module._numeric_normalize = (e2) => (_numeric_normalize = Module._numeric_normalize = wasmExports.numeric_normalize)(e2), _numeric_cmp = Module._numeric_cmp = (e2) => (_numeric_cmp = Module._numeric_cmp = wasmExports.numeric_cmp)(e2), _numeric_eq = Module._numeric_eq = (e2) => (_numeric_eq = Module._numeric_eq = wasmExports.numeric_eq)(e2), _hash_numeric = Module._hash_numeric = (e2) => (_hash_numeric = Module._hash_numeric = wasmExports.hash_numeric)(e2), _hash_numeric_extended = Module._hash_numeric_extended = (e2) => (_hash_numeric_extended = Module._hash_numeric_extended = wasmExports.hash_numeric_extended)(e2), _int2_numeric = Module._int2_numeric = (e2) => (_int2_numeric = Module._int2_numeric = wasmExports.int2_numeric)(e2), _int4_numeric = Module._int4_numeric = (e2) => (_int4_numeric = Module._int4_numeric = wasmExports.int4_numeric)(e2), _int8_numeric = Module._int8_numeric = (e2) => (_int8_numeric = Module._int8_numeric = wasmExports.int8_numeric)(e2), _float4_numeric = Module._float4_numeric = (e2) => (_float4_numeric = Module._float4_numeric = wasmExports.float4_numeric)(e2), _float8_numeric = Module._float8_numeric = (e2) => (_float8_numeric = Module._float8_numeric = wasmExports.float8_numeric)(e2), _numeric_uminus = Module._numeric_uminus = (e2) => (_numeric_uminus = Module._numeric_uminus = wasmExports.numeric_uminus)(e2), _numeric_is_nan = Module._numeric_is_nan = (e2) => (_numeric_is_nan = Module._numeric_is_nan = wasmExports.numeric_is_nan)(e2), _numeric_ceil = Module._numeric_ceil = (e2) => (_numeric_ceil = Module._numeric_ceil = wasmExports.numeric_ceil)(e2), _numeric_floor = Module._numeric_floor = (e2) => (_numeric_floor = Module._numeric_floor = wasmExports.numeric_floor)(e2), _timestamp_cmp = Module._timestamp_cmp = (e2) => (_timestamp_cmp = Module._timestamp_cmp = wasmExports.timestamp_cmp)(e2), _macaddr_cmp = Module._macaddr_cmp = (e2) => (_macaddr_cmp = Module._macaddr_cmp = wasmExports.macaddr_cmp)(e2), _macaddr_lt = Module._macaddr_lt = (e2) => (_macaddr_lt = Module._macaddr_lt = wasmExports.macaddr_lt)(e2), _macaddr_le = Module._macaddr_le = (e2) => (_macaddr_le = Module._macaddr_le = wasmExports.macaddr_le)(e2), _macaddr_eq = Module._macaddr_eq = (e2) => (_macaddr_eq = Module._macaddr_eq = wasmExports.macaddr_eq)(e2), _macaddr_ge = Module._macaddr_ge = (e2) => (_macaddr_ge = Module._macaddr_ge = wasmExports.macaddr_ge)(e2), _macaddr_gt = Module._macaddr_gt = (e2) => (_macaddr_gt = Module._macaddr_gt = wasmExports.macaddr_gt)(e2), _macaddr8_cmp = Module._macaddr8_cmp = (e2) => (_macaddr8_cmp = Module._macaddr8_cmp = wasmExports.macaddr8_cmp)(e2), _macaddr8_lt = Module._macaddr8_lt = (e2) => (_macaddr8_lt = Module._macaddr8_lt = wasmExports.macaddr8_lt)(e2), _macaddr8_le = Module._macaddr8_le = (e2) => (_macaddr8_le = Module._macaddr8_le = wasmExports.macaddr8_le)(e2), _macaddr8_eq = Module._macaddr8_eq = (e2) => (_macaddr8_eq = Module._macaddr8_eq = wasmExports.macaddr8_eq)(e2), _macaddr8_ge = Module._macaddr8_ge = (e2) => (_macaddr8_ge = Module._macaddr8_ge = wasmExports.macaddr8_ge)(e2), _macaddr8_gt = Module._macaddr8_gt = (e2) => (_macaddr8_gt = Module._macaddr8_gt = wasmExports.macaddr8_gt)(e2), _current_query = Module._current_query = (e2) => (_current_query = Module._current_query = wasmExports.current_query)(e2), _get_fn_expr_arg_stable = Module._get_fn_expr_arg_stable = (e2, t22) => (_get_fn_expr_arg_stable = Module._get_fn_expr_arg_stable = wasmExports.get_fn_expr_arg_stable)(e2, t22), _unpack_sql_state = Module._unpack_sql_state = (e2) => (_unpack_sql_state = Module._unpack_sql_state = wasmExports.unpack_sql_state)(e2), _get_fn_expr_rettype = Module._get_fn_expr_rettype = (e2) => (_get_fn_expr_rettype = Module._get_fn_expr_rettype = wasmExports.get_fn_expr_rettype)(e2), _btnamecmp = Module._btnamecmp = (e2) => (_btnamecmp = Module._btnamecmp = wasmExports.btnamecmp)(e2), _inet_in = Module._inet_in = (e2) => (_inet_in = Module._inet_in = wasmExports.inet_in)(e2), _network_cmp = Module._network_cmp = (e2) => (_network_cmp = Module._network_cmp = wasmExports.network_cmp)(e2), _convert_network_to_scalar = Module._convert_network_to_scalar = (e2, t22, r6) => (_convert_network_to_scalar = Module._convert_network_to_scalar = wasmExports.convert_network_to_scalar)(e2, t22, r6), _numeric_sign = Module._numeric_sign = (e2) => (_numeric_sign = Module._numeric_sign = wasmExports.numeric_sign)(e2), _numeric_gt = Module._numeric_gt = (e2) => (_numeric_gt = Module._numeric_gt = wasmExports.numeric_gt)(e2), _numeric_le = Module._numeric_le = (e2) => (_numeric_le = Module._numeric_le = wasmExports.numeric_le)(e2), _numeric_mod = Module._numeric_mod = (e2) => (_numeric_mod = Module._numeric_mod = wasmExports.numeric_mod)(e2), _numeric_sqrt = Module._numeric_sqrt = (e2) => (_numeric_sqrt = Module._numeric_sqrt = wasmExports.numeric_sqrt)(e2), ___divti3 = Module.___divti3 = (e2, t22, r6, a10, o7) => (___divti3 = Module.___divti3 = wasmExports.__divti3)(e2, t22, r6, a10, o7), _numeric_exp = Module._numeric_exp = (e2) => (_numeric_exp = Module._numeric_exp = wasmExports.numeric_exp)(e2), _numeric_ln = Module._numeric_ln = (e2) => (_numeric_ln = Module._numeric_ln = wasmExports.numeric_ln)(e2), _numeric_log = Module._numeric_log = (e2) => (_numeric_log = Module._numeric_log = wasmExports.numeric_log)(e2), _numeric_float8_no_overflow = Module._numeric_float8_no_overflow = (e2) => (_numeric_float8_no_overflow = Module._numeric_float8_no_overflow = wasmExports.numeric_float8_no_overflow)(e2), _pg_strtoint64 = Module._pg_strtoint64 = (e2) => (_pg_strtoint64 = Module._pg_strtoint64 = wasmExports.pg_strtoint64)(e2), _oidout = Module._oidout = (e2) => (_oidout = Module._oidout = wasmExports.oidout)(e2), _btrim1 = Module._btrim1 = (e2) => (_btrim1 = Module._btrim1 = wasmExports.btrim1)(e2), _ltrim1 = Module._ltrim1 = (e2) => (_ltrim1 = Module._ltrim1 = wasmExports.ltrim1)(e2), _rtrim1 = Module._rtrim1 = (e2) => (_rtrim1 = Module._rtrim1 = wasmExports.rtrim1)(e2), _tuplesort_skiptuples = Module._tuplesort_skiptuples = (e2, t22, r6) => (_tuplesort_skiptuples = Module._tuplesort_skiptuples = wasmExports.tuplesort_skiptuples)(e2, t22, r6), _interval_mi = Module._interval_mi = (e2) => (_interval_mi = Module._interval_mi = wasmExports.interval_mi)(e2), _setlocale = Module._setlocale = (e2, t22) => (_setlocale = Module._setlocale = wasmExports.setlocale)(e2, t22), _localeconv = Module._localeconv = () => (_localeconv = Module._localeconv = wasmExports.localeconv)(), _localtime = Module._localtime = (e2) => (_localtime = Module._localtime = wasmExports.localtime)(e2), _strftime = Module._strftime = (e2, t22, r6, a10) => (_strftime = Module._strftime = wasmExports.strftime)(e2, t22, r6, a10), _newlocale = Module._newlocale = (e2, t22, r6) => (_newlocale = Module._newlocale = wasmExports.newlocale)(e2, t22, r6), _strcoll_l = Module._strcoll_l = (e2, t22, r6) => (_strcoll_l = Module._strcoll_l = wasmExports.strcoll_l)(e2, t22, r6), _uselocale = Module._uselocale = (e2) => (_uselocale = Module._uselocale = wasmExports.uselocale)(e2), _drandom = Module._drandom = (e2) => (_drandom = Module._drandom = wasmExports.drandom)(e2), _quote_ident = Module._quote_ident = (e2) => (_quote_ident = Module._quote_ident = wasmExports.quote_ident)(e2), _textregexeq = Module._textregexeq = (e2) => (_textregexeq = Module._textregexeq = wasmExports.textregexeq)(e2), _text_substr = Module._text_substr = (e2) => (_text_substr = Module._text_substr = wasmExports.text_substr)(e2), _pg_wchar2mb_with_len = Module._pg_wchar2mb_with_len = (e2, t22, r6) => (_pg_wchar2mb_with_len = Module._pg_wchar2mb_with_len = wasmExports.pg_wchar2mb_with_len)(e2, t22, r6), _regexp_split_to_array = Module._regexp_split_to_array = (e2) => (_regexp_split_to_array = Module._regexp_split_to_array = wasmExports.regexp_split_to_array)(e2), _regclassin = Module._regclassin = (e2) => (_regclassin = Module._regclassin = wasmExports.regclassin)(e2), _regtypeout = Module._regtypeout = (e2) => (_regtypeout = Module._regtypeout = wasmExports.regtypeout)(e2), _regconfigout = Module._regconfigout = (e2) => (_regconfigout = Module._regconfigout = wasmExports.regconfigout)(e2), _pg_get_indexdef_columns_extended = Module._pg_get_indexdef_columns_extended = (e2, t22) => (_pg_get_indexdef_columns_extended = Module._pg_get_indexdef_columns_extended = wasmExports.pg_get_indexdef_columns_extended)(e2, t22), _pg_get_querydef = Module._pg_get_querydef = (e2, t22) => (_pg_get_querydef = Module._pg_get_querydef = wasmExports.pg_get_querydef)(e2, t22), _strcspn = Module._strcspn = (e2, t22) => (_strcspn = Module._strcspn = wasmExports.strcspn)(e2, t22), _generic_restriction_selectivity = Module._generic_restriction_selectivity = (e2, t22, r6, a10, o7, _3) => (_generic_restriction_selectivity = Module._generic_restriction_selectivity = wasmExports.generic_restriction_selectivity)(e2, t22, r6, a10, o7, _3), _genericcostestimate = Module._genericcostestimate = (e2, t22, r6, a10) => (_genericcostestimate = Module._genericcostestimate = wasmExports.genericcostestimate)(e2, t22, r6, a10), _tidin = Module._tidin = (e2) => (_tidin = Module._tidin = wasmExports.tidin)(e2), _tidout = Module._tidout = (e2) => (_tidout = Module._tidout = wasmExports.tidout)(e2), _timestamp_in = Module._timestamp_in = (e2) => (_timestamp_in = Module._timestamp_in = wasmExports.timestamp_in)(e2), _timestamp_eq = Module._timestamp_eq = (e2) => (_timestamp_eq = Module._timestamp_eq = wasmExports.timestamp_eq)(e2), _timestamp_lt = Module._timestamp_lt = (e2) => (_timestamp_lt = Module._timestamp_lt = wasmExports.timestamp_lt)(e2), _timestamp_gt = Module._timestamp_gt = (e2) => (_timestamp_gt = Module._timestamp_gt = wasmExports.timestamp_gt)(e2), _timestamp_le = Module._timestamp_le = (e2) => (_timestamp_le = Module._timestamp_le = wasmExports.timestamp_le)(e2), _timestamp_ge = Module._timestamp_ge = (e2) => (_timestamp_ge = Module._timestamp_ge = wasmExports.timestamp_ge)(e2), _interval_eq = Module._interval_eq = (e2) => (_interval_eq = Module._interval_eq = wasmExports.interval_eq)(e2), _interval_lt = Module._interval_lt = (e2) => (_interval_lt = Module._interval_lt = wasmExports.interval_lt)(e2), _interval_gt = Module._interval_gt = (e2) => (_interval_gt = Module._interval_gt = wasmExports.interval_gt)(e2), _interval_le = Module._interval_le = (e2) => (_interval_le = Module._interval_le = wasmExports.interval_le)(e2), _interval_ge = Module._interval_ge = (e2) => (_interval_ge = Module._interval_ge = wasmExports.interval_ge)(e2), _interval_cmp = Module._interval_cmp = (e2) => (_interval_cmp = Module._interval_cmp = wasmExports.interval_cmp)(e2), _timestamp_mi = Module._timestamp_mi = (e2) => (_timestamp_mi = Module._timestamp_mi = wasmExports.timestamp_mi)(e2), _interval_um = Module._interval_um = (e2) => (_interval_um = Module._interval_um = wasmExports.interval_um)(e2), _has_fn_opclass_options = Module._has_fn_opclass_options = (e2) => (_has_fn_opclass_options = Module._has_fn_opclass_options = wasmExports.has_fn_opclass_options)(e2), _uuid_in = Module._uuid_in = (e2) => (_uuid_in = Module._uuid_in = wasmExports.uuid_in)(e2), _uuid_out = Module._uuid_out = (e2) => (_uuid_out = Module._uuid_out = wasmExports.uuid_out)(e2), _uuid_cmp = Module._uuid_cmp = (e2) => (_uuid_cmp = Module._uuid_cmp = wasmExports.uuid_cmp)(e2), _gen_random_uuid = Module._gen_random_uuid = (e2) => (_gen_random_uuid = Module._gen_random_uuid = wasmExports.gen_random_uuid)(e2), _varbit_in = Module._varbit_in = (e2) => (_varbit_in = Module._varbit_in = wasmExports.varbit_in)(e2), _biteq = Module._biteq = (e2) => (_biteq = Module._biteq = wasmExports.biteq)(e2), _bitlt = Module._bitlt = (e2) => (_bitlt = Module._bitlt = wasmExports.bitlt)(e2), _bitle = Module._bitle = (e2) => (_bitle = Module._bitle = wasmExports.bitle)(e2), _bitgt = Module._bitgt = (e2) => (_bitgt = Module._bitgt = wasmExports.bitgt)(e2), _bitge = Module._bitge = (e2) => (_bitge = Module._bitge = wasmExports.bitge)(e2), _bitcmp = Module._bitcmp = (e2) => (_bitcmp = Module._bitcmp = wasmExports.bitcmp)(e2), _bpchareq = Module._bpchareq = (e2) => (_bpchareq = Module._bpchareq = wasmExports.bpchareq)(e2), _bpcharlt = Module._bpcharlt = (e2) => (_bpcharlt = Module._bpcharlt = wasmExports.bpcharlt)(e2), _bpcharle = Module._bpcharle = (e2) => (_bpcharle = Module._bpcharle = wasmExports.bpcharle)(e2), _bpchargt = Module._bpchargt = (e2) => (_bpchargt = Module._bpchargt = wasmExports.bpchargt)(e2), _bpcharge = Module._bpcharge = (e2) => (_bpcharge = Module._bpcharge = wasmExports.bpcharge)(e2), _bpcharcmp = Module._bpcharcmp = (e2) => (_bpcharcmp = Module._bpcharcmp = wasmExports.bpcharcmp)(e2), _pg_detoast_datum_slice = Module._pg_detoast_datum_slice = (e2, t22, r6) => (_pg_detoast_datum_slice = Module._pg_detoast_datum_slice = wasmExports.pg_detoast_datum_slice)(e2, t22, r6), _text_substr_no_len = Module._text_substr_no_len = (e2) => (_text_substr_no_len = Module._text_substr_no_len = wasmExports.text_substr_no_len)(e2), _texteq = Module._texteq = (e2) => (_texteq = Module._texteq = wasmExports.texteq)(e2), _text_lt = Module._text_lt = (e2) => (_text_lt = Module._text_lt = wasmExports.text_lt)(e2), _text_le = Module._text_le = (e2) => (_text_le = Module._text_le = wasmExports.text_le)(e2), _text_gt = Module._text_gt = (e2) => (_text_gt = Module._text_gt = wasmExports.text_gt)(e2), _text_ge = Module._text_ge = (e2) => (_text_ge = Module._text_ge = wasmExports.text_ge)(e2), _bttextcmp = Module._bttextcmp = (e2) => (_bttextcmp = Module._bttextcmp = wasmExports.bttextcmp)(e2), _byteaeq = Module._byteaeq = (e2) => (_byteaeq = Module._byteaeq = wasmExports.byteaeq)(e2), _bytealt = Module._bytealt = (e2) => (_bytealt = Module._bytealt = wasmExports.bytealt)(e2), _byteale = Module._byteale = (e2) => (_byteale = Module._byteale = wasmExports.byteale)(e2), _byteagt = Module._byteagt = (e2) => (_byteagt = Module._byteagt = wasmExports.byteagt)(e2), _byteage = Module._byteage = (e2) => (_byteage = Module._byteage = wasmExports.byteage)(e2), _byteacmp = Module._byteacmp = (e2) => (_byteacmp = Module._byteacmp = wasmExports.byteacmp)(e2), _to_hex32 = Module._to_hex32 = (e2) => (_to_hex32 = Module._to_hex32 = wasmExports.to_hex32)(e2), _text_left = Module._text_left = (e2) => (_text_left = Module._text_left = wasmExports.text_left)(e2), _text_right = Module._text_right = (e2) => (_text_right = Module._text_right = wasmExports.text_right)(e2), _text_reverse = Module._text_reverse = (e2) => (_text_reverse = Module._text_reverse = wasmExports.text_reverse)(e2), _varstr_levenshtein = Module._varstr_levenshtein = (e2, t22, r6, a10, o7, _3, s2, n3) => (_varstr_levenshtein = Module._varstr_levenshtein = wasmExports.varstr_levenshtein)(e2, t22, r6, a10, o7, _3, s2, n3), _pg_utf_mblen_private = Module._pg_utf_mblen_private = (e2) => (_pg_utf_mblen_private = Module._pg_utf_mblen_private = wasmExports.pg_utf_mblen_private)(e2), _pg_xml_init = Module._pg_xml_init = (e2) => (_pg_xml_init = Module._pg_xml_init = wasmExports.pg_xml_init)(e2), _xml_ereport = Module._xml_ereport = (e2, t22, r6, a10) => (_xml_ereport = Module._xml_ereport = wasmExports.xml_ereport)(e2, t22, r6, a10), _pg_xml_done = Module._pg_xml_done = (e2, t22) => (_pg_xml_done = Module._pg_xml_done = wasmExports.pg_xml_done)(e2, t22), _pg_do_encoding_conversion = Module._pg_do_encoding_conversion = (e2, t22, r6, a10) => (_pg_do_encoding_conversion = Module._pg_do_encoding_conversion = wasmExports.pg_do_encoding_conversion)(e2, t22, r6, a10), _CreateCacheMemoryContext = Module._CreateCacheMemoryContext = () => (_CreateCacheMemoryContext = Module._CreateCacheMemoryContext = wasmExports.CreateCacheMemoryContext)(), _get_typsubscript = Module._get_typsubscript = (e2, t22) => (_get_typsubscript = Module._get_typsubscript = wasmExports.get_typsubscript)(e2, t22), _CachedPlanAllowsSimpleValidityCheck = Module._CachedPlanAllowsSimpleValidityCheck = (e2, t22, r6) => (_CachedPlanAllowsSimpleValidityCheck = Module._CachedPlanAllowsSimpleValidityCheck = wasmExports.CachedPlanAllowsSimpleValidityCheck)(e2, t22, r6), _CachedPlanIsSimplyValid = Module._CachedPlanIsSimplyValid = (e2, t22, r6) => (_CachedPlanIsSimplyValid = Module._CachedPlanIsSimplyValid = wasmExports.CachedPlanIsSimplyValid)(e2, t22, r6), _GetCachedExpression = Module._GetCachedExpression = (e2) => (_GetCachedExpression = Module._GetCachedExpression = wasmExports.GetCachedExpression)(e2), _FreeCachedExpression = Module._FreeCachedExpression = (e2) => (_FreeCachedExpression = Module._FreeCachedExpression = wasmExports.FreeCachedExpression)(e2), _ReleaseAllPlanCacheRefsInOwner = Module._ReleaseAllPlanCacheRefsInOwner = (e2) => (_ReleaseAllPlanCacheRefsInOwner = Module._ReleaseAllPlanCacheRefsInOwner = wasmExports.ReleaseAllPlanCacheRefsInOwner)(e2), _abort = Module._abort = () => (_abort = Module._abort = wasmExports.abort)(), _in_error_recursion_trouble = Module._in_error_recursion_trouble = () => (_in_error_recursion_trouble = Module._in_error_recursion_trouble = wasmExports.in_error_recursion_trouble)(), _pg_vfprintf = Module._pg_vfprintf = (e2, t22, r6) => (_pg_vfprintf = Module._pg_vfprintf = wasmExports.pg_vfprintf)(e2, t22, r6), _pgl_longjmp = Module._pgl_longjmp = (e2, t22) => (_pgl_longjmp = Module._pgl_longjmp = wasmExports.pgl_longjmp)(e2, t22), _GetErrorContextStack = Module._GetErrorContextStack = () => (_GetErrorContextStack = Module._GetErrorContextStack = wasmExports.GetErrorContextStack)(), _dlsym = Module._dlsym = (e2, t22) => (_dlsym = Module._dlsym = wasmExports.dlsym)(e2, t22), _dlopen = Module._dlopen = (e2, t22) => (_dlopen = Module._dlopen = wasmExports.dlopen)(e2, t22), _dlerror = Module._dlerror = () => (_dlerror = Module._dlerror = wasmExports.dlerror)(), _dlclose = Module._dlclose = (e2) => (_dlclose = Module._dlclose = wasmExports.dlclose)(e2), _find_rendezvous_variable = Module._find_rendezvous_variable = (e2) => (_find_rendezvous_variable = Module._find_rendezvous_variable = wasmExports.find_rendezvous_variable)(e2), _CallerFInfoFunctionCall1 = Module._CallerFInfoFunctionCall1 = (e2, t22, r6, a10) => (_CallerFInfoFunctionCall1 = Module._CallerFInfoFunctionCall1 = wasmExports.CallerFInfoFunctionCall1)(e2, t22, r6, a10), _CallerFInfoFunctionCall2 = Module._CallerFInfoFunctionCall2 = (e2, t22, r6, a10, o7) => (_CallerFInfoFunctionCall2 = Module._CallerFInfoFunctionCall2 = wasmExports.CallerFInfoFunctionCall2)(e2, t22, r6, a10, o7), _FunctionCall0Coll = Module._FunctionCall0Coll = (e2, t22) => (_FunctionCall0Coll = Module._FunctionCall0Coll = wasmExports.FunctionCall0Coll)(e2, t22), _resolve_polymorphic_argtypes = Module._resolve_polymorphic_argtypes = (e2, t22, r6, a10) => (_resolve_polymorphic_argtypes = Module._resolve_polymorphic_argtypes = wasmExports.resolve_polymorphic_argtypes)(e2, t22, r6, a10), _RelationNameGetTupleDesc = Module._RelationNameGetTupleDesc = (e2) => (_RelationNameGetTupleDesc = Module._RelationNameGetTupleDesc = wasmExports.RelationNameGetTupleDesc)(e2), _hash_freeze = Module._hash_freeze = (e2) => (_hash_freeze = Module._hash_freeze = wasmExports.hash_freeze)(e2), _chdir = Module._chdir = (e2) => (_chdir = Module._chdir = wasmExports.chdir)(e2), _pg_bindtextdomain = Module._pg_bindtextdomain = (e2) => (_pg_bindtextdomain = Module._pg_bindtextdomain = wasmExports.pg_bindtextdomain)(e2), _DefineCustomBoolVariable = Module._DefineCustomBoolVariable = (e2, t22, r6, a10, o7, _3, s2, n3, l, d) => (_DefineCustomBoolVariable = Module._DefineCustomBoolVariable = wasmExports.DefineCustomBoolVariable)(e2, t22, r6, a10, o7, _3, s2, n3, l, d), _DefineCustomIntVariable = Module._DefineCustomIntVariable = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3) => (_DefineCustomIntVariable = Module._DefineCustomIntVariable = wasmExports.DefineCustomIntVariable)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3), _DefineCustomRealVariable = Module._DefineCustomRealVariable = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3) => (_DefineCustomRealVariable = Module._DefineCustomRealVariable = wasmExports.DefineCustomRealVariable)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3), _DefineCustomStringVariable = Module._DefineCustomStringVariable = (e2, t22, r6, a10, o7, _3, s2, n3, l, d) => (_DefineCustomStringVariable = Module._DefineCustomStringVariable = wasmExports.DefineCustomStringVariable)(e2, t22, r6, a10, o7, _3, s2, n3, l, d), _DefineCustomEnumVariable = Module._DefineCustomEnumVariable = (e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3) => (_DefineCustomEnumVariable = Module._DefineCustomEnumVariable = wasmExports.DefineCustomEnumVariable)(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3), _MarkGUCPrefixReserved = Module._MarkGUCPrefixReserved = (e2) => (_MarkGUCPrefixReserved = Module._MarkGUCPrefixReserved = wasmExports.MarkGUCPrefixReserved)(e2), _sampler_random_init_state = Module._sampler_random_init_state = (e2, t22) => (_sampler_random_init_state = Module._sampler_random_init_state = wasmExports.sampler_random_init_state)(e2, t22), _dsa_trim = Module._dsa_trim = (e2) => (_dsa_trim = Module._dsa_trim = wasmExports.dsa_trim)(e2), _pchomp = Module._pchomp = (e2) => (_pchomp = Module._pchomp = wasmExports.pchomp)(e2), _PinPortal = Module._PinPortal = (e2) => (_PinPortal = Module._PinPortal = wasmExports.PinPortal)(e2), _UnpinPortal = Module._UnpinPortal = (e2) => (_UnpinPortal = Module._UnpinPortal = wasmExports.UnpinPortal)(e2), ___lshrti3 = Module.___lshrti3 = (e2, t22, r6, a10) => (___lshrti3 = Module.___lshrti3 = wasmExports.__lshrti3)(e2, t22, r6, a10), _realpath = Module._realpath = (e2, t22) => (_realpath = Module._realpath = wasmExports.realpath)(e2, t22), _float_to_shortest_decimal_bufn = Module._float_to_shortest_decimal_bufn = (e2, t22) => (_float_to_shortest_decimal_bufn = Module._float_to_shortest_decimal_bufn = wasmExports.float_to_shortest_decimal_bufn)(e2, t22), _IsValidJsonNumber = Module._IsValidJsonNumber = (e2, t22) => (_IsValidJsonNumber = Module._IsValidJsonNumber = wasmExports.IsValidJsonNumber)(e2, t22), _pg_prng_uint64 = Module._pg_prng_uint64 = (e2) => (_pg_prng_uint64 = Module._pg_prng_uint64 = wasmExports.pg_prng_uint64)(e2), _getcwd = Module._getcwd = (e2, t22) => (_getcwd = Module._getcwd = wasmExports.getcwd)(e2, t22), _nanosleep = Module._nanosleep = (e2, t22) => (_nanosleep = Module._nanosleep = wasmExports.nanosleep)(e2, t22), _strchrnul = Module._strchrnul = (e2, t22) => (_strchrnul = Module._strchrnul = wasmExports.strchrnul)(e2, t22), _snprintf = Module._snprintf = (e2, t22, r6, a10) => (_snprintf = Module._snprintf = wasmExports.snprintf)(e2, t22, r6, a10), _strerror = Module._strerror = (e2) => (_strerror = Module._strerror = wasmExports.strerror)(e2), _clear_setitimer = Module._clear_setitimer = () => (_clear_setitimer = Module._clear_setitimer = wasmExports.clear_setitimer)(), _pgl_setPGliteActive = Module._pgl_setPGliteActive = (e2) => (_pgl_setPGliteActive = Module._pgl_setPGliteActive = wasmExports.pgl_setPGliteActive)(e2), _pgl_siglongjmp = Module._pgl_siglongjmp = (e2, t22) => (_pgl_siglongjmp = Module._pgl_siglongjmp = wasmExports.pgl_siglongjmp)(e2, t22), _pgl_set_system_fn = Module._pgl_set_system_fn = (e2) => (_pgl_set_system_fn = Module._pgl_set_system_fn = wasmExports.pgl_set_system_fn)(e2), _pgl_set_popen_fn = Module._pgl_set_popen_fn = (e2) => (_pgl_set_popen_fn = Module._pgl_set_popen_fn = wasmExports.pgl_set_popen_fn)(e2), _pgl_set_pclose_fn = Module._pgl_set_pclose_fn = (e2) => (_pgl_set_pclose_fn = Module._pgl_set_pclose_fn = wasmExports.pgl_set_pclose_fn)(e2), _pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = () => (_pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = wasmExports.pgl_run_atexit_funcs)(), _pgl_freopen = Module._pgl_freopen = (e2, t22, r6) => (_pgl_freopen = Module._pgl_freopen = wasmExports.pgl_freopen)(e2, t22, r6), _fiprintf = Module._fiprintf = (e2, t22, r6) => (_fiprintf = Module._fiprintf = wasmExports.fiprintf)(e2, t22, r6), _pgl_set_rw_cbs = Module._pgl_set_rw_cbs = (e2, t22) => (_pgl_set_rw_cbs = Module._pgl_set_rw_cbs = wasmExports.pgl_set_rw_cbs)(e2, t22), _vfprintf = Module._vfprintf = (e2, t22, r6) => (_vfprintf = Module._vfprintf = wasmExports.vfprintf)(e2, t22, r6), _pthread_key_create = Module._pthread_key_create = (e2, t22) => (_pthread_key_create = Module._pthread_key_create = wasmExports.pthread_key_create)(e2, t22), _pthread_getspecific = Module._pthread_getspecific = (e2) => (_pthread_getspecific = Module._pthread_getspecific = wasmExports.pthread_getspecific)(e2), _pthread_key_delete = Module._pthread_key_delete = (e2) => (_pthread_key_delete = Module._pthread_key_delete = wasmExports.pthread_key_delete)(e2), _pthread_setspecific = Module._pthread_setspecific = (e2, t22) => (_pthread_setspecific = Module._pthread_setspecific = wasmExports.pthread_setspecific)(e2, t22), _iconv_open = Module._iconv_open = (e2, t22) => (_iconv_open = Module._iconv_open = wasmExports.iconv_open)(e2, t22), _iconv_close = Module._iconv_close = (e2) => (_iconv_close = Module._iconv_close = wasmExports.iconv_close)(e2), _iconv = Module._iconv = (e2, t22, r6, a10, o7) => (_iconv = Module._iconv = wasmExports.iconv)(e2, t22, r6, a10, o7), _pthread_mutex_init = Module._pthread_mutex_init = (e2, t22) => (_pthread_mutex_init = Module._pthread_mutex_init = wasmExports.pthread_mutex_init)(e2, t22), _pthread_mutex_destroy = Module._pthread_mutex_destroy = (e2) => (_pthread_mutex_destroy = Module._pthread_mutex_destroy = wasmExports.pthread_mutex_destroy)(e2), _pthread_mutex_lock = Module._pthread_mutex_lock = (e2) => (_pthread_mutex_lock = Module._pthread_mutex_lock = wasmExports.pthread_mutex_lock)(e2), _pthread_mutex_unlock = Module._pthread_mutex_unlock = (e2) => (_pthread_mutex_unlock = Module._pthread_mutex_unlock = wasmExports.pthread_mutex_unlock)(e2), _pthread_cond_init = Module._pthread_cond_init = (e2, t22) => (_pthread_cond_init = Module._pthread_cond_init = wasmExports.pthread_cond_init)(e2, t22), _pthread_cond_destroy = Module._pthread_cond_destroy = (e2) => (_pthread_cond_destroy = Module._pthread_cond_destroy = wasmExports.pthread_cond_destroy)(e2), _pthread_self = Module._pthread_self = () => (_pthread_self = Module._pthread_self = wasmExports.pthread_self)(), _pthread_cond_wait = Module._pthread_cond_wait = (e2, t22) => (_pthread_cond_wait = Module._pthread_cond_wait = wasmExports.pthread_cond_wait)(e2, t22), _pthread_cond_signal = Module._pthread_cond_signal = (e2) => (_pthread_cond_signal = Module._pthread_cond_signal = wasmExports.pthread_cond_signal)(e2), _pthread_once = Module._pthread_once = (e2, t22) => (_pthread_once = Module._pthread_once = wasmExports.pthread_once)(e2, t22), ___cxa_atexit = Module.___cxa_atexit = (e2, t22, r6) => (___cxa_atexit = Module.___cxa_atexit = wasmExports.__cxa_atexit)(e2, t22, r6), _fputs = Module._fputs = (e2, t22) => (_fputs = Module._fputs = wasmExports.fputs)(e2, t22), _vsnprintf = Module._vsnprintf = (e2, t22, r6, a10) => (_vsnprintf = Module._vsnprintf = wasmExports.vsnprintf)(e2, t22, r6, a10), ___small_fprintf = Module.___small_fprintf = (e2, t22, r6) => (___small_fprintf = Module.___small_fprintf = wasmExports.__small_fprintf)(e2, t22, r6), ___dynamic_cast = Module.___dynamic_cast = (e2, t22, r6, a10) => (___dynamic_cast = Module.___dynamic_cast = wasmExports.__dynamic_cast)(e2, t22, r6, a10), ___cxa_pure_virtual = Module.___cxa_pure_virtual = () => (___cxa_pure_virtual = Module.___cxa_pure_virtual = wasmExports.__cxa_pure_virtual)(), _modf = Module._modf = (e2, t22) => (_modf = Module._modf = wasmExports.modf)(e2, t22), _localtime_r = Module._localtime_r = (e2, t22) => (_localtime_r = Module._localtime_r = wasmExports.localtime_r)(e2, t22), _strncat = Module._strncat = (e2, t22, r6) => (_strncat = Module._strncat = wasmExports.strncat)(e2, t22, r6), _munmap = Module._munmap = (e2, t22) => (_munmap = Module._munmap = wasmExports.munmap)(e2, t22), __ZdlPvm = Module.__ZdlPvm = (e2, t22) => (__ZdlPvm = Module.__ZdlPvm = wasmExports._ZdlPvm)(e2, t22), _sysconf = Module._sysconf = (e2) => (_sysconf = Module._sysconf = wasmExports.sysconf)(e2), ___ctype_get_mb_cur_max = Module.___ctype_get_mb_cur_max = () => (___ctype_get_mb_cur_max = Module.___ctype_get_mb_cur_max = wasmExports.__ctype_get_mb_cur_max)(), ___ctype_tolower_loc = Module.___ctype_tolower_loc = () => (___ctype_tolower_loc = Module.___ctype_tolower_loc = wasmExports.__ctype_tolower_loc)(), ___ctype_toupper_loc = Module.___ctype_toupper_loc = () => (___ctype_toupper_loc = Module.___ctype_toupper_loc = wasmExports.__ctype_toupper_loc)(), _fdopen = Module._fdopen = (e2, t22) => (_fdopen = Module._fdopen = wasmExports.fdopen)(e2, t22), _sqrt = Module._sqrt = (e2) => (_sqrt = Module._sqrt = wasmExports.sqrt)(e2), _acosl = Module._acosl = (e2, t22, r6) => (_acosl = Module._acosl = wasmExports.acosl)(e2, t22, r6), _aligned_alloc = Module._aligned_alloc = (e2, t22) => (_aligned_alloc = Module._aligned_alloc = wasmExports.aligned_alloc)(e2, t22), _atan2l = Module._atan2l = (e2, t22, r6, a10, o7) => (_atan2l = Module._atan2l = wasmExports.atan2l)(e2, t22, r6, a10, o7), ___funcs_on_exit = () => (___funcs_on_exit = wasmExports.__funcs_on_exit)(), _atexit = Module._atexit = (e2) => (_atexit = Module._atexit = wasmExports.atexit)(e2), ___cxa_finalize = Module.___cxa_finalize = (e2) => (___cxa_finalize = Module.___cxa_finalize = wasmExports.__cxa_finalize)(e2), _btowc = Module._btowc = (e2) => (_btowc = Module._btowc = wasmExports.btowc)(e2), _scalbn = Module._scalbn = (e2, t22) => (_scalbn = Module._scalbn = wasmExports.scalbn)(e2, t22), _cosl = Module._cosl = (e2, t22, r6) => (_cosl = Module._cosl = wasmExports.cosl)(e2, t22, r6), _dladdr = Module._dladdr = (e2, t22) => (_dladdr = Module._dladdr = wasmExports.dladdr)(e2, t22), ___dl_seterr = (e2, t22) => (___dl_seterr = wasmExports.__dl_seterr)(e2, t22), _duplocale = Module._duplocale = (e2) => (_duplocale = Module._duplocale = wasmExports.duplocale)(e2), _fchmod = Module._fchmod = (e2, t22) => (_fchmod = Module._fchmod = wasmExports.fchmod)(e2, t22), _fchmodat = Module._fchmodat = (e2, t22, r6, a10) => (_fchmodat = Module._fchmodat = wasmExports.fchmodat)(e2, t22, r6, a10), _fchown = Module._fchown = (e2, t22, r6) => (_fchown = Module._fchown = wasmExports.fchown)(e2, t22, r6), _fcntl = Module._fcntl = (e2, t22, r6) => (_fcntl = Module._fcntl = wasmExports.fcntl)(e2, t22, r6), _fdopendir = Module._fdopendir = (e2) => (_fdopendir = Module._fdopendir = wasmExports.fdopendir)(e2), _fmax = Module._fmax = (e2, t22) => (_fmax = Module._fmax = wasmExports.fmax)(e2, t22), _fmin = Module._fmin = (e2, t22) => (_fmin = Module._fmin = wasmExports.fmin)(e2, t22), _fputwc = Module._fputwc = (e2, t22) => (_fputwc = Module._fputwc = wasmExports.fputwc)(e2, t22), _freelocale = Module._freelocale = (e2) => (_freelocale = Module._freelocale = wasmExports.freelocale)(e2), _frexp = Module._frexp = (e2, t22) => (_frexp = Module._frexp = wasmExports.frexp)(e2, t22), _ftello = Module._ftello = (e2) => (_ftello = Module._ftello = wasmExports.ftello)(e2), _getentropy = Module._getentropy = (e2, t22) => (_getentropy = Module._getentropy = wasmExports.getentropy)(e2, t22), _geteuid = Module._geteuid = () => (_geteuid = Module._geteuid = wasmExports.geteuid)(), _getgid = Module._getgid = () => (_getgid = Module._getgid = wasmExports.getgid)(), _mbtowc = Module._mbtowc = (e2, t22, r6) => (_mbtowc = Module._mbtowc = wasmExports.mbtowc)(e2, t22, r6), _getuid = Module._getuid = () => (_getuid = Module._getuid = wasmExports.getuid)(), _getwc = Module._getwc = (e2) => (_getwc = Module._getwc = wasmExports.getwc)(e2), _gmtime = Module._gmtime = (e2) => (_gmtime = Module._gmtime = wasmExports.gmtime)(e2), _hypot = Module._hypot = (e2, t22) => (_hypot = Module._hypot = wasmExports.hypot)(e2, t22), _mbrtowc = Module._mbrtowc = (e2, t22, r6, a10) => (_mbrtowc = Module._mbrtowc = wasmExports.mbrtowc)(e2, t22, r6, a10), _ioctl = Module._ioctl = (e2, t22, r6) => (_ioctl = Module._ioctl = wasmExports.ioctl)(e2, t22, r6), _isalpha = Module._isalpha = (e2) => (_isalpha = Module._isalpha = wasmExports.isalpha)(e2), _isgraph = Module._isgraph = (e2) => (_isgraph = Module._isgraph = wasmExports.isgraph)(e2), _isspace = Module._isspace = (e2) => (_isspace = Module._isspace = wasmExports.isspace)(e2), _iswblank_l = Module._iswblank_l = (e2, t22) => (_iswblank_l = Module._iswblank_l = wasmExports.iswblank_l)(e2, t22), _iswcntrl_l = Module._iswcntrl_l = (e2, t22) => (_iswcntrl_l = Module._iswcntrl_l = wasmExports.iswcntrl_l)(e2, t22), _iswxdigit_l = Module._iswxdigit_l = (e2, t22) => (_iswxdigit_l = Module._iswxdigit_l = wasmExports.iswxdigit_l)(e2, t22), _isxdigit_l = Module._isxdigit_l = (e2, t22) => (_isxdigit_l = Module._isxdigit_l = wasmExports.isxdigit_l)(e2, t22), _pthread_cond_broadcast = Module._pthread_cond_broadcast = (e2) => (_pthread_cond_broadcast = Module._pthread_cond_broadcast = wasmExports.pthread_cond_broadcast)(e2), _pthread_atfork = Module._pthread_atfork = (e2, t22, r6) => (_pthread_atfork = Module._pthread_atfork = wasmExports.pthread_atfork)(e2, t22, r6), _pthread_mutexattr_init = Module._pthread_mutexattr_init = (e2) => (_pthread_mutexattr_init = Module._pthread_mutexattr_init = wasmExports.pthread_mutexattr_init)(e2), _pthread_mutexattr_setprotocol = Module._pthread_mutexattr_setprotocol = (e2, t22) => (_pthread_mutexattr_setprotocol = Module._pthread_mutexattr_setprotocol = wasmExports.pthread_mutexattr_setprotocol)(e2, t22), _pthread_mutexattr_settype = Module._pthread_mutexattr_settype = (e2, t22) => (_pthread_mutexattr_settype = Module._pthread_mutexattr_settype = wasmExports.pthread_mutexattr_settype)(e2, t22), _pthread_mutexattr_destroy = Module._pthread_mutexattr_destroy = (e2) => (_pthread_mutexattr_destroy = Module._pthread_mutexattr_destroy = wasmExports.pthread_mutexattr_destroy)(e2), _pthread_mutexattr_setpshared = Module._pthread_mutexattr_setpshared = (e2, t22) => (_pthread_mutexattr_setpshared = Module._pthread_mutexattr_setpshared = wasmExports.pthread_mutexattr_setpshared)(e2, t22), _pthread_mutex_trylock = Module._pthread_mutex_trylock = (e2) => (_pthread_mutex_trylock = Module._pthread_mutex_trylock = wasmExports.pthread_mutex_trylock)(e2), _pthread_create = Module._pthread_create = (e2, t22, r6, a10) => (_pthread_create = Module._pthread_create = wasmExports.pthread_create)(e2, t22, r6, a10), _pthread_join = Module._pthread_join = (e2, t22) => (_pthread_join = Module._pthread_join = wasmExports.pthread_join)(e2, t22), _pthread_cond_timedwait = Module._pthread_cond_timedwait = (e2, t22, r6) => (_pthread_cond_timedwait = Module._pthread_cond_timedwait = wasmExports.pthread_cond_timedwait)(e2, t22, r6), _pthread_detach = Module._pthread_detach = (e2) => (_pthread_detach = Module._pthread_detach = wasmExports.pthread_detach)(e2), _link = Module._link = (e2, t22) => (_link = Module._link = wasmExports.link)(e2, t22), _llround = Module._llround = (e2) => (_llround = Module._llround = wasmExports.llround)(e2), _log2 = Module._log2 = (e2) => (_log2 = Module._log2 = wasmExports.log2)(e2), _logb = Module._logb = (e2) => (_logb = Module._logb = wasmExports.logb)(e2), _lround = Module._lround = (e2) => (_lround = Module._lround = wasmExports.lround)(e2), _mbrlen = Module._mbrlen = (e2, t22, r6) => (_mbrlen = Module._mbrlen = wasmExports.mbrlen)(e2, t22, r6), _mbsnrtowcs = Module._mbsnrtowcs = (e2, t22, r6, a10, o7) => (_mbsnrtowcs = Module._mbsnrtowcs = wasmExports.mbsnrtowcs)(e2, t22, r6, a10, o7), _mbsrtowcs = Module._mbsrtowcs = (e2, t22, r6, a10) => (_mbsrtowcs = Module._mbsrtowcs = wasmExports.mbsrtowcs)(e2, t22, r6, a10), _memrchr = Module._memrchr = (e2, t22, r6) => (_memrchr = Module._memrchr = wasmExports.memrchr)(e2, t22, r6), _emscripten_builtin_memalign = (e2, t22) => (_emscripten_builtin_memalign = wasmExports.emscripten_builtin_memalign)(e2, t22), _nextafter = Module._nextafter = (e2, t22) => (_nextafter = Module._nextafter = wasmExports.nextafter)(e2, t22), _nextafterf = Module._nextafterf = (e2, t22) => (_nextafterf = Module._nextafterf = wasmExports.nextafterf)(e2, t22), _ntohs = (e2) => (_ntohs = wasmExports.ntohs)(e2), _openat = Module._openat = (e2, t22, r6, a10) => (_openat = Module._openat = wasmExports.openat)(e2, t22, r6, a10), _pathconf = Module._pathconf = (e2, t22) => (_pathconf = Module._pathconf = wasmExports.pathconf)(e2, t22), _perror = Module._perror = (e2) => (_perror = Module._perror = wasmExports.perror)(e2), _iprintf = Module._iprintf = (e2, t22) => (_iprintf = Module._iprintf = wasmExports.iprintf)(e2, t22), ___small_printf = Module.___small_printf = (e2, t22) => (___small_printf = Module.___small_printf = wasmExports.__small_printf)(e2, t22), _pthread_mutexattr_getprotocol = Module._pthread_mutexattr_getprotocol = (e2, t22) => (_pthread_mutexattr_getprotocol = Module._pthread_mutexattr_getprotocol = wasmExports.pthread_mutexattr_getprotocol)(e2, t22), _pthread_mutexattr_getpshared = Module._pthread_mutexattr_getpshared = (e2, t22) => (_pthread_mutexattr_getpshared = Module._pthread_mutexattr_getpshared = wasmExports.pthread_mutexattr_getpshared)(e2, t22), _pthread_mutexattr_getrobust = Module._pthread_mutexattr_getrobust = (e2, t22) => (_pthread_mutexattr_getrobust = Module._pthread_mutexattr_getrobust = wasmExports.pthread_mutexattr_getrobust)(e2, t22), _pthread_mutexattr_gettype = Module._pthread_mutexattr_gettype = (e2, t22) => (_pthread_mutexattr_gettype = Module._pthread_mutexattr_gettype = wasmExports.pthread_mutexattr_gettype)(e2, t22), _putchar = Module._putchar = (e2) => (_putchar = Module._putchar = wasmExports.putchar)(e2), _qsort = Module._qsort = (e2, t22, r6, a10) => (_qsort = Module._qsort = wasmExports.qsort)(e2, t22, r6, a10), _srand = Module._srand = (e2) => (_srand = Module._srand = wasmExports.srand)(e2), _rand = Module._rand = () => (_rand = Module._rand = wasmExports.rand)(), _remainder = Module._remainder = (e2, t22) => (_remainder = Module._remainder = wasmExports.remainder)(e2, t22), _remove = Module._remove = (e2) => (_remove = Module._remove = wasmExports.remove)(e2), _remquo = Module._remquo = (e2, t22, r6) => (_remquo = Module._remquo = wasmExports.remquo)(e2, t22, r6), _round = Module._round = (e2) => (_round = Module._round = wasmExports.round)(e2), _roundf = Module._roundf = (e2) => (_roundf = Module._roundf = wasmExports.roundf)(e2), __emscripten_timeout = (e2, t22) => (__emscripten_timeout = wasmExports._emscripten_timeout)(e2, t22), _sinl = Module._sinl = (e2, t22, r6) => (_sinl = Module._sinl = wasmExports.sinl)(e2, t22, r6), _siprintf = Module._siprintf = (e2, t22, r6) => (_siprintf = Module._siprintf = wasmExports.siprintf)(e2, t22, r6), _sqrtl = Module._sqrtl = (e2, t22, r6) => (_sqrtl = Module._sqrtl = wasmExports.sqrtl)(e2, t22, r6), _vsscanf = Module._vsscanf = (e2, t22, r6) => (_vsscanf = Module._vsscanf = wasmExports.vsscanf)(e2, t22, r6), _statvfs = Module._statvfs = (e2, t22) => (_statvfs = Module._statvfs = wasmExports.statvfs)(e2, t22), _strcasecmp = Module._strcasecmp = (e2, t22) => (_strcasecmp = Module._strcasecmp = wasmExports.strcasecmp)(e2, t22), _strerror_r = Module._strerror_r = (e2, t22, r6) => (_strerror_r = Module._strerror_r = wasmExports.strerror_r)(e2, t22, r6), _strftime_l = Module._strftime_l = (e2, t22, r6, a10, o7) => (_strftime_l = Module._strftime_l = wasmExports.strftime_l)(e2, t22, r6, a10, o7), _strncasecmp = Module._strncasecmp = (e2, t22, r6) => (_strncasecmp = Module._strncasecmp = wasmExports.strncasecmp)(e2, t22, r6), ___multf3 = Module.___multf3 = (e2, t22, r6, a10, o7) => (___multf3 = Module.___multf3 = wasmExports.__multf3)(e2, t22, r6, a10, o7), ___addtf3 = Module.___addtf3 = (e2, t22, r6, a10, o7) => (___addtf3 = Module.___addtf3 = wasmExports.__addtf3)(e2, t22, r6, a10, o7), ___extenddftf2 = Module.___extenddftf2 = (e2, t22) => (___extenddftf2 = Module.___extenddftf2 = wasmExports.__extenddftf2)(e2, t22), ___subtf3 = Module.___subtf3 = (e2, t22, r6, a10, o7) => (___subtf3 = Module.___subtf3 = wasmExports.__subtf3)(e2, t22, r6, a10, o7), ___divtf3 = Module.___divtf3 = (e2, t22, r6, a10, o7) => (___divtf3 = Module.___divtf3 = wasmExports.__divtf3)(e2, t22, r6, a10, o7), ___eqtf2 = Module.___eqtf2 = (e2, t22, r6, a10) => (___eqtf2 = Module.___eqtf2 = wasmExports.__eqtf2)(e2, t22, r6, a10), ___trunctfdf2 = Module.___trunctfdf2 = (e2, t22) => (___trunctfdf2 = Module.___trunctfdf2 = wasmExports.__trunctfdf2)(e2, t22), _strtold = Module._strtold = (e2, t22, r6) => (_strtold = Module._strtold = wasmExports.strtold)(e2, t22, r6), _strtof_l = Module._strtof_l = (e2, t22, r6) => (_strtof_l = Module._strtof_l = wasmExports.strtof_l)(e2, t22, r6), _strtod_l = Module._strtod_l = (e2, t22, r6) => (_strtod_l = Module._strtod_l = wasmExports.strtod_l)(e2, t22, r6), _strtold_l = Module._strtold_l = (e2, t22, r6, a10) => (_strtold_l = Module._strtold_l = wasmExports.strtold_l)(e2, t22, r6, a10), _strtoull_l = Module._strtoull_l = (e2, t22, r6, a10) => (_strtoull_l = Module._strtoull_l = wasmExports.strtoull_l)(e2, t22, r6, a10), _strtoll_l = Module._strtoll_l = (e2, t22, r6, a10) => (_strtoll_l = Module._strtoll_l = wasmExports.strtoll_l)(e2, t22, r6, a10), _strxfrm_l = Module._strxfrm_l = (e2, t22, r6, a10) => (_strxfrm_l = Module._strxfrm_l = wasmExports.strxfrm_l)(e2, t22, r6, a10), _swprintf = Module._swprintf = (e2, t22, r6, a10) => (_swprintf = Module._swprintf = wasmExports.swprintf)(e2, t22, r6, a10), _trunc = Module._trunc = (e2) => (_trunc = Module._trunc = wasmExports.trunc)(e2), _ungetc = Module._ungetc = (e2, t22) => (_ungetc = Module._ungetc = wasmExports.ungetc)(e2, t22), _ungetwc = Module._ungetwc = (e2, t22) => (_ungetwc = Module._ungetwc = wasmExports.ungetwc)(e2, t22), _unlinkat = Module._unlinkat = (e2, t22, r6) => (_unlinkat = Module._unlinkat = wasmExports.unlinkat)(e2, t22, r6), _usleep = Module._usleep = (e2) => (_usleep = Module._usleep = wasmExports.usleep)(e2), _utimensat = Module._utimensat = (e2, t22, r6, a10) => (_utimensat = Module._utimensat = wasmExports.utimensat)(e2, t22, r6, a10), _vasprintf = Module._vasprintf = (e2, t22, r6) => (_vasprintf = Module._vasprintf = wasmExports.vasprintf)(e2, t22, r6), _wcrtomb = Module._wcrtomb = (e2, t22, r6) => (_wcrtomb = Module._wcrtomb = wasmExports.wcrtomb)(e2, t22, r6), _wcslen = Module._wcslen = (e2) => (_wcslen = Module._wcslen = wasmExports.wcslen)(e2), _wcscoll_l = Module._wcscoll_l = (e2, t22, r6) => (_wcscoll_l = Module._wcscoll_l = wasmExports.wcscoll_l)(e2, t22, r6), _wcsnrtombs = Module._wcsnrtombs = (e2, t22, r6, a10, o7) => (_wcsnrtombs = Module._wcsnrtombs = wasmExports.wcsnrtombs)(e2, t22, r6, a10, o7), _wcstof = Module._wcstof = (e2, t22) => (_wcstof = Module._wcstof = wasmExports.wcstof)(e2, t22), _wcstod = Module._wcstod = (e2, t22) => (_wcstod = Module._wcstod = wasmExports.wcstod)(e2, t22), _wcstold = Module._wcstold = (e2, t22, r6) => (_wcstold = Module._wcstold = wasmExports.wcstold)(e2, t22, r6), _wcstoull = Module._wcstoull = (e2, t22, r6) => (_wcstoull = Module._wcstoull = wasmExports.wcstoull)(e2, t22, r6), _wcstoll = Module._wcstoll = (e2, t22, r6) => (_wcstoll = Module._wcstoll = wasmExports.wcstoll)(e2, t22, r6), _wcstoul = Module._wcstoul = (e2, t22, r6) => (_wcstoul = Module._wcstoul = wasmExports.wcstoul)(e2, t22, r6), _wcstol = Module._wcstol = (e2, t22, r6) => (_wcstol = Module._wcstol = wasmExports.wcstol)(e2, t22, r6), _wcsxfrm_l = Module._wcsxfrm_l = (e2, t22, r6, a10) => (_wcsxfrm_l = Module._wcsxfrm_l = wasmExports.wcsxfrm_l)(e2, t22, r6, a10), _wctob = Module._wctob = (e2) => (_wctob = Module._wctob = wasmExports.wctob)(e2), _wmemchr = Module._wmemchr = (e2, t22, r6) => (_wmemchr = Module._wmemchr = wasmExports.wmemchr)(e2, t22, r6), _wmemcmp = Module._wmemcmp = (e2, t22, r6) => (_wmemcmp = Module._wmemcmp = wasmExports.wmemcmp)(e2, t22, r6), ___lttf2 = Module.___lttf2 = (e2, t22, r6, a10) => (___lttf2 = Module.___lttf2 = wasmExports.__lttf2)(e2, t22, r6, a10), _setThrew = (e2, t22) => (_setThrew = wasmExports.setThrew)(e2, t22), __emscripten_tempret_set = (e2) => (__emscripten_tempret_set = wasmExports._emscripten_tempret_set)(e2), __emscripten_tempret_get = () => (__emscripten_tempret_get = wasmExports._emscripten_tempret_get)(), __emscripten_stack_restore = (e2) => (__emscripten_stack_restore = wasmExports._emscripten_stack_restore)(e2), __emscripten_stack_alloc = (e2) => (__emscripten_stack_alloc = wasmExports._emscripten_stack_alloc)(e2), _emscripten_stack_get_current = () => (_emscripten_stack_get_current = wasmExports.emscripten_stack_get_current)(), __Znwm = Module.__Znwm = (e2) => (__Znwm = Module.__Znwm = wasmExports._Znwm)(e2), __ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = (e2, t22, r6) => (__ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t)(e2, t22, r6), __ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = (e2, t22, r6) => (__ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t)(e2, t22, r6), __ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = (e2, t22, r6) => (__ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t)(e2, t22, r6), __ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = (e2, t22, r6) => (__ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t)(e2, t22, r6), __ZSt15get_new_handlerv = Module.__ZSt15get_new_handlerv = () => (__ZSt15get_new_handlerv = Module.__ZSt15get_new_handlerv = wasmExports._ZSt15get_new_handlerv)(), __ZdlPv = Module.__ZdlPv = (e2) => (__ZdlPv = Module.__ZdlPv = wasmExports._ZdlPv)(e2), __ZNSt13runtime_errorD2Ev = Module.__ZNSt13runtime_errorD2Ev = (e2) => (__ZNSt13runtime_errorD2Ev = Module.__ZNSt13runtime_errorD2Ev = wasmExports._ZNSt13runtime_errorD2Ev)(e2), __ZNKSt13runtime_error4whatEv = Module.__ZNKSt13runtime_error4whatEv = (e2) => (__ZNKSt13runtime_error4whatEv = Module.__ZNKSt13runtime_error4whatEv = wasmExports._ZNKSt13runtime_error4whatEv)(e2), __ZSt9terminatev = Module.__ZSt9terminatev = () => (__ZSt9terminatev = Module.__ZSt9terminatev = wasmExports._ZSt9terminatev)(), __ZNSt11logic_errorD2Ev = Module.__ZNSt11logic_errorD2Ev = (e2) => (__ZNSt11logic_errorD2Ev = Module.__ZNSt11logic_errorD2Ev = wasmExports._ZNSt11logic_errorD2Ev)(e2), ___cxa_decrement_exception_refcount = Module.___cxa_decrement_exception_refcount = (e2) => (___cxa_decrement_exception_refcount = Module.___cxa_decrement_exception_refcount = wasmExports.__cxa_decrement_exception_refcount)(e2), ___cxa_increment_exception_refcount = Module.___cxa_increment_exception_refcount = (e2) => (___cxa_increment_exception_refcount = Module.___cxa_increment_exception_refcount = wasmExports.__cxa_increment_exception_refcount)(e2), __ZNSt9exceptionD2Ev = Module.__ZNSt9exceptionD2Ev = (e2) => (__ZNSt9exceptionD2Ev = Module.__ZNSt9exceptionD2Ev = wasmExports._ZNSt9exceptionD2Ev)(e2), __ZNKSt11logic_error4whatEv = Module.__ZNKSt11logic_error4whatEv = (e2) => (__ZNKSt11logic_error4whatEv = Module.__ZNKSt11logic_error4whatEv = wasmExports._ZNKSt11logic_error4whatEv)(e2), ___cxa_bad_cast = Module.___cxa_bad_cast = () => (___cxa_bad_cast = Module.___cxa_bad_cast = wasmExports.__cxa_bad_cast)(), ___cxa_bad_typeid = Module.___cxa_bad_typeid = () => (___cxa_bad_typeid = Module.___cxa_bad_typeid = wasmExports.__cxa_bad_typeid)(), ___cxa_allocate_exception = Module.___cxa_allocate_exception = (e2) => (___cxa_allocate_exception = Module.___cxa_allocate_exception = wasmExports.__cxa_allocate_exception)(e2), ___cxa_free_exception = Module.___cxa_free_exception = (e2) => (___cxa_free_exception = Module.___cxa_free_exception = wasmExports.__cxa_free_exception)(e2), ___cxa_init_primary_exception = Module.___cxa_init_primary_exception = (e2, t22, r6) => (___cxa_init_primary_exception = Module.___cxa_init_primary_exception = wasmExports.__cxa_init_primary_exception)(e2, t22, r6), __ZNSt9type_infoD2Ev = Module.__ZNSt9type_infoD2Ev = (e2) => (__ZNSt9type_infoD2Ev = Module.__ZNSt9type_infoD2Ev = wasmExports._ZNSt9type_infoD2Ev)(e2), ___cxa_can_catch = (e2, t22, r6) => (___cxa_can_catch = wasmExports.__cxa_can_catch)(e2, t22, r6), ___cxa_get_exception_ptr = Module.___cxa_get_exception_ptr = (e2) => (___cxa_get_exception_ptr = Module.___cxa_get_exception_ptr = wasmExports.__cxa_get_exception_ptr)(e2), __ZNSt9exceptionD0Ev = Module.__ZNSt9exceptionD0Ev = (e2) => (__ZNSt9exceptionD0Ev = Module.__ZNSt9exceptionD0Ev = wasmExports._ZNSt9exceptionD0Ev)(e2), __ZNSt9exceptionD1Ev = Module.__ZNSt9exceptionD1Ev = (e2) => (__ZNSt9exceptionD1Ev = Module.__ZNSt9exceptionD1Ev = wasmExports._ZNSt9exceptionD1Ev)(e2), __ZNKSt9exception4whatEv = Module.__ZNKSt9exception4whatEv = (e2) => (__ZNKSt9exception4whatEv = Module.__ZNKSt9exception4whatEv = wasmExports._ZNKSt9exception4whatEv)(e2), __ZNSt13bad_exceptionD0Ev = Module.__ZNSt13bad_exceptionD0Ev = (e2) => (__ZNSt13bad_exceptionD0Ev = Module.__ZNSt13bad_exceptionD0Ev = wasmExports._ZNSt13bad_exceptionD0Ev)(e2), __ZNSt13bad_exceptionD1Ev = Module.__ZNSt13bad_exceptionD1Ev = (e2) => (__ZNSt13bad_exceptionD1Ev = Module.__ZNSt13bad_exceptionD1Ev = wasmExports._ZNSt13bad_exceptionD1Ev)(e2), __ZNKSt13bad_exception4whatEv = Module.__ZNKSt13bad_exception4whatEv = (e2) => (__ZNKSt13bad_exception4whatEv = Module.__ZNKSt13bad_exception4whatEv = wasmExports._ZNKSt13bad_exception4whatEv)(e2), __ZNSt9bad_allocC2Ev = Module.__ZNSt9bad_allocC2Ev = (e2) => (__ZNSt9bad_allocC2Ev = Module.__ZNSt9bad_allocC2Ev = wasmExports._ZNSt9bad_allocC2Ev)(e2), __ZNSt9bad_allocD0Ev = Module.__ZNSt9bad_allocD0Ev = (e2) => (__ZNSt9bad_allocD0Ev = Module.__ZNSt9bad_allocD0Ev = wasmExports._ZNSt9bad_allocD0Ev)(e2), __ZNSt9bad_allocD1Ev = Module.__ZNSt9bad_allocD1Ev = (e2) => (__ZNSt9bad_allocD1Ev = Module.__ZNSt9bad_allocD1Ev = wasmExports._ZNSt9bad_allocD1Ev)(e2), __ZNKSt9bad_alloc4whatEv = Module.__ZNKSt9bad_alloc4whatEv = (e2) => (__ZNKSt9bad_alloc4whatEv = Module.__ZNKSt9bad_alloc4whatEv = wasmExports._ZNKSt9bad_alloc4whatEv)(e2), __ZNSt20bad_array_new_lengthC2Ev = Module.__ZNSt20bad_array_new_lengthC2Ev = (e2) => (__ZNSt20bad_array_new_lengthC2Ev = Module.__ZNSt20bad_array_new_lengthC2Ev = wasmExports._ZNSt20bad_array_new_lengthC2Ev)(e2), __ZNSt20bad_array_new_lengthD0Ev = Module.__ZNSt20bad_array_new_lengthD0Ev = (e2) => (__ZNSt20bad_array_new_lengthD0Ev = Module.__ZNSt20bad_array_new_lengthD0Ev = wasmExports._ZNSt20bad_array_new_lengthD0Ev)(e2), __ZNSt20bad_array_new_lengthD1Ev = Module.__ZNSt20bad_array_new_lengthD1Ev = (e2) => (__ZNSt20bad_array_new_lengthD1Ev = Module.__ZNSt20bad_array_new_lengthD1Ev = wasmExports._ZNSt20bad_array_new_lengthD1Ev)(e2), __ZNKSt20bad_array_new_length4whatEv = Module.__ZNKSt20bad_array_new_length4whatEv = (e2) => (__ZNKSt20bad_array_new_length4whatEv = Module.__ZNKSt20bad_array_new_length4whatEv = wasmExports._ZNKSt20bad_array_new_length4whatEv)(e2), __ZNSt13bad_exceptionD2Ev = Module.__ZNSt13bad_exceptionD2Ev = (e2) => (__ZNSt13bad_exceptionD2Ev = Module.__ZNSt13bad_exceptionD2Ev = wasmExports._ZNSt13bad_exceptionD2Ev)(e2), __ZNSt9bad_allocC1Ev = Module.__ZNSt9bad_allocC1Ev = (e2) => (__ZNSt9bad_allocC1Ev = Module.__ZNSt9bad_allocC1Ev = wasmExports._ZNSt9bad_allocC1Ev)(e2), __ZNSt9bad_allocD2Ev = Module.__ZNSt9bad_allocD2Ev = (e2) => (__ZNSt9bad_allocD2Ev = Module.__ZNSt9bad_allocD2Ev = wasmExports._ZNSt9bad_allocD2Ev)(e2), __ZNSt20bad_array_new_lengthC1Ev = Module.__ZNSt20bad_array_new_lengthC1Ev = (e2) => (__ZNSt20bad_array_new_lengthC1Ev = Module.__ZNSt20bad_array_new_lengthC1Ev = wasmExports._ZNSt20bad_array_new_lengthC1Ev)(e2), __ZNSt20bad_array_new_lengthD2Ev = Module.__ZNSt20bad_array_new_lengthD2Ev = (e2) => (__ZNSt20bad_array_new_lengthD2Ev = Module.__ZNSt20bad_array_new_lengthD2Ev = wasmExports._ZNSt20bad_array_new_lengthD2Ev)(e2), __ZNSt11logic_errorD0Ev = Module.__ZNSt11logic_errorD0Ev = (e2) => (__ZNSt11logic_errorD0Ev = Module.__ZNSt11logic_errorD0Ev = wasmExports._ZNSt11logic_errorD0Ev)(e2), __ZNSt11logic_errorD1Ev = Module.__ZNSt11logic_errorD1Ev = (e2) => (__ZNSt11logic_errorD1Ev = Module.__ZNSt11logic_errorD1Ev = wasmExports._ZNSt11logic_errorD1Ev)(e2), __ZNSt13runtime_errorD0Ev = Module.__ZNSt13runtime_errorD0Ev = (e2) => (__ZNSt13runtime_errorD0Ev = Module.__ZNSt13runtime_errorD0Ev = wasmExports._ZNSt13runtime_errorD0Ev)(e2), __ZNSt13runtime_errorD1Ev = Module.__ZNSt13runtime_errorD1Ev = (e2) => (__ZNSt13runtime_errorD1Ev = Module.__ZNSt13runtime_errorD1Ev = wasmExports._ZNSt13runtime_errorD1Ev)(e2), __ZNSt12domain_errorD0Ev = Module.__ZNSt12domain_errorD0Ev = (e2) => (__ZNSt12domain_errorD0Ev = Module.__ZNSt12domain_errorD0Ev = wasmExports._ZNSt12domain_errorD0Ev)(e2), __ZNSt12domain_errorD1Ev = Module.__ZNSt12domain_errorD1Ev = (e2) => (__ZNSt12domain_errorD1Ev = Module.__ZNSt12domain_errorD1Ev = wasmExports._ZNSt12domain_errorD1Ev)(e2), __ZNSt16invalid_argumentD0Ev = Module.__ZNSt16invalid_argumentD0Ev = (e2) => (__ZNSt16invalid_argumentD0Ev = Module.__ZNSt16invalid_argumentD0Ev = wasmExports._ZNSt16invalid_argumentD0Ev)(e2), __ZNSt16invalid_argumentD1Ev = Module.__ZNSt16invalid_argumentD1Ev = (e2) => (__ZNSt16invalid_argumentD1Ev = Module.__ZNSt16invalid_argumentD1Ev = wasmExports._ZNSt16invalid_argumentD1Ev)(e2), __ZNSt12length_errorD0Ev = Module.__ZNSt12length_errorD0Ev = (e2) => (__ZNSt12length_errorD0Ev = Module.__ZNSt12length_errorD0Ev = wasmExports._ZNSt12length_errorD0Ev)(e2), __ZNSt12length_errorD1Ev = Module.__ZNSt12length_errorD1Ev = (e2) => (__ZNSt12length_errorD1Ev = Module.__ZNSt12length_errorD1Ev = wasmExports._ZNSt12length_errorD1Ev)(e2), __ZNSt12out_of_rangeD0Ev = Module.__ZNSt12out_of_rangeD0Ev = (e2) => (__ZNSt12out_of_rangeD0Ev = Module.__ZNSt12out_of_rangeD0Ev = wasmExports._ZNSt12out_of_rangeD0Ev)(e2), __ZNSt12out_of_rangeD1Ev = Module.__ZNSt12out_of_rangeD1Ev = (e2) => (__ZNSt12out_of_rangeD1Ev = Module.__ZNSt12out_of_rangeD1Ev = wasmExports._ZNSt12out_of_rangeD1Ev)(e2), __ZNSt11range_errorD0Ev = Module.__ZNSt11range_errorD0Ev = (e2) => (__ZNSt11range_errorD0Ev = Module.__ZNSt11range_errorD0Ev = wasmExports._ZNSt11range_errorD0Ev)(e2), __ZNSt11range_errorD1Ev = Module.__ZNSt11range_errorD1Ev = (e2) => (__ZNSt11range_errorD1Ev = Module.__ZNSt11range_errorD1Ev = wasmExports._ZNSt11range_errorD1Ev)(e2), __ZNSt14overflow_errorD0Ev = Module.__ZNSt14overflow_errorD0Ev = (e2) => (__ZNSt14overflow_errorD0Ev = Module.__ZNSt14overflow_errorD0Ev = wasmExports._ZNSt14overflow_errorD0Ev)(e2), __ZNSt14overflow_errorD1Ev = Module.__ZNSt14overflow_errorD1Ev = (e2) => (__ZNSt14overflow_errorD1Ev = Module.__ZNSt14overflow_errorD1Ev = wasmExports._ZNSt14overflow_errorD1Ev)(e2), __ZNSt15underflow_errorD0Ev = Module.__ZNSt15underflow_errorD0Ev = (e2) => (__ZNSt15underflow_errorD0Ev = Module.__ZNSt15underflow_errorD0Ev = wasmExports._ZNSt15underflow_errorD0Ev)(e2), __ZNSt15underflow_errorD1Ev = Module.__ZNSt15underflow_errorD1Ev = (e2) => (__ZNSt15underflow_errorD1Ev = Module.__ZNSt15underflow_errorD1Ev = wasmExports._ZNSt15underflow_errorD1Ev)(e2), __ZNSt12domain_errorD2Ev = Module.__ZNSt12domain_errorD2Ev = (e2) => (__ZNSt12domain_errorD2Ev = Module.__ZNSt12domain_errorD2Ev = wasmExports._ZNSt12domain_errorD2Ev)(e2), __ZNSt16invalid_argumentD2Ev = Module.__ZNSt16invalid_argumentD2Ev = (e2) => (__ZNSt16invalid_argumentD2Ev = Module.__ZNSt16invalid_argumentD2Ev = wasmExports._ZNSt16invalid_argumentD2Ev)(e2), __ZNSt12length_errorD2Ev = Module.__ZNSt12length_errorD2Ev = (e2) => (__ZNSt12length_errorD2Ev = Module.__ZNSt12length_errorD2Ev = wasmExports._ZNSt12length_errorD2Ev)(e2), __ZNSt12out_of_rangeD2Ev = Module.__ZNSt12out_of_rangeD2Ev = (e2) => (__ZNSt12out_of_rangeD2Ev = Module.__ZNSt12out_of_rangeD2Ev = wasmExports._ZNSt12out_of_rangeD2Ev)(e2), __ZNSt11range_errorD2Ev = Module.__ZNSt11range_errorD2Ev = (e2) => (__ZNSt11range_errorD2Ev = Module.__ZNSt11range_errorD2Ev = wasmExports._ZNSt11range_errorD2Ev)(e2), __ZNSt14overflow_errorD2Ev = Module.__ZNSt14overflow_errorD2Ev = (e2) => (__ZNSt14overflow_errorD2Ev = Module.__ZNSt14overflow_errorD2Ev = wasmExports._ZNSt14overflow_errorD2Ev)(e2), __ZNSt15underflow_errorD2Ev = Module.__ZNSt15underflow_errorD2Ev = (e2) => (__ZNSt15underflow_errorD2Ev = Module.__ZNSt15underflow_errorD2Ev = wasmExports._ZNSt15underflow_errorD2Ev)(e2), __ZNSt9type_infoD0Ev = Module.__ZNSt9type_infoD0Ev = (e2) => (__ZNSt9type_infoD0Ev = Module.__ZNSt9type_infoD0Ev = wasmExports._ZNSt9type_infoD0Ev)(e2), __ZNSt9type_infoD1Ev = Module.__ZNSt9type_infoD1Ev = (e2) => (__ZNSt9type_infoD1Ev = Module.__ZNSt9type_infoD1Ev = wasmExports._ZNSt9type_infoD1Ev)(e2), __ZNSt8bad_castC2Ev = Module.__ZNSt8bad_castC2Ev = (e2) => (__ZNSt8bad_castC2Ev = Module.__ZNSt8bad_castC2Ev = wasmExports._ZNSt8bad_castC2Ev)(e2), __ZNSt8bad_castD2Ev = Module.__ZNSt8bad_castD2Ev = (e2) => (__ZNSt8bad_castD2Ev = Module.__ZNSt8bad_castD2Ev = wasmExports._ZNSt8bad_castD2Ev)(e2), __ZNSt8bad_castD0Ev = Module.__ZNSt8bad_castD0Ev = (e2) => (__ZNSt8bad_castD0Ev = Module.__ZNSt8bad_castD0Ev = wasmExports._ZNSt8bad_castD0Ev)(e2), __ZNSt8bad_castD1Ev = Module.__ZNSt8bad_castD1Ev = (e2) => (__ZNSt8bad_castD1Ev = Module.__ZNSt8bad_castD1Ev = wasmExports._ZNSt8bad_castD1Ev)(e2), __ZNKSt8bad_cast4whatEv = Module.__ZNKSt8bad_cast4whatEv = (e2) => (__ZNKSt8bad_cast4whatEv = Module.__ZNKSt8bad_cast4whatEv = wasmExports._ZNKSt8bad_cast4whatEv)(e2), __ZNSt10bad_typeidC2Ev = Module.__ZNSt10bad_typeidC2Ev = (e2) => (__ZNSt10bad_typeidC2Ev = Module.__ZNSt10bad_typeidC2Ev = wasmExports._ZNSt10bad_typeidC2Ev)(e2), __ZNSt10bad_typeidD2Ev = Module.__ZNSt10bad_typeidD2Ev = (e2) => (__ZNSt10bad_typeidD2Ev = Module.__ZNSt10bad_typeidD2Ev = wasmExports._ZNSt10bad_typeidD2Ev)(e2), __ZNSt10bad_typeidD0Ev = Module.__ZNSt10bad_typeidD0Ev = (e2) => (__ZNSt10bad_typeidD0Ev = Module.__ZNSt10bad_typeidD0Ev = wasmExports._ZNSt10bad_typeidD0Ev)(e2), __ZNSt10bad_typeidD1Ev = Module.__ZNSt10bad_typeidD1Ev = (e2) => (__ZNSt10bad_typeidD1Ev = Module.__ZNSt10bad_typeidD1Ev = wasmExports._ZNSt10bad_typeidD1Ev)(e2), __ZNKSt10bad_typeid4whatEv = Module.__ZNKSt10bad_typeid4whatEv = (e2) => (__ZNKSt10bad_typeid4whatEv = Module.__ZNKSt10bad_typeid4whatEv = wasmExports._ZNKSt10bad_typeid4whatEv)(e2), __ZNSt8bad_castC1Ev = Module.__ZNSt8bad_castC1Ev = (e2) => (__ZNSt8bad_castC1Ev = Module.__ZNSt8bad_castC1Ev = wasmExports._ZNSt8bad_castC1Ev)(e2), __ZNSt10bad_typeidC1Ev = Module.__ZNSt10bad_typeidC1Ev = (e2) => (__ZNSt10bad_typeidC1Ev = Module.__ZNSt10bad_typeidC1Ev = wasmExports._ZNSt10bad_typeidC1Ev)(e2), ___wasm_apply_data_relocs = () => (___wasm_apply_data_relocs = wasmExports.__wasm_apply_data_relocs)(), _LocalBufferBlockPointers = Module._LocalBufferBlockPointers = 2784348, _BufferBlocks = Module._BufferBlocks = 2779068, _wal_level = Module._wal_level = 2574560, _CurrentMemoryContext = Module._CurrentMemoryContext = 2823792, _SnapshotAnyData = Module._SnapshotAnyData = 2661488, _debug_query_string = Module._debug_query_string = 2787952, _maintenance_work_mem = Module._maintenance_work_mem = 2608960, _CritSectionCount = Module._CritSectionCount = 2818404, _InterruptPending = Module._InterruptPending = 2818352, _ParallelWorkerNumber = Module._ParallelWorkerNumber = 2566088, _pg_number_of_ones = Module._pg_number_of_ones = 2002208, _TopMemoryContext = Module._TopMemoryContext = 2823796, _IsUnderPostmaster = Module._IsUnderPostmaster = 2818433, _MainLWLockArray = Module._MainLWLockArray = 2785956, _CurrentResourceOwner = Module._CurrentResourceOwner = 2823840, _work_mem = Module._work_mem = 2608948, _pg_global_prng_state = Module._pg_global_prng_state = 2907296, _NBuffers = Module._NBuffers = 2608968, _bsysscan = Module._bsysscan = 2763860, _CheckXidAlive = Module._CheckXidAlive = 2763856, _RecentXmin = Module._RecentXmin = 2661580, _TTSOpsHeapTuple = Module._TTSOpsHeapTuple = 2578508, _XactIsoLevel = Module._XactIsoLevel = 2574424, _pgWalUsage = Module._pgWalUsage = 2767200, _MyDatabaseId = Module._MyDatabaseId = 2818412, _pgBufferUsage = Module._pgBufferUsage = 2767072, _error_context_stack = Module._error_context_stack = 2816648, _MyLatch = Module._MyLatch = 2818544, ___THREW__ = Module.___THREW__ = 2925092, ___threwValue = Module.___threwValue = 2925096, _PG_exception_stack = Module._PG_exception_stack = 2816652, _TTSOpsVirtual = Module._TTSOpsVirtual = 2578456, _GUC_check_errdetail_string = Module._GUC_check_errdetail_string = 2822316, _MyProc = Module._MyProc = 2787772, _TransamVariables = Module._TransamVariables = 2763848, _TopTransactionContext = Module._TopTransactionContext = 2823816, _MyProcPid = Module._MyProcPid = 2818504, _RmgrTable = Module._RmgrTable = 2566144, _process_shared_preload_libraries_in_progress = Module._process_shared_preload_libraries_in_progress = 2821712, _wal_segment_size = Module._wal_segment_size = 2574580, _TopTransactionResourceOwner = Module._TopTransactionResourceOwner = 2823848, _arch_module_check_errdetail_string = Module._arch_module_check_errdetail_string = 2776856, _stdout = Module._stdout = 2758464, _stdin = Module._stdin = 2758312, _object_access_hook = Module._object_access_hook = 2765840, _InvalidObjectAddress = Module._InvalidObjectAddress = 708312, _check_function_bodies = Module._check_function_bodies = 2609126, _post_parse_analyze_hook = Module._post_parse_analyze_hook = 2765880, _ScanKeywordTokens = Module._ScanKeywordTokens = 1255056, _ScanKeywords = Module._ScanKeywords = 2711976, _None_Receiver = Module._None_Receiver = 2583308, _SPI_processed = Module._SPI_processed = 2767376, _SPI_tuptable = Module._SPI_tuptable = 2767384, _CacheMemoryContext = Module._CacheMemoryContext = 2823808, _TTSOpsMinimalTuple = Module._TTSOpsMinimalTuple = 2578560, _check_password_hook = Module._check_password_hook = 2766148, _ConfigReloadPending = Module._ConfigReloadPending = 2776828, _max_parallel_maintenance_workers = Module._max_parallel_maintenance_workers = 2608964, _DateStyle = Module._DateStyle = 2608936, _ExecutorStart_hook = Module._ExecutorStart_hook = 2767048, _ExecutorRun_hook = Module._ExecutorRun_hook = 2767052, _ExecutorFinish_hook = Module._ExecutorFinish_hook = 2767056, _ExecutorEnd_hook = Module._ExecutorEnd_hook = 2767060, _SPI_result = Module._SPI_result = 2767388, _stderr = Module._stderr = 2758160, _ClientAuthentication_hook = Module._ClientAuthentication_hook = 2767552, _MyProcPort = Module._MyProcPort = 2818532, _set_rel_pathlist_hook = Module._set_rel_pathlist_hook = 2776416, _cpu_tuple_cost = Module._cpu_tuple_cost = 2579048, _cpu_operator_cost = Module._cpu_operator_cost = 2579064, _seq_page_cost = Module._seq_page_cost = 2579032, _planner_hook = Module._planner_hook = 2776456, _QueryCancelPending = Module._QueryCancelPending = 2818356, _ShutdownRequestPending = Module._ShutdownRequestPending = 2776832, _MyStartTime = Module._MyStartTime = 2818512, _cluster_name = Module._cluster_name = 2609176, _ProcDiePending = Module._ProcDiePending = 2818360, _application_name = Module._application_name = 2822580, _row_security_policy_hook_restrictive = Module._row_security_policy_hook_restrictive = 2779060, _row_security_policy_hook_permissive = Module._row_security_policy_hook_permissive = 2779056, _BufferDescriptors = Module._BufferDescriptors = 2779064, _shmem_startup_hook = Module._shmem_startup_hook = 2785028, _ProcessUtility_hook = Module._ProcessUtility_hook = 2788160, _IntervalStyle = Module._IntervalStyle = 2818436, _extra_float_digits = Module._extra_float_digits = 2599320, _pg_crc32_table = Module._pg_crc32_table = 1670432, _shmem_request_hook = Module._shmem_request_hook = 2821716, __ZTVN10__cxxabiv120__si_class_type_infoE = Module.__ZTVN10__cxxabiv120__si_class_type_infoE = 2758996, __ZTVN10__cxxabiv117__class_type_infoE = Module.__ZTVN10__cxxabiv117__class_type_infoE = 2758956, __ZTVN10__cxxabiv121__vmi_class_type_infoE = Module.__ZTVN10__cxxabiv121__vmi_class_type_infoE = 2759048, __ZTVSt11logic_error = Module.__ZTVSt11logic_error = 2759308, __ZTVSt9exception = Module.__ZTVSt9exception = 2759224, __ZTVSt13runtime_error = Module.__ZTVSt13runtime_error = 2759328, __ZTISt13runtime_error = Module.__ZTISt13runtime_error = 2759520, __ZTISt9exception = Module.__ZTISt9exception = 2759244, __ZTISt11logic_error = Module.__ZTISt11logic_error = 2759380, __ZTISt9type_info = Module.__ZTISt9type_info = 2759652, __ZTVN10__cxxabiv116__shim_type_infoE = Module.__ZTVN10__cxxabiv116__shim_type_infoE = 2758740, __ZTVN10__cxxabiv123__fundamental_type_infoE = Module.__ZTVN10__cxxabiv123__fundamental_type_infoE = 2758768, __ZTVN10__cxxabiv119__pointer_type_infoE = Module.__ZTVN10__cxxabiv119__pointer_type_infoE = 2759128, __ZTIPKc = Module.__ZTIPKc = 2758832, __ZTVN10__cxxabiv117__array_type_infoE = Module.__ZTVN10__cxxabiv117__array_type_infoE = 2758848, __ZTVN10__cxxabiv120__function_type_infoE = Module.__ZTVN10__cxxabiv120__function_type_infoE = 2758888, __ZTVN10__cxxabiv116__enum_type_infoE = Module.__ZTVN10__cxxabiv116__enum_type_infoE = 2758916, __ZTVN10__cxxabiv117__pbase_type_infoE = Module.__ZTVN10__cxxabiv117__pbase_type_infoE = 2759100, __ZTVN10__cxxabiv129__pointer_to_member_type_infoE = Module.__ZTVN10__cxxabiv129__pointer_to_member_type_infoE = 2759156, __ZTVSt9bad_alloc = Module.__ZTVSt9bad_alloc = 2759184, __ZTVSt20bad_array_new_length = Module.__ZTVSt20bad_array_new_length = 2759204, __ZTISt9bad_alloc = Module.__ZTISt9bad_alloc = 2759284, __ZTISt20bad_array_new_length = Module.__ZTISt20bad_array_new_length = 2759296, __ZTSSt9exception = Module.__ZTSSt9exception = 2551637, __ZTVSt13bad_exception = Module.__ZTVSt13bad_exception = 2759252, __ZTISt13bad_exception = Module.__ZTISt13bad_exception = 2759272, __ZTSSt13bad_exception = Module.__ZTSSt13bad_exception = 2551650, __ZTSSt9bad_alloc = Module.__ZTSSt9bad_alloc = 2551668, __ZTSSt20bad_array_new_length = Module.__ZTSSt20bad_array_new_length = 2551681, __ZTVSt12domain_error = Module.__ZTVSt12domain_error = 2759348, __ZTISt12domain_error = Module.__ZTISt12domain_error = 2759368, __ZTSSt12domain_error = Module.__ZTSSt12domain_error = 2551706, __ZTSSt11logic_error = Module.__ZTSSt11logic_error = 2551723, __ZTVSt16invalid_argument = Module.__ZTVSt16invalid_argument = 2759392, __ZTISt16invalid_argument = Module.__ZTISt16invalid_argument = 2759412, __ZTSSt16invalid_argument = Module.__ZTSSt16invalid_argument = 2551739, __ZTVSt12length_error = Module.__ZTVSt12length_error = 2759424, __ZTISt12length_error = Module.__ZTISt12length_error = 2759444, __ZTSSt12length_error = Module.__ZTSSt12length_error = 2551760, __ZTVSt12out_of_range = Module.__ZTVSt12out_of_range = 2759456, __ZTISt12out_of_range = Module.__ZTISt12out_of_range = 2759476, __ZTSSt12out_of_range = Module.__ZTSSt12out_of_range = 2551777, __ZTVSt11range_error = Module.__ZTVSt11range_error = 2759488, __ZTISt11range_error = Module.__ZTISt11range_error = 2759508, __ZTSSt11range_error = Module.__ZTSSt11range_error = 2551794, __ZTSSt13runtime_error = Module.__ZTSSt13runtime_error = 2551810, __ZTVSt14overflow_error = Module.__ZTVSt14overflow_error = 2759532, __ZTISt14overflow_error = Module.__ZTISt14overflow_error = 2759552, __ZTSSt14overflow_error = Module.__ZTSSt14overflow_error = 2551828, __ZTVSt15underflow_error = Module.__ZTVSt15underflow_error = 2759564, __ZTISt15underflow_error = Module.__ZTISt15underflow_error = 2759584, __ZTSSt15underflow_error = Module.__ZTSSt15underflow_error = 2551847, __ZTVSt8bad_cast = Module.__ZTVSt8bad_cast = 2759596, __ZTVSt10bad_typeid = Module.__ZTVSt10bad_typeid = 2759616, __ZTISt8bad_cast = Module.__ZTISt8bad_cast = 2759660, __ZTISt10bad_typeid = Module.__ZTISt10bad_typeid = 2759672, __ZTVSt9type_info = Module.__ZTVSt9type_info = 2759636, __ZTSSt9type_info = Module.__ZTSSt9type_info = 2551867, __ZTSSt8bad_cast = Module.__ZTSSt8bad_cast = 2551880, __ZTSSt10bad_typeid = Module.__ZTSSt10bad_typeid = 2551892;
    function invoke_ii(e2, t22) {
      var r6 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22);
      } catch (a10) {
        if (stackRestore(r6), a10 !== a10 + 0) throw a10;
        _setThrew(1, 0);
      }
    }
    function invoke_vii(e2, t22, r6) {
      var a10 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiii(e2, t22, r6, a10, o7, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3);
      } catch (n3) {
        if (stackRestore(s2), n3 !== n3 + 0) throw n3;
        _setThrew(1, 0);
      }
    }
    function invoke_vi(e2, t22) {
      var r6 = stackSave();
      try {
        getWasmTableEntry(e2)(t22);
      } catch (a10) {
        if (stackRestore(r6), a10 !== a10 + 0) throw a10;
        _setThrew(1, 0);
      }
    }
    function invoke_v(e2) {
      var t22 = stackSave();
      try {
        getWasmTableEntry(e2)();
      } catch (r6) {
        if (stackRestore(t22), r6 !== r6 + 0) throw r6;
        _setThrew(1, 0);
      }
    }
    function invoke_iii(e2, t22, r6) {
      var a10 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        _setThrew(1, 0);
      }
    }
    function invoke_viii(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_jii(e2, t22, r6) {
      var a10 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_iiiii(e2, t22, r6, a10, o7) {
      var _3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_i(e2) {
      var t22 = stackSave();
      try {
        return getWasmTableEntry(e2)();
      } catch (r6) {
        if (stackRestore(t22), r6 !== r6 + 0) throw r6;
        _setThrew(1, 0);
      }
    }
    function invoke_iiii(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_ji(e2, t22) {
      var r6 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22);
      } catch (a10) {
        if (stackRestore(r6), a10 !== a10 + 0) throw a10;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_jiiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l, d) {
      var p3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l, d);
      } catch (m3) {
        if (stackRestore(p3), m3 !== m3 + 0) throw m3;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_jiiiiii(e2, t22, r6, a10, o7, _3, s2) {
      var n3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2);
      } catch (l) {
        if (stackRestore(n3), l !== l + 0) throw l;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_viiii(e2, t22, r6, a10, o7) {
      var _3 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3, g3, u2) {
      var f2 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3, g3, u2);
      } catch (c3) {
        if (stackRestore(f2), c3 !== c3 + 0) throw c3;
        _setThrew(1, 0);
      }
    }
    function invoke_vji(e2, t22, r6) {
      var a10 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        _setThrew(1, 0);
      }
    }
    function invoke_viiji(e2, t22, r6, a10, o7) {
      var _3 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiij(e2, t22, r6, a10, o7) {
      var _3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_vijiji(e2, t22, r6, a10, o7, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3);
      } catch (n3) {
        if (stackRestore(s2), n3 !== n3 + 0) throw n3;
        _setThrew(1, 0);
      }
    }
    function invoke_viji(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiji(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiii(e2, t22, r6, a10, o7, _3) {
      var s2 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3);
      } catch (n3) {
        if (stackRestore(s2), n3 !== n3 + 0) throw n3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l) {
      var d = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l);
      } catch (p3) {
        if (stackRestore(d), p3 !== p3 + 0) throw p3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiiiiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3, g3, u2, f2, c3, x3, w2) {
      var b2 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3, g3, u2, f2, c3, x3, w2);
      } catch (M2) {
        if (stackRestore(b2), M2 !== M2 + 0) throw M2;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiii(e2, t22, r6, a10, o7, _3, s2) {
      var n3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2);
      } catch (l) {
        if (stackRestore(n3), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_vj(e2, t22) {
      var r6 = stackSave();
      try {
        getWasmTableEntry(e2)(t22);
      } catch (a10) {
        if (stackRestore(r6), a10 !== a10 + 0) throw a10;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l, d) {
      var p3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l, d);
      } catch (m3) {
        if (stackRestore(p3), m3 !== m3 + 0) throw m3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l) {
      var d = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l);
      } catch (p3) {
        if (stackRestore(d), p3 !== p3 + 0) throw p3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l, d) {
      var p3 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l, d);
      } catch (m3) {
        if (stackRestore(p3), m3 !== m3 + 0) throw m3;
        _setThrew(1, 0);
      }
    }
    function invoke_vij(e2, t22, r6) {
      var a10 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiii(e2, t22, r6, a10, o7, _3, s2) {
      var n3 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2);
      } catch (l) {
        if (stackRestore(n3), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_ij(e2, t22) {
      var r6 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22);
      } catch (a10) {
        if (stackRestore(r6), a10 !== a10 + 0) throw a10;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiiii(e2, t22, r6, a10, o7, _3, s2, n3) {
      var l = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiji(e2, t22, r6, a10, o7, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3);
      } catch (n3) {
        if (stackRestore(s2), n3 !== n3 + 0) throw n3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3) {
      var l = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_iiij(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_vid(e2, t22, r6) {
      var a10 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        _setThrew(1, 0);
      }
    }
    function invoke_j(e2) {
      var t22 = stackSave();
      try {
        return getWasmTableEntry(e2)();
      } catch (r6) {
        if (stackRestore(t22), r6 !== r6 + 0) throw r6;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_ijji(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_iijj(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_jiii(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_jij(e2, t22, r6) {
      var a10 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6);
      } catch (o7) {
        if (stackRestore(a10), o7 !== o7 + 0) throw o7;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_ijiiiiii(e2, t22, r6, a10, o7, _3, s2, n3) {
      var l = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_viijii(e2, t22, r6, a10, o7, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3);
      } catch (n3) {
        if (stackRestore(s2), n3 !== n3 + 0) throw n3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiji(e2, t22, r6, a10, o7, _3, s2) {
      var n3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2);
      } catch (l) {
        if (stackRestore(n3), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_viijiiii(e2, t22, r6, a10, o7, _3, s2, n3) {
      var l = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_viij(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiij(e2, t22, r6, a10, o7) {
      var _3 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_vijjii(e2, t22, r6, a10, o7, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3);
      } catch (n3) {
        if (stackRestore(s2), n3 !== n3 + 0) throw n3;
        _setThrew(1, 0);
      }
    }
    function invoke_vjii(e2, t22, r6, a10) {
      var o7 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10);
      } catch (_3) {
        if (stackRestore(o7), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_jiiii(e2, t22, r6, a10, o7) {
      var _3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_viiiiiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3, g3) {
      var u2 = stackSave();
      try {
        getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l, d, p3, m3, g3);
      } catch (f2) {
        if (stackRestore(u2), f2 !== f2 + 0) throw f2;
        _setThrew(1, 0);
      }
    }
    function invoke_di(e2, t22) {
      var r6 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22);
      } catch (a10) {
        if (stackRestore(r6), a10 !== a10 + 0) throw a10;
        _setThrew(1, 0);
      }
    }
    function invoke_id(e2, t22) {
      var r6 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22);
      } catch (a10) {
        if (stackRestore(r6), a10 !== a10 + 0) throw a10;
        _setThrew(1, 0);
      }
    }
    function invoke_ijiiiii(e2, t22, r6, a10, o7, _3, s2) {
      var n3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2);
      } catch (l) {
        if (stackRestore(n3), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiiii(e2, t22, r6, a10, o7, _3, s2, n3, l, d, p3) {
      var m3 = stackSave();
      try {
        return getWasmTableEntry(e2)(t22, r6, a10, o7, _3, s2, n3, l, d, p3);
      } catch (g3) {
        if (stackRestore(m3), g3 !== g3 + 0) throw g3;
        _setThrew(1, 0);
      }
    }
    Module.addRunDependency = addRunDependency, Module.removeRunDependency = removeRunDependency, Module.callMain = callMain, Module.ENV = ENV, Module.addFunction = addFunction, Module.removeFunction = removeFunction, Module.setValue = setValue, Module.getValue = getValue, Module.UTF8ToString = UTF8ToString, Module.stringToNewUTF8 = stringToNewUTF8, Module.stringToUTF8OnStack = stringToUTF8OnStack, Module.FS_createPreloadedFile = FS_createPreloadedFile, Module.FS_unlink = FS_unlink, Module.FS_createPath = FS_createPath, Module.FS_createDevice = FS_createDevice, Module.FS = FS, Module.FS_createDataFile = FS_createDataFile, Module.FS_createLazyFile = FS_createLazyFile, Module.MEMFS = MEMFS, Module.PROXYFS = PROXYFS, Module.IDBFS = IDBFS;
    var calledRun;
    dependenciesFulfilled = function e2() {
      calledRun || run(), calledRun || (dependenciesFulfilled = e2);
    };
    function callMain(e2 = []) {
      var t22 = resolveGlobalSymbol("main").sym;
      if (t22) {
        e2.unshift(thisProgram);
        var r6 = e2.length, a10 = stackAlloc((r6 + 1) * 4), o7 = a10;
        e2.forEach((s2) => {
          HEAPU32[o7 >> 2] = stringToUTF8OnStack(s2), o7 += 4;
        }), HEAPU32[o7 >> 2] = 0;
        try {
          var _3 = t22(r6, a10);
          return exitJS(_3, true), _3;
        } catch (s2) {
          return handleException(s2);
        }
      }
    }
    function run(e2 = arguments_) {
      if (runDependencies > 0 || (preRun(), runDependencies > 0)) return;
      function t22() {
        calledRun || (calledRun = true, Module.calledRun = true, !ABORT && (initRuntime(), preMain(), readyPromiseResolve(Module), Module.onRuntimeInitialized?.(), shouldRunNow && callMain(e2), postRun()));
      }
      Module.setStatus ? (Module.setStatus("Running..."), setTimeout(() => {
        setTimeout(() => Module.setStatus(""), 1), t22();
      }, 1)) : t22();
    }
    if (Module.preInit) for (typeof Module.preInit == "function" && (Module.preInit = [Module.preInit]); Module.preInit.length > 0; ) Module.preInit.pop()();
    var shouldRunNow = false;
    return Module.noInitialRun && (shouldRunNow = false), run(), moduleRtn = readyPromise, moduleRtn;
  };
})();
var Xe2 = xt2;
var Ke2 = Xe2;
var se2;
var ne;
var le2;
var pe2;
var Ae2;
var Ie2;
var Re3;
var qe2;
var ce2;
var ie2;
var we2;
var me2;
var de2;
var te;
var N2;
var ue2;
var ge2;
var H2;
var re;
var $2;
var fe2;
var ve2;
var J2;
var W2;
var U2;
var ae2;
var z3;
var O2;
var Se2;
var ye2;
var be2;
var he2;
var k2;
var Qe2;
var $e2;
var Je2;
var et2;
var tt2;
var rt2;
var D2;
var at3;
var ot2;
var _t2;
var st2;
var nt2;
var q2 = class q3 extends z2 {
  constructor(r6 = {}, a10 = {}) {
    super();
    R(this, k2);
    this.POSTGRES_MAIN_LONGJMP = 100;
    R(this, se2, false);
    R(this, ne, false);
    R(this, le2, false);
    R(this, pe2, false);
    R(this, Ae2, new ee2());
    R(this, Ie2, new ee2());
    R(this, Re3, new ee2());
    R(this, qe2, new ee2());
    R(this, ce2, false);
    this.debug = 0;
    R(this, ie2);
    R(this, we2, []);
    R(this, me2, new pe());
    R(this, de2);
    R(this, te);
    R(this, N2, /* @__PURE__ */ new Map());
    R(this, ue2, /* @__PURE__ */ new Set());
    R(this, ge2, -1);
    R(this, H2, []);
    R(this, re, false);
    R(this, $2);
    R(this, fe2);
    R(this, ve2, -1);
    R(this, J2, []);
    R(this, W2, 0);
    R(this, U2, null);
    R(this, ae2, true);
    R(this, z3, new Uint8Array(0));
    R(this, O2, 0);
    R(this, Se2, -1);
    R(this, ye2, -1);
    R(this, be2, -1);
    this.externalCommandStreamFd = null;
    R(this, he2, false);
    typeof r6 == "string" ? a10 = { dataDir: r6, ...a10 } : a10 = r6, this.dataDir = a10.dataDir, a10.parsers !== void 0 && (this.parsers = { ...this.parsers, ...a10.parsers }), a10.serializers !== void 0 && (this.serializers = { ...this.serializers, ...a10.serializers }), a10?.debug !== void 0 && (this.debug = a10.debug), a10?.relaxedDurability !== void 0 && x(this, pe2, a10.relaxedDurability), x(this, ie2, a10.extensions ?? {}), this.waitReady = T(this, k2, Je2).call(this, a10 ?? {});
  }
  get ENV() {
    return this.mod?.ENV;
  }
  static async create(r6, a10) {
    let o7 = typeof r6 == "string" ? { dataDir: r6, ...a10 ?? {} } : r6 ?? {}, _3 = new q3(o7);
    return await _3.waitReady, _3;
  }
  handleExternalCmd(r6, a10) {
    if (r6.startsWith("locale -a") && a10 === "r") {
      let o7 = this.mod.stringToUTF8OnStack("/pglite/locale-a"), _3 = this.mod.stringToUTF8OnStack(a10);
      return this.mod._fopen(o7, _3);
    }
    throw new Error("Unhandled cmd");
  }
  get Module() {
    return this.mod;
  }
  get ready() {
    return h(this, se2) && !h(this, ne) && !h(this, le2);
  }
  get closed() {
    return h(this, le2);
  }
  async close() {
    await this._checkReady(), x(this, ne, true);
    for (let r6 of h(this, we2)) await r6();
    try {
      this.mod._pgl_setPGliteActive(0), await this.execProtocol(We2.end()), this.mod._pgl_run_atexit_funcs();
    } catch (r6) {
      let a10 = r6;
      a10.name === "ExitStatus" && a10.status === 0 || T(this, k2, D2).call(this, "An error occured while closing the db", r6.toString());
    } finally {
      this.mod.removeFunction(h(this, ve2)), this.mod.removeFunction(h(this, ge2));
    }
    await this.fs.closeFs(), x(this, le2, true), x(this, ne, false), x(this, se2, false), x(this, he2, false);
    try {
      this.mod._emscripten_force_exit(0);
    } catch (r6) {
      T(this, k2, D2).call(this, r6), r6.status !== 0 && T(this, k2, D2).call(this, "Error when exiting", r6.toString());
    }
  }
  async [Symbol.asyncDispose]() {
    await this.close();
  }
  async _handleBlob(r6) {
    x(this, de2, r6 ? await r6.arrayBuffer() : void 0);
  }
  async _cleanupBlob() {
    x(this, de2, void 0);
  }
  async _getWrittenBlob() {
    if (!h(this, te)) return;
    let r6 = new Blob(h(this, te));
    return x(this, te, void 0), r6;
  }
  async _checkReady() {
    if (h(this, ne)) throw new Error("PGlite is closing");
    if (h(this, le2)) throw new Error("PGlite is closed");
    h(this, se2) || await this.waitReady;
  }
  execProtocolRawSync(r6) {
    let a10 = this.mod;
    if (x(this, W2, 0), x(this, O2, 0), x(this, J2, r6), h(this, ae2) && h(this, z3).length !== q3.DEFAULT_RECV_BUF_SIZE && x(this, z3, new Uint8Array(q3.DEFAULT_RECV_BUF_SIZE)), r6[0] === 88) return new Uint8Array(0);
    if (r6[0] === 0) return T(this, k2, nt2).call(this, r6);
    let o7;
    globalThis.process?.env && (o7 = process.exitCode);
    try {
      for (; h(this, W2) < r6.length || a10._pq_buffer_remaining_data() > 0; ) try {
        a10._PostgresMainLoopOnce();
      } catch (_3) {
        _3.status === this.POSTGRES_MAIN_LONGJMP && a10._PostgresMainLongJmp();
      }
    } finally {
      a10._PostgresSendReadyForQueryIfNecessary(), a10._pgl_pq_flush(), globalThis.process?.env && (process.exitCode = o7);
    }
    return x(this, J2, []), h(this, ae2) && h(this, O2) ? new Uint8Array(h(this, z3).subarray(0, h(this, O2))) : new Uint8Array(0);
  }
  async execProtocolRaw(r6, { syncToFs: a10 = true } = {}) {
    let o7 = this.execProtocolRawSync(r6);
    return a10 && await this.syncToFs(), o7;
  }
  async execProtocolRawStream(r6, { syncToFs: a10 = true, onRawData: o7 }) {
    x(this, fe2, o7), this.execProtocolRawSync(r6), a10 && await this.syncToFs();
  }
  async execProtocol(r6, { syncToFs: a10 = true, throwOnError: o7 = true, onNotice: _3 } = {}) {
    x(this, re, o7), x(this, $2, _3), x(this, H2, []), x(this, U2, null);
    let s2 = await this.execProtocolRaw(r6, { syncToFs: a10 }), n3 = h(this, U2);
    x(this, re, false), x(this, $2, void 0), x(this, U2, null);
    let l = { messages: h(this, H2), data: s2 };
    if (x(this, H2, []), o7 && n3) throw x(this, me2, new pe()), n3;
    return l;
  }
  async execProtocolStream(r6, { syncToFs: a10, throwOnError: o7 = true, onNotice: _3 } = {}) {
    x(this, re, o7), x(this, $2, _3), x(this, H2, []), x(this, U2, null), x(this, ae2, false), await this.execProtocolRaw(r6, { syncToFs: a10 }), x(this, ae2, true);
    let s2 = h(this, U2);
    x(this, re, false), x(this, $2, void 0), x(this, U2, null);
    let n3 = h(this, H2);
    if (x(this, H2, []), o7 && s2) throw x(this, me2, new pe()), s2;
    return n3;
  }
  isInTransaction() {
    return this.mod._IsTransactionBlock() !== 0;
  }
  async syncToFs() {
    if (h(this, ce2)) return;
    x(this, ce2, true);
    let r6 = async () => {
      await h(this, qe2).runExclusive(async () => {
        x(this, ce2, false), await this.fs.syncToFs(h(this, pe2));
      });
    };
    h(this, pe2) ? r6() : await r6();
  }
  async listen(r6, a10, o7) {
    return this._runExclusiveListen(() => T(this, k2, at3).call(this, r6, a10, o7));
  }
  async unlisten(r6, a10, o7) {
    return this._runExclusiveListen(() => T(this, k2, ot2).call(this, r6, a10, o7));
  }
  onNotification(r6) {
    return h(this, ue2).add(r6), () => {
      h(this, ue2).delete(r6);
    };
  }
  offNotification(r6) {
    h(this, ue2).delete(r6);
  }
  async dumpDataDir(r6) {
    await this._checkReady();
    let a10 = this.dataDir?.split("/").pop() ?? "pgdata";
    return this.fs.dumpTar(a10, r6);
  }
  _runExclusiveQuery(r6) {
    return h(this, Ae2).runExclusive(r6);
  }
  _runExclusiveTransaction(r6) {
    return h(this, Ie2).runExclusive(r6);
  }
  async clone() {
    let r6 = await this.dumpDataDir("none");
    return q3.create({ loadDataDir: r6, extensions: h(this, ie2) });
  }
  _runExclusiveListen(r6) {
    return h(this, Re3).runExclusive(r6);
  }
  callMain(r6) {
    return this.mod.callMain(r6);
  }
  copyToFS(r6, a10, o7) {
    Me2(this.mod.FS, r6, a10, o7);
  }
};
se2 = /* @__PURE__ */ new WeakMap(), ne = /* @__PURE__ */ new WeakMap(), le2 = /* @__PURE__ */ new WeakMap(), pe2 = /* @__PURE__ */ new WeakMap(), Ae2 = /* @__PURE__ */ new WeakMap(), Ie2 = /* @__PURE__ */ new WeakMap(), Re3 = /* @__PURE__ */ new WeakMap(), qe2 = /* @__PURE__ */ new WeakMap(), ce2 = /* @__PURE__ */ new WeakMap(), ie2 = /* @__PURE__ */ new WeakMap(), we2 = /* @__PURE__ */ new WeakMap(), me2 = /* @__PURE__ */ new WeakMap(), de2 = /* @__PURE__ */ new WeakMap(), te = /* @__PURE__ */ new WeakMap(), N2 = /* @__PURE__ */ new WeakMap(), ue2 = /* @__PURE__ */ new WeakMap(), ge2 = /* @__PURE__ */ new WeakMap(), H2 = /* @__PURE__ */ new WeakMap(), re = /* @__PURE__ */ new WeakMap(), $2 = /* @__PURE__ */ new WeakMap(), fe2 = /* @__PURE__ */ new WeakMap(), ve2 = /* @__PURE__ */ new WeakMap(), J2 = /* @__PURE__ */ new WeakMap(), W2 = /* @__PURE__ */ new WeakMap(), U2 = /* @__PURE__ */ new WeakMap(), ae2 = /* @__PURE__ */ new WeakMap(), z3 = /* @__PURE__ */ new WeakMap(), O2 = /* @__PURE__ */ new WeakMap(), Se2 = /* @__PURE__ */ new WeakMap(), ye2 = /* @__PURE__ */ new WeakMap(), be2 = /* @__PURE__ */ new WeakMap(), he2 = /* @__PURE__ */ new WeakMap(), k2 = /* @__PURE__ */ new WeakSet(), Qe2 = function(r6) {
  this.debug && console.debug(r6);
}, $e2 = function(r6) {
  this.debug && console.error(r6);
}, Je2 = async function(r6) {
  let a10;
  if (globalThis.process?.env && (a10 = process.exitCode), r6.fs) this.fs = r6.fs;
  else {
    let { dataDir: u2, fsType: f2 } = We3(r6.dataDir);
    this.fs = await Ve2(u2, f2);
  }
  let o7 = {}, _3 = [], s2 = [...this.debug ? ["-d", this.debug.toString()] : []];
  r6.pgliteWasmModule || m.startArtifactDownload(new URL("./assets/@electric-sql/pglite/dist/pglite.wasm", import.meta.url)), r6.initdbWasmModule || m.startArtifactDownload(new URL("./assets/@electric-sql/pglite/dist/initdb.wasm", import.meta.url));
  let n3 = new URL("./assets/@electric-sql/pglite/dist/pglite.data", import.meta.url), l = r6.fsBundle ? r6.fsBundle.arrayBuffer() : m.getFsBundle(n3), d;
  l.then((u2) => {
    d = u2;
  });
  let p3 = new WebAssembly.Memory({ initial: r6.initialMemory ? r6.initialMemory / (64 * 1024) : 2048, maximum: 32768 }), m3 = { thisProgram: wt, WASM_PREFIX: kt, arguments: s2, noExitRuntime: true, wasmMemory: p3, stdin: () => null, print: (u2) => {
    T(this, k2, Qe2).call(this, u2);
  }, printErr: (u2) => {
    T(this, k2, $e2).call(this, u2);
  }, instantiateWasm: (u2, f2) => {
    let c3 = new URL("./assets/@electric-sql/pglite/dist/pglite.wasm", import.meta.url);
    return m.instantiateWasm(u2, c3, r6.pgliteWasmModule).then(({ instance: x3, module: w2 }) => {
      f2(x3, w2);
    }), {};
  }, getPreloadedPackage: (u2, f2) => {
    if (u2 === "pglite.data") {
      if (d.byteLength !== f2) throw new Error(`Invalid FS bundle size: ${d.byteLength} !== ${f2}`);
      return d;
    }
    throw new Error(`Unknown package: ${u2}`);
  }, preRun: [(u2) => {
    u2.onRuntimeInitialized = () => {
      T(this, k2, tt2).call(this, u2);
    };
  }, (u2) => {
    let f2 = u2.FS.makedev(64, 0), c3 = { open: (x3) => {
    }, close: (x3) => {
    }, read: (x3, w2, b2, M2, S2) => {
      let E2 = h(this, de2);
      if (!E2) throw new Error("No /dev/blob File or Blob provided to read from");
      let y3 = new Uint8Array(E2);
      if (S2 >= y3.length) return 0;
      let F3 = Math.min(y3.length - S2, M2);
      for (let A2 = 0; A2 < F3; A2++) w2[b2 + A2] = y3[S2 + A2];
      return F3;
    }, write: (x3, w2, b2, M2, S2) => (h(this, te) ?? x(this, te, []), h(this, te).push(w2.slice(b2, b2 + M2)), M2), llseek: (x3, w2, b2) => {
      let M2 = h(this, de2);
      if (!M2) throw new Error("No /dev/blob File or Blob provided to llseek");
      let S2 = w2;
      if (b2 === 1 ? S2 += x3.position : b2 === 2 && (S2 = new Uint8Array(M2).length), S2 < 0) throw new u2.FS.ErrnoError(28);
      return S2;
    } };
    u2.FS.registerDevice(f2, c3), u2.FS.mkdev("/dev/blob", f2);
  }, (u2) => {
    u2.ENV.HOME = "/home/postgres", u2.ENV.USER = "postgres", u2.ENV.LOGNAME = "postgres", u2.ENV.PGDATA = B, u2.ENV.PGUSER = r6.username ?? "postgres", u2.ENV.PGDATABASE = r6.database ?? "postgres", u2.ENV.LANG = u2.ENV.LC_COLLATE = u2.ENV.LC_CTYPE = "en_US.UTF-8", u2.ENV.TZ = "UTC", u2.ENV.PGTZ = "UTC", u2.ENV.PGCLIENTENCODING = "UTF8", u2.ENV.ICU_DATA = jr;
    for (let [f2] of Object.entries(h(this, ie2))) f2 === "postgis" && (u2.ENV.PROJ_DATA = `${kt}/share/proj`);
  }, (u2) => {
    u2.FS.chmod("/home/postgres/.pgpass", 384), u2.FS.chmod(Yr, 365), u2.FS.chmod(wt, 365);
  }] }, { emscriptenOpts: g3 } = await this.fs.init(this, m3);
  m3 = g3;
  for (let [u2, f2] of Object.entries(h(this, ie2))) if (f2 instanceof URL) o7[u2] = ze2(f2);
  else {
    let c3 = await f2.setup(this, m3);
    if (c3.emscriptenOpts && (m3 = c3.emscriptenOpts), c3.namespaceObj) {
      let x3 = this;
      x3[u2] = c3.namespaceObj;
    }
    c3.bundlePath && (o7[u2] = ze2(c3.bundlePath)), c3.init && _3.push(c3.init), c3.close && h(this, we2).push(c3.close);
  }
  if (m3.pg_extensions = o7, await l, this.mod = await Ke2(m3), await this.fs.initialSyncFs(), r6.icuDataDir && await T(this, k2, et2).call(this, r6.icuDataDir), !r6.noInitDb) {
    if (r6.loadDataDir) {
      if (this.mod.FS.analyzePath(B + "/PG_VERSION").exists) throw new Error("Database already exists, cannot load from tarball");
      T(this, k2, D2).call(this, "pglite: loading data from tarball"), await at(this.mod.FS, r6.loadDataDir, B);
    } else if (this.mod.FS.analyzePath(B + "/PG_VERSION").exists) T(this, k2, D2).call(this, "pglite: found DB, resuming");
    else {
      T(this, k2, D2).call(this, "pglite: no db in filesystem, running initdb");
      let u2 = { ...r6 };
      u2.noInitDb = true, u2.dataDir = void 0, u2.extensions = void 0, u2.loadDataDir = void 0;
      let f2 = await q2.create(u2), c3 = await At({ pg: f2, debug: r6.debug, wasmModule: r6.initdbWasmModule, args: r6.initDbStartParams });
      if (c3.exitCode !== 0 && !c3.stderr.includes("exists but is not empty")) throw new Error("INITDB failed to initialize: " + c3.stderr);
      let x3 = await f2.dumpDataDir("none");
      f2.close(), await at(this.mod.FS, x3, B), await this.syncToFs();
    }
    if (await He2(this.mod, (...u2) => T(this, k2, D2).call(this, ...u2)), r6.postgresqlconf) {
      let u2 = typeof r6.postgresqlconf == "string" ? r6.postgresqlconf : r6.postgresqlconf.join(`
`);
      Me2(this.mod.FS, `${B}/postgresql.conf`, new TextEncoder().encode(u2));
    }
    this.mod._pgl_setPGliteActive(1), T(this, k2, st2).call(this, { pgDataFolder: B, startParams: [...r6.startParams || q2.defaultStartParams, ...this.debug ? ["-d", this.debug.toString()] : []] }), T(this, k2, _t2).call(this), x(this, se2, true), r6.username && await this.exec(`SET ROLE ${r6.username};`), await this._initArrayTypes();
    for (let u2 of _3) await u2();
  }
  globalThis.process?.env && (process.exitCode = a10);
}, et2 = async function(r6) {
  T(this, k2, D2).call(this, `pglite: icuDataDir specified, removing default icu data dir at ${jr}`), m.rmdirRecursive(this.mod.FS, jr), T(this, k2, D2).call(this, `pglite: loading icu data from tarball ${r6}`), this.mod.FS.mkdirTree(jr), await at(this.mod.FS, r6, jr);
}, tt2 = function(r6) {
  x(this, Se2, r6.addFunction((a10) => (T(this, k2, D2).call(this, `Postgres tried to execute ${r6.UTF8ToString(a10)}, returning 1.`), 1), "pi")), r6._pgl_set_system_fn(h(this, Se2)), x(this, ye2, r6.addFunction((a10, o7) => {
    let _3 = r6.UTF8ToString(o7), s2 = r6.UTF8ToString(a10);
    return this.externalCommandStreamFd = this.handleExternalCmd(s2, _3), this.externalCommandStreamFd;
  }, "ppp")), r6._pgl_set_popen_fn(h(this, ye2)), x(this, be2, r6.addFunction((a10) => {
    if (a10 === this.externalCommandStreamFd) this.mod._fclose(this.externalCommandStreamFd), this.externalCommandStreamFd = null;
    else throw `Unhandled pclose ${a10}`;
    T(this, k2, D2).call(this, "pclose_fn", a10);
  }, "pi")), r6._pgl_set_pclose_fn(h(this, be2)), x(this, ge2, r6.addFunction((a10, o7) => {
    let _3;
    try {
      _3 = this.mod.HEAPU8.subarray(a10, a10 + o7);
    } catch (s2) {
      throw console.error("error", s2), s2;
    }
    if (h(this, me2).parse(_3, (s2) => {
      let n3 = T(this, k2, rt2).call(this, s2);
      n3 && h(this, H2).push(n3);
    }), h(this, ae2)) {
      let s2 = _3.slice();
      if (h(this, fe2)) try {
        h(this, fe2).call(this, s2);
      } catch (n3) {
        T(this, k2, D2).call(this, "Error in onRawData() callback", n3);
      }
      else {
        let n3 = h(this, O2) + s2.length;
        if (n3 > h(this, z3).length) {
          let l = h(this, z3).length + (h(this, z3).length >> 1) + n3;
          n3 > q2.MAX_BUFFER_SIZE && (n3 = q2.MAX_BUFFER_SIZE);
          let d = new Uint8Array(l);
          d.set(h(this, z3).subarray(0, h(this, O2))), x(this, z3, d);
        }
        h(this, z3).set(s2, h(this, O2)), x(this, O2, h(this, O2) + s2.length);
      }
    }
    return o7;
  }, "iii")), x(this, ve2, r6.addFunction((a10, o7) => {
    let _3 = h(this, J2).length - h(this, W2);
    return _3 > o7 && (_3 = o7), this.mod.HEAP8.set(h(this, J2).subarray(h(this, W2), h(this, W2) + _3), a10), x(this, W2, h(this, W2) + _3), _3;
  }, "iii")), r6._pgl_set_rw_cbs(h(this, ve2), h(this, ge2));
}, rt2 = function(r6) {
  if (!h(this, U2)) {
    if (r6 instanceof C) h(this, re) && x(this, U2, r6);
    else if (r6 instanceof Z) this.debug > 0 && console.warn(r6), h(this, $2) && h(this, $2).call(this, r6);
    else if (r6 instanceof K) {
      let a10 = h(this, N2).get(r6.channel);
      a10 && a10.forEach((o7) => {
        queueMicrotask(() => o7(r6.payload));
      }), h(this, ue2).forEach((o7) => {
        queueMicrotask(() => o7(r6.channel, r6.payload));
      });
    }
    return r6;
  }
  return null;
}, D2 = function(...r6) {
  this.debug > 0 && console.log(...r6);
}, at3 = async function(r6, a10, o7) {
  let _3 = m.toPostgresName(r6), s2 = o7 ?? this;
  h(this, N2).has(_3) || h(this, N2).set(_3, /* @__PURE__ */ new Set()), h(this, N2).get(_3).add(a10);
  try {
    await s2.exec(`LISTEN ${r6}`);
  } catch (n3) {
    throw h(this, N2).get(_3).delete(a10), h(this, N2).get(_3)?.size === 0 && h(this, N2).delete(_3), n3;
  }
  return async (n3) => {
    await this.unlisten(_3, a10, n3);
  };
}, ot2 = async function(r6, a10, o7) {
  let _3 = m.toPostgresName(r6), s2 = o7 ?? this, n3 = async () => {
    await s2.exec(`UNLISTEN ${r6}`), h(this, N2).get(_3)?.size === 0 && h(this, N2).delete(_3);
  };
  a10 ? (h(this, N2).get(_3)?.delete(a10), h(this, N2).get(_3)?.size === 0 && await n3()) : await n3();
}, _t2 = function() {
  if (h(this, he2)) throw new Error("PGlite single mode already running");
  this.mod._pgl_startPGlite(), x(this, he2, true);
}, st2 = function(r6) {
  let a10 = [...r6.startParams, "-D", r6.pgDataFolder, this.mod.ENV.PGDATABASE];
  if (this.mod.callMain(a10) !== 99) throw new Error("PGlite failed to initialize properly");
}, nt2 = function(r6) {
  x(this, W2, 0), x(this, O2, 0), x(this, J2, r6);
  let a10 = this.mod._pgl_getMyProcPort();
  if (this.mod._ProcessStartupPacket(a10, true, true) !== 0) throw new Error(`Cannot process startup packet + ${r6.toString()}`);
  return this.mod._pgl_sendConnData(), this.mod._pgl_pq_flush(), x(this, J2, []), h(this, O2) ? h(this, z3).subarray(0, h(this, O2)) : new Uint8Array(0);
}, q2.paths = { PG_ROOT: I, PGDATA: B, ICU_DATA_PATH: jr, INITDB_EXE_PATH: Yr, POSTGRES_EXE_PATH: wt }, q2.DEFAULT_RECV_BUF_SIZE = 1 * 1024 * 1024, q2.MAX_BUFFER_SIZE = Math.pow(2, 30), q2.defaultStartParams = ["--single", "-F", "-O", "-j", "-c", "search_path=public", "-c", "exit_on_error=false", "-c", "log_checkpoints=false", "-c", "max_worker_processes=0", "-c", "max_parallel_workers=0", "-c", "max_parallel_workers_per_gather=0"];
var Ye2 = q2;
u();

// node_modules/@electric-sql/pglite/dist/vector/index.js
u();
var n = async (s2, t22) => ({ emscriptenOpts: t22, bundlePath: new URL("./assets/@electric-sql/pglite/dist/vector.tar.gz", import.meta.url) });
var o3 = { name: "pgvector", setup: n };

// node_modules/@electric-sql/pglite/dist/pg_uuidv7/index.js
u();
var n2 = async (s2, t22) => ({ emscriptenOpts: t22, bundlePath: new URL("./assets/@electric-sql/pglite/dist/pg_uuidv7.tar.gz", import.meta.url) });
var a = { name: "pg_uuidv7", setup: n2 };

// node_modules/@electric-sql/pglite/dist/contrib/pgcrypto.js
u();
var t2 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/pgcrypto.tar.gz", import.meta.url) });
var i2 = { name: "pgcrypto", setup: t2 };

// node_modules/@electric-sql/pglite/dist/contrib/uuid_ossp.js
u();
var t3 = async (s2, n3) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/uuid-ossp.tar.gz", import.meta.url) });
var o4 = { name: "uuid-ossp", setup: t3 };

// node_modules/@electric-sql/pglite/dist/contrib/pg_trgm.js
u();
var t4 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/pg_trgm.tar.gz", import.meta.url) });
var p2 = { name: "pg_trgm", setup: t4 };

// node_modules/@electric-sql/pglite/dist/contrib/citext.js
u();
var t5 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/citext.tar.gz", import.meta.url) });
var a2 = { name: "citext", setup: t5 };

// node_modules/@electric-sql/pglite/dist/contrib/ltree.js
u();
var t6 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/ltree.tar.gz", import.meta.url) });
var a3 = { name: "ltree", setup: t6 };

// node_modules/@electric-sql/pglite/dist/contrib/hstore.js
u();
var t7 = async (s2, n3) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/hstore.tar.gz", import.meta.url) });
var o5 = { name: "hstore", setup: t7 };

// node_modules/@electric-sql/pglite/dist/contrib/btree_gin.js
u();
var t8 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/btree_gin.tar.gz", import.meta.url) });
var a4 = { name: "btree_gin", setup: t8 };

// node_modules/@electric-sql/pglite/dist/contrib/btree_gist.js
u();
var t9 = async (s2, n3) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/btree_gist.tar.gz", import.meta.url) });
var a5 = { name: "btree_gist", setup: t9 };

// node_modules/@electric-sql/pglite/dist/contrib/fuzzystrmatch.js
u();
var e = async (s2, n3) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/fuzzystrmatch.tar.gz", import.meta.url) });
var i3 = { name: "fuzzystrmatch", setup: e };

// node_modules/@electric-sql/pglite/dist/contrib/unaccent.js
u();
var t10 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/unaccent.tar.gz", import.meta.url) });
var c2 = { name: "unaccent", setup: t10 };

// node_modules/@electric-sql/pglite/dist/contrib/cube.js
u();
var t11 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/cube.tar.gz", import.meta.url) });
var a6 = { name: "cube", setup: t11 };

// node_modules/@electric-sql/pglite/dist/contrib/earthdistance.js
u();
var t12 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/earthdistance.tar.gz", import.meta.url) });
var r = { name: "earthdistance", setup: t12 };

// node_modules/@electric-sql/pglite/dist/contrib/intarray.js
u();
var t13 = async (n3, r6) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/intarray.tar.gz", import.meta.url) });
var i4 = { name: "intarray", setup: t13 };

// node_modules/@electric-sql/pglite/dist/contrib/tablefunc.js
u();
var t14 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/tablefunc.tar.gz", import.meta.url) });
var r2 = { name: "tablefunc", setup: t14 };

// node_modules/@electric-sql/pglite/dist/contrib/isn.js
u();
var t15 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/isn.tar.gz", import.meta.url) });
var a7 = { name: "isn", setup: t15 };

// node_modules/@electric-sql/pglite/dist/contrib/seg.js
u();
var t16 = async (s2, n3) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/seg.tar.gz", import.meta.url) });
var a8 = { name: "seg", setup: t16 };

// node_modules/@electric-sql/pglite/dist/contrib/lo.js
u();
var t17 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/lo.tar.gz", import.meta.url) });
var r3 = { name: "lo", setup: t17 };

// node_modules/@electric-sql/pglite/dist/contrib/tcn.js
u();
var t18 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/tcn.tar.gz", import.meta.url) });
var a9 = { name: "tcn", setup: t18 };

// node_modules/@electric-sql/pglite/dist/contrib/bloom.js
u();
var t19 = async (n3, s2) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/bloom.tar.gz", import.meta.url) });
var r4 = { name: "bloom", setup: t19 };

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_rows.js
u();
var t20 = async (s2, n3) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/tsm_system_rows.tar.gz", import.meta.url) });
var o6 = { name: "tsm_system_rows", setup: t20 };

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_time.js
u();
var t21 = async (s2, n3) => ({ bundlePath: new URL("./assets/@electric-sql/pglite/dist/tsm_system_time.tar.gz", import.meta.url) });
var r5 = { name: "tsm_system_time", setup: t21 };

// src/engines/pglite-worker.ts
var available = {
  vector: o3,
  pg_uuidv7: a,
  pgcrypto: i2,
  uuid_ossp: o4,
  pg_trgm: p2,
  citext: a2,
  ltree: a3,
  hstore: o5,
  btree_gin: a4,
  btree_gist: a5,
  fuzzystrmatch: i3,
  unaccent: c2,
  cube: a6,
  earthdistance: r,
  intarray: i4,
  tablefunc: r2,
  isn: a7,
  seg: a8,
  lo: r3,
  tcn: a9,
  bloom: r4,
  tsm_system_rows: o6,
  tsm_system_time: r5
};
function pick(names) {
  if (!names) return available;
  const out2 = {};
  for (const n3 of names) {
    const key = n3.replace(/-/g, "_");
    if (available[key]) out2[key] = available[key];
  }
  return out2;
}
var START_PARAMS = [...Ye2.defaultStartParams, "-c", "shared_buffers=16MB"];
var WAL_SEGMENT = /^pg_wal\/[0-9A-F]{24}$/;
var WAL_NOTE = "pgreview-wal-segment-size";
function walSegmentSize(tar, files) {
  const note = files.find(([name2]) => name2.replace(/^\/+/, "") === WAL_NOTE);
  return note ? Number(new TextDecoder().decode(tar.subarray(note[2], note[2] + note[3]))) || 0 : 0;
}
async function walCut(pg) {
  const r6 = await pg.query(
    `select pg_walfile_name(l) as segment, (pg_walfile_name_offset(l)).file_offset::int as offset,
              (select setting from pg_settings where name = 'wal_segment_size') as segment_size, current_setting('wal_block_size') as block
         from pg_current_wal_insert_lsn() l`
  ).catch(() => void 0);
  const row = r6?.rows[0];
  const segmentSize = Number(row?.segment_size);
  const block = Number(row?.block);
  if (!row || !(segmentSize > 0) || !(block > 0)) return void 0;
  return { segment: row.segment, keep: Math.min(segmentSize, Math.ceil(row.offset / block) * block), segmentSize };
}
function archived(rel, bytes, cut) {
  const name2 = rel.slice(1);
  if (!cut || !WAL_SEGMENT.test(name2) || bytes.length !== cut.segmentSize) return bytes;
  const seg = name2.slice("pg_wal/".length);
  if (seg.slice(0, 8) !== cut.segment.slice(0, 8) || seg < cut.segment) return bytes;
  return bytes.subarray(0, seg === cut.segment ? cut.keep : 0);
}
var TarMemoryFS = class extends xe2 {
  tar;
  files;
  constructor(tar, files) {
    super();
    this.tar = tar;
    this.files = files;
  }
  async initialSyncFs() {
    const FS2 = this.pg.Module.FS;
    const root = Ye2.paths.PGDATA;
    const tar = this.tar;
    this.tar = void 0;
    if (!this.files.some(([name2, type]) => type === "0" && name2.replace(/^\/+/, "") === "PG_VERSION")) throw new Error("not a PostgreSQL data directory archive (no PG_VERSION)");
    const segmentSize = walSegmentSize(tar, this.files);
    for (const [name2, type, at4, size] of this.files) {
      const rel = name2.replace(/^\/+|\/+$/g, "");
      if (rel === WAL_NOTE) continue;
      const file = `${root}/${rel}`;
      if (type === "5") {
        FS2.mkdirTree(file);
      } else if (type === "0") {
        FS2.mkdirTree(file.slice(0, file.lastIndexOf("/")));
        const cut = segmentSize && WAL_SEGMENT.test(rel) && size < segmentSize;
        const bytes = cut ? new Uint8Array(segmentSize) : tar.subarray(at4, at4 + size);
        if (cut) bytes.set(tar.subarray(at4, at4 + size));
        FS2.writeFile(file, bytes, { canOwn: true });
      }
    }
  }
};
function dataDirFiles(pg, cut) {
  const FS2 = pg.Module.FS;
  const root = Ye2.paths.PGDATA;
  const found = [];
  const walk = (dir) => {
    for (const name2 of FS2.readdir(root + dir)) {
      if (name2 === "." || name2 === "..") continue;
      const rel = `${dir}/${name2}`;
      const { mode } = FS2.stat(root + rel);
      if (FS2.isDir(mode)) {
        found.push([rel, "5", mode & 4095, new Uint8Array(0)]);
        walk(rel);
      } else if (FS2.isFile(mode)) {
        const node = FS2.lookupPath(root + rel, {}).node;
        const bytes = node.contents instanceof Uint8Array ? node.contents.subarray(0, node.usedBytes) : FS2.readFile(root + rel);
        found.push([rel, "0", mode & 4095, archived(rel, bytes, cut)]);
      }
    }
  };
  walk("");
  if (cut) found.push([`/${WAL_NOTE}`, "0", 384, new TextEncoder().encode(String(cut.segmentSize))]);
  const data = new Uint8Array(found.reduce((n3, f2) => n3 + f2[3].length, 0));
  let at4 = 0;
  const files = found.map(([name2, type, mode, bytes]) => {
    data.set(bytes, at4);
    at4 += bytes.length;
    return [name2, type, mode, at4 - bytes.length, bytes.length];
  });
  return { files, data };
}
var db;
var pinned;
async function keepPinned() {
  if (!pinned || !db) return void 0;
  const user = await db.exec("select session_user::text as s").then((r6) => r6[0]?.rows[0]?.s).catch(() => void 0);
  if (user === void 0 || user === pinned) return void 0;
  await db.exec(`set session authorization "${pinned.replace(/"/g, '""')}"`).catch(() => void 0);
  return user;
}
async function stringsOnAfterCall() {
  if (!db) return false;
  const value = await db.exec("show standard_conforming_strings").then((r6) => r6[0]?.rows[0]?.standard_conforming_strings).catch(() => void 0);
  if (value === void 0 || value === "on") return false;
  await db.exec("set standard_conforming_strings = on").catch(() => void 0);
  return true;
}
async function checked(call) {
  try {
    const result = await call();
    const stringsOff = await stringsOnAfterCall() || void 0;
    return { result, escaped: await keepPinned(), stringsOff };
  } catch (e2) {
    const stringsOff = await stringsOnAfterCall() || void 0;
    const escaped = await keepPinned();
    if (e2 && typeof e2 === "object") Object.assign(e2, { escaped, stringsOff });
    throw e2;
  }
}
function serializeError(e2) {
  return {
    escaped: e2?.escaped,
    stringsOff: e2?.stringsOff,
    message: String(e2?.message ?? e2),
    code: e2?.code,
    detail: e2?.detail,
    hint: e2?.hint,
    position: e2?.position,
    where: e2?.where
  };
}
function plain(r6) {
  return { rows: r6.rows, fields: r6.fields, affectedRows: r6.affectedRows };
}
async function handle2(msg) {
  switch (msg.op) {
    case "init": {
      const fs2 = msg.data ? new TarMemoryFS(msg.data, msg.files) : void 0;
      msg.data = void 0;
      db = await Ye2.create({ extensions: pick(msg.extensions), fs: fs2, relaxedDurability: true, startParams: START_PARAMS });
      const v3 = await db.query("select version() as v");
      return { result: { version: v3.rows[0].v } };
    }
    case "query":
      return checked(async () => plain(await db.query(msg.sql, msg.params)));
    case "exec":
      return checked(async () => (await db.exec(msg.sql)).map(plain));
    case "pin":
      pinned = msg.role ?? void 0;
      return { result: null };
    case "files": {
      const files = dataDirFiles(db, await walCut(db));
      return { result: files, transfer: [files.data.buffer] };
    }
    case "close":
      await db?.close();
      db = void 0;
      return { result: null };
    default:
      throw new Error(`unknown op ${msg.op}`);
  }
}
import_node_worker_threads.parentPort.on("message", (msg) => {
  handle2(msg).then(
    ({ result, transfer, escaped, stringsOff }) => import_node_worker_threads.parentPort.postMessage({ id: msg.id, ok: true, result, escaped, stringsOff }, transfer ?? []),
    (e2) => import_node_worker_threads.parentPort.postMessage({ id: msg.id, ok: false, error: serializeError(e2) })
  );
});
