// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  INTENT,
  SEVERITIES,
  SEVERITY_RANK,
  SchemaModel,
  columnNameAddition,
  compareFindings,
  defaultConstraintName,
  defaultPrivilegeKind,
  failureEffect,
  isAtomic,
  isChange,
  localeOrder,
  makeObjectName,
  notRun,
  parseMigrationsLoadingGrammar18,
  runStatic,
  runnerWraps
} from "./chunk-chunk-PDZBGKPF.js";
import {
  EXTENSION_OBJECTS,
  createdTargets,
  environmentCauses,
  extensionByName,
  extensionsByAnyName,
  lackedExtension,
  olderGrammarUses,
  staticObjectChanges
} from "./chunk-chunk-OCYTV6TQ.js";
import {
  require_node_path
} from "./chunk-chunk-4N3WD2H6.js";
import {
  blocksWrites,
  lockMode,
  lockStrength,
  runnerWraps as runnerWraps2,
  splitName
} from "./chunk-chunk-WZTMJWE7.js";
import {
  require_node_module
} from "./chunk-chunk-TOCCJSQT.js";
import {
  require_node_fs
} from "./chunk-chunk-CLBYSYJ7.js";
import {
  DEFAULT_SCHEMA,
  MAX_IDENTIFIER_BYTES,
  columnConstraints,
  columnRefs,
  createScreenContext,
  defElem,
  defElemString,
  defaultExpr,
  describeCapabilities,
  funcCallOf,
  funcCalls,
  hasConstraint,
  isLiteralTrue,
  isSerial,
  isVolatileDefault,
  listName,
  plpgsqlExprSql,
  rangeVarName,
  roleNames,
  screenStatement,
  statementQueries,
  strings,
  typeInfo,
  unresolvedExecutes,
  walk,
  walkPlpgsqlQueries
} from "./chunk-chunk-PZGBN77R.js";
import {
  grammarNote,
  loadParser,
  mayNameAny,
  parseStatementsSync,
  pg18Constructs,
  scanSync
} from "./chunk-chunk-6M6MGMG4.js";
import {
  transactionControl
} from "./chunk-chunk-XIXJAQR7.js";
import {
  __commonJS,
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// node_modules/pgsql-deparser/utils/sql-formatter.js
var require_sql_formatter = __commonJS({
  "node_modules/pgsql-deparser/utils/sql-formatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SqlFormatter = void 0;
    var SqlFormatter = class {
      newlineChar;
      tabChar;
      prettyMode;
      constructor(newlineChar = "\n", tabChar = "  ", prettyMode = true) {
        this.newlineChar = newlineChar;
        this.tabChar = tabChar;
        this.prettyMode = prettyMode;
      }
      format(parts, separator = " ") {
        return parts.filter((part) => part !== null && part !== void 0 && part !== "").join(separator);
      }
      indent(text, count = 1) {
        if (!this.prettyMode) {
          return text;
        }
        const indentation = this.tabChar.repeat(count);
        return text.split(this.newlineChar).map((line) => line.trim() ? indentation + line : line).join(this.newlineChar);
      }
      parens(content) {
        return `(${content})`;
      }
      newline() {
        return this.newlineChar;
      }
      tab() {
        return this.tabChar;
      }
      isPretty() {
        return this.prettyMode;
      }
    };
    exports.SqlFormatter = SqlFormatter;
  }
});

// node_modules/pgsql-deparser/visitors/base.js
var require_base = __commonJS({
  "node_modules/pgsql-deparser/visitors/base.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BaseVisitor = exports.DeparserContext = void 0;
    var sql_formatter_1 = require_sql_formatter();
    var DeparserContext = class _DeparserContext {
      indentLevel;
      prettyMode;
      isStringLiteral;
      parentNodeTypes;
      formatter;
      select;
      from;
      group;
      sort;
      insertColumns;
      update;
      bool;
      isColumnConstraint;
      isDomainConstraint;
      alterColumnOptions;
      alterTableOptions;
      isEnumValue;
      objtype;
      subtype;
      constructor({ indentLevel = 0, prettyMode = true, isStringLiteral, parentNodeTypes = [], formatter, select, from, group, sort, insertColumns, update, bool, isColumnConstraint, isDomainConstraint, alterColumnOptions, alterTableOptions, isEnumValue, objtype, subtype, ...rest } = {}) {
        this.indentLevel = indentLevel;
        this.prettyMode = prettyMode;
        this.isStringLiteral = isStringLiteral;
        this.parentNodeTypes = parentNodeTypes;
        this.formatter = formatter || new sql_formatter_1.SqlFormatter("\n", "  ", prettyMode);
        this.select = select;
        this.from = from;
        this.group = group;
        this.sort = sort;
        this.insertColumns = insertColumns;
        this.update = update;
        this.bool = bool;
        this.isColumnConstraint = isColumnConstraint;
        this.isDomainConstraint = isDomainConstraint;
        this.alterColumnOptions = alterColumnOptions;
        this.alterTableOptions = alterTableOptions;
        this.isEnumValue = isEnumValue;
        this.objtype = objtype;
        this.subtype = subtype;
        Object.assign(this, rest);
      }
      spawn(nodeType, overrides = {}) {
        return new _DeparserContext({
          indentLevel: this.indentLevel,
          prettyMode: this.prettyMode,
          isStringLiteral: this.isStringLiteral,
          parentNodeTypes: [...this.parentNodeTypes, nodeType],
          formatter: this.formatter,
          select: this.select,
          from: this.from,
          group: this.group,
          sort: this.sort,
          insertColumns: this.insertColumns,
          update: this.update,
          bool: this.bool,
          isColumnConstraint: this.isColumnConstraint,
          isDomainConstraint: this.isDomainConstraint,
          alterColumnOptions: this.alterColumnOptions,
          alterTableOptions: this.alterTableOptions,
          isEnumValue: this.isEnumValue,
          objtype: this.objtype,
          subtype: this.subtype,
          ...overrides
        });
      }
      indent(text, count) {
        if (!this.prettyMode) {
          return text;
        }
        const indentCount = count !== void 0 ? count : this.indentLevel + 1;
        return this.formatter.indent(text, indentCount);
      }
      newline() {
        return this.formatter.newline();
      }
      parens(content) {
        return this.formatter.parens(content);
      }
      format(parts, separator) {
        return this.formatter.format(parts, separator);
      }
      isPretty() {
        return this.formatter.isPretty();
      }
    };
    exports.DeparserContext = DeparserContext;
    var BaseVisitor = class {
      getNodeType(node) {
        return Object.keys(node)[0];
      }
      getNodeData(node) {
        const type = this.getNodeType(node);
        return node[type];
      }
      formatList(items, separator = ", ", prefix = "", formatter) {
        if (!items || items.length === 0) {
          return "";
        }
        return items.map((item) => `${prefix}${formatter(item)}`).join(separator);
      }
      formatParts(parts, separator = " ") {
        return parts.filter((part) => part !== null && part !== void 0 && part !== "").join(separator);
      }
      formatParens(content) {
        return `(${content})`;
      }
      formatIndent(text, count = 1) {
        return text;
      }
    };
    exports.BaseVisitor = BaseVisitor;
  }
});

// node_modules/@pgsql/quotes/kwlist.js
var require_kwlist = __commonJS({
  "node_modules/@pgsql/quotes/kwlist.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TYPE_FUNC_NAME_KEYWORDS = exports.COL_NAME_KEYWORDS = exports.UNRESERVED_KEYWORDS = exports.RESERVED_KEYWORDS = exports.kwlist = void 0;
    exports.keywordKindOf = keywordKindOf;
    exports.kwlist = {
      UNRESERVED_KEYWORD: [
        "abort",
        "absent",
        "absolute",
        "access",
        "action",
        "add",
        "admin",
        "after",
        "aggregate",
        "also",
        "alter",
        "always",
        "asensitive",
        "assertion",
        "assignment",
        "at",
        "atomic",
        "attach",
        "attribute",
        "backward",
        "before",
        "begin",
        "breadth",
        "by",
        "cache",
        "call",
        "called",
        "cascade",
        "cascaded",
        "catalog",
        "chain",
        "characteristics",
        "checkpoint",
        "class",
        "close",
        "cluster",
        "columns",
        "comment",
        "comments",
        "commit",
        "committed",
        "compression",
        "conditional",
        "configuration",
        "conflict",
        "connection",
        "constraints",
        "content",
        "continue",
        "conversion",
        "copy",
        "cost",
        "csv",
        "cube",
        "current",
        "cursor",
        "cycle",
        "data",
        "database",
        "day",
        "deallocate",
        "declare",
        "defaults",
        "deferred",
        "definer",
        "delete",
        "delimiter",
        "delimiters",
        "depends",
        "depth",
        "detach",
        "dictionary",
        "disable",
        "discard",
        "document",
        "domain",
        "double",
        "drop",
        "each",
        "empty",
        "enable",
        "encoding",
        "encrypted",
        "enforced",
        "enum",
        "error",
        "escape",
        "event",
        "exclude",
        "excluding",
        "exclusive",
        "execute",
        "explain",
        "expression",
        "extension",
        "external",
        "family",
        "filter",
        "finalize",
        "first",
        "following",
        "force",
        "format",
        "forward",
        "function",
        "functions",
        "generated",
        "global",
        "granted",
        "groups",
        "handler",
        "header",
        "hold",
        "hour",
        "identity",
        "if",
        "ignore",
        "immediate",
        "immutable",
        "implicit",
        "import",
        "include",
        "including",
        "increment",
        "indent",
        "index",
        "indexes",
        "inherit",
        "inherits",
        "inline",
        "input",
        "insensitive",
        "insert",
        "instead",
        "invoker",
        "isolation",
        "keep",
        "key",
        "keys",
        "label",
        "language",
        "large",
        "last",
        "leakproof",
        "level",
        "listen",
        "load",
        "local",
        "location",
        "lock",
        "locked",
        "logged",
        "lsn",
        "mapping",
        "match",
        "matched",
        "materialized",
        "maxvalue",
        "merge",
        "method",
        "minute",
        "minvalue",
        "mode",
        "month",
        "move",
        "name",
        "names",
        "nested",
        "new",
        "next",
        "nfc",
        "nfd",
        "nfkc",
        "nfkd",
        "no",
        "normalized",
        "nothing",
        "notify",
        "nowait",
        "nulls",
        "object",
        "objects",
        "of",
        "off",
        "oids",
        "old",
        "omit",
        "operator",
        "option",
        "options",
        "ordinality",
        "others",
        "over",
        "overriding",
        "owned",
        "owner",
        "parallel",
        "parameter",
        "parser",
        "partial",
        "partition",
        "partitions",
        "passing",
        "password",
        "path",
        "period",
        "plan",
        "plans",
        "policy",
        "preceding",
        "prepare",
        "prepared",
        "preserve",
        "prior",
        "privileges",
        "procedural",
        "procedure",
        "procedures",
        "program",
        "publication",
        "quote",
        "quotes",
        "range",
        "read",
        "reassign",
        "recursive",
        "ref",
        "referencing",
        "refresh",
        "reindex",
        "relative",
        "release",
        "rename",
        "repeatable",
        "replace",
        "replica",
        "reset",
        "respect",
        "restart",
        "restrict",
        "return",
        "returns",
        "revoke",
        "role",
        "rollback",
        "rollup",
        "routine",
        "routines",
        "rows",
        "rule",
        "savepoint",
        "scalar",
        "schema",
        "schemas",
        "scroll",
        "search",
        "second",
        "security",
        "sequence",
        "sequences",
        "serializable",
        "server",
        "session",
        "set",
        "sets",
        "share",
        "show",
        "simple",
        "skip",
        "snapshot",
        "source",
        "split",
        "sql",
        "stable",
        "standalone",
        "start",
        "statement",
        "statistics",
        "stdin",
        "stdout",
        "storage",
        "stored",
        "strict",
        "string",
        "strip",
        "subscription",
        "support",
        "sysid",
        "system",
        "tables",
        "tablespace",
        "target",
        "temp",
        "template",
        "temporary",
        "text",
        "ties",
        "transaction",
        "transform",
        "trigger",
        "truncate",
        "trusted",
        "type",
        "types",
        "uescape",
        "unbounded",
        "uncommitted",
        "unconditional",
        "unencrypted",
        "unknown",
        "unlisten",
        "unlogged",
        "until",
        "update",
        "vacuum",
        "valid",
        "validate",
        "validator",
        "value",
        "varying",
        "version",
        "view",
        "views",
        "virtual",
        "volatile",
        "wait",
        "whitespace",
        "within",
        "without",
        "work",
        "wrapper",
        "write",
        "xml",
        "year",
        "yes",
        "zone"
      ],
      RESERVED_KEYWORD: [
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "asymmetric",
        "both",
        "case",
        "cast",
        "check",
        "collate",
        "column",
        "constraint",
        "create",
        "current_catalog",
        "current_date",
        "current_role",
        "current_time",
        "current_timestamp",
        "current_user",
        "default",
        "deferrable",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "false",
        "fetch",
        "for",
        "foreign",
        "from",
        "grant",
        "group",
        "having",
        "in",
        "initially",
        "intersect",
        "into",
        "lateral",
        "leading",
        "limit",
        "localtime",
        "localtimestamp",
        "not",
        "null",
        "offset",
        "on",
        "only",
        "or",
        "order",
        "placing",
        "primary",
        "references",
        "returning",
        "select",
        "session_user",
        "some",
        "symmetric",
        "system_user",
        "table",
        "then",
        "to",
        "trailing",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "variadic",
        "when",
        "where",
        "window",
        "with"
      ],
      TYPE_FUNC_NAME_KEYWORD: [
        "authorization",
        "binary",
        "collation",
        "concurrently",
        "cross",
        "current_schema",
        "freeze",
        "full",
        "ilike",
        "inner",
        "is",
        "isnull",
        "join",
        "left",
        "like",
        "natural",
        "notnull",
        "outer",
        "overlaps",
        "right",
        "similar",
        "tablesample",
        "verbose"
      ],
      COL_NAME_KEYWORD: [
        "between",
        "bigint",
        "bit",
        "boolean",
        "char",
        "character",
        "coalesce",
        "dec",
        "decimal",
        "exists",
        "extract",
        "float",
        "greatest",
        "grouping",
        "inout",
        "int",
        "integer",
        "interval",
        "json",
        "json_array",
        "json_arrayagg",
        "json_exists",
        "json_object",
        "json_objectagg",
        "json_query",
        "json_scalar",
        "json_serialize",
        "json_table",
        "json_value",
        "least",
        "merge_action",
        "national",
        "nchar",
        "none",
        "normalize",
        "nullif",
        "numeric",
        "out",
        "overlay",
        "position",
        "precision",
        "real",
        "row",
        "setof",
        "smallint",
        "substring",
        "time",
        "timestamp",
        "treat",
        "trim",
        "values",
        "varchar",
        "xmlattributes",
        "xmlconcat",
        "xmlelement",
        "xmlexists",
        "xmlforest",
        "xmlnamespaces",
        "xmlparse",
        "xmlpi",
        "xmlroot",
        "xmlserialize",
        "xmltable"
      ]
    };
    exports.RESERVED_KEYWORDS = new Set(exports.kwlist.RESERVED_KEYWORD ?? []);
    exports.UNRESERVED_KEYWORDS = new Set(exports.kwlist.UNRESERVED_KEYWORD ?? []);
    exports.COL_NAME_KEYWORDS = new Set(exports.kwlist.COL_NAME_KEYWORD ?? []);
    exports.TYPE_FUNC_NAME_KEYWORDS = new Set(exports.kwlist.TYPE_FUNC_NAME_KEYWORD ?? []);
    function keywordKindOf(word) {
      const w = word.toLowerCase();
      if (exports.RESERVED_KEYWORDS.has(w))
        return "RESERVED_KEYWORD";
      if (exports.TYPE_FUNC_NAME_KEYWORDS.has(w))
        return "TYPE_FUNC_NAME_KEYWORD";
      if (exports.COL_NAME_KEYWORDS.has(w))
        return "COL_NAME_KEYWORD";
      if (exports.UNRESERVED_KEYWORDS.has(w))
        return "UNRESERVED_KEYWORD";
      return "NO_KEYWORD";
    }
  }
});

// node_modules/@pgsql/quotes/quote-utils.js
var require_quote_utils = __commonJS({
  "node_modules/@pgsql/quotes/quote-utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuoteUtils = void 0;
    var kwlist_1 = require_kwlist();
    var QuoteUtils = class _QuoteUtils {
      static escape(literal) {
        return `'${literal.replace(/'/g, "''")}'`;
      }
      /**
       * Escapes a string value for use in E-prefixed string literals
       * Handles both backslashes and single quotes properly
       */
      static escapeEString(value) {
        return value.replace(/\\/g, "\\\\").replace(/'/g, "''");
      }
      /**
       * Formats a string as an E-prefixed string literal with proper escaping
       * This wraps the complete E-prefix logic including detection and formatting
       */
      static formatEString(value) {
        const needsEscape = _QuoteUtils.needsEscapePrefix(value);
        if (needsEscape) {
          const escapedValue = _QuoteUtils.escapeEString(value);
          return `E'${escapedValue}'`;
        } else {
          return _QuoteUtils.escape(value);
        }
      }
      /**
       * Determines if a string value needs E-prefix for escaped string literals
       * Detects backslash escape sequences that require E-prefix in PostgreSQL
       */
      static needsEscapePrefix(value) {
        return !/^\\x[0-9a-fA-F]+$/i.test(value) && value.includes("\\");
      }
      /**
       * Quote an identifier only if needed
       *
       * This is a TypeScript port of PostgreSQL's quote_identifier() function from ruleutils.c
       * https://github.com/postgres/postgres/blob/fab5cd3dd1323f9e66efeb676c4bb212ff340204/src/backend/utils/adt/ruleutils.c#L13055-L13137
       *
       * Can avoid quoting if ident starts with a lowercase letter or underscore
       * and contains only lowercase letters, digits, and underscores, *and* is
       * not any SQL keyword. Otherwise, supply quotes.
       *
       * When quotes are needed, embedded double quotes are properly escaped as "".
       */
      static quoteIdentifier(ident4) {
        if (!ident4)
          return ident4;
        let safe = true;
        const firstChar = ident4[0];
        if (!(firstChar >= "a" && firstChar <= "z" || firstChar === "_")) {
          safe = false;
        }
        for (let i = 0; i < ident4.length; i++) {
          const ch = ident4[i];
          if (ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_") {
          } else {
            safe = false;
          }
        }
        if (safe) {
          const kwKind = (0, kwlist_1.keywordKindOf)(ident4);
          if (kwKind !== "NO_KEYWORD" && kwKind !== "UNRESERVED_KEYWORD") {
            safe = false;
          }
        }
        if (safe) {
          return ident4;
        }
        let result = '"';
        for (let i = 0; i < ident4.length; i++) {
          const ch = ident4[i];
          if (ch === '"') {
            result += '"';
          }
          result += ch;
        }
        result += '"';
        return result;
      }
      /**
       * Quote an identifier that appears after a dot in a qualified name.
       *
       * In PostgreSQL's grammar, identifiers that appear after a dot (e.g., schema.name,
       * table.column) are in a more permissive position that accepts all keyword categories
       * including RESERVED_KEYWORD. This means we only need to quote for lexical reasons
       * (uppercase, special characters, leading digits) not for keyword reasons.
       *
       * Empirically verified: `myschema.select`, `myschema.float`, `t.from` all parse
       * successfully in PostgreSQL without quotes.
       */
      static quoteIdentifierAfterDot(ident4) {
        if (!ident4)
          return ident4;
        let safe = true;
        const firstChar = ident4[0];
        if (!(firstChar >= "a" && firstChar <= "z" || firstChar === "_")) {
          safe = false;
        }
        for (let i = 0; i < ident4.length; i++) {
          const ch = ident4[i];
          if (ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_") {
          } else {
            safe = false;
          }
        }
        if (safe) {
          return ident4;
        }
        let result = '"';
        for (let i = 0; i < ident4.length; i++) {
          const ch = ident4[i];
          if (ch === '"') {
            result += '"';
          }
          result += ch;
        }
        result += '"';
        return result;
      }
      /**
       * Quote a dotted name (e.g., schema.table, catalog.schema.table).
       *
       * The first part uses strict quoting (keywords are quoted), while subsequent
       * parts use relaxed quoting (keywords allowed, only quote for lexical reasons).
       *
       * This reflects PostgreSQL's grammar where the first identifier in a statement
       * may conflict with keywords, but identifiers after a dot are in a more
       * permissive position.
       */
      static quoteDottedName(parts) {
        if (!parts || parts.length === 0)
          return "";
        if (parts.length === 1) {
          return _QuoteUtils.quoteIdentifier(parts[0]);
        }
        return parts.map((part, index) => index === 0 ? _QuoteUtils.quoteIdentifier(part) : _QuoteUtils.quoteIdentifierAfterDot(part)).join(".");
      }
      /**
       * Quote a possibly-qualified identifier
       *
       * This is inspired by PostgreSQL's quote_qualified_identifier() function from ruleutils.c
       * but uses relaxed quoting for the tail component since PostgreSQL's grammar accepts
       * all keywords in qualified name positions.
       *
       * Return a name of the form qualifier.ident, or just ident if qualifier
       * is null/undefined, quoting each component if necessary.
       */
      static quoteQualifiedIdentifier(qualifier, ident4) {
        if (qualifier) {
          return `${_QuoteUtils.quoteIdentifier(qualifier)}.${_QuoteUtils.quoteIdentifierAfterDot(ident4)}`;
        }
        return _QuoteUtils.quoteIdentifier(ident4);
      }
      /**
       * Quote an identifier that appears as a type name.
       *
       * Type names in PostgreSQL have a less strict quoting policy than standalone identifiers.
       * In type positions, COL_NAME_KEYWORD and TYPE_FUNC_NAME_KEYWORD are allowed unquoted
       * (e.g., 'json', 'int', 'boolean', 'interval'). Only RESERVED_KEYWORD must be quoted.
       *
       * This is different from:
       * - quoteIdentifier(): quotes all keywords except UNRESERVED_KEYWORD
       * - quoteIdentifierAfterDot(): only quotes for lexical reasons (no keyword checking)
       *
       * Type names still need quoting for lexical reasons (uppercase, special chars, etc.).
       */
      static quoteIdentifierTypeName(ident4) {
        if (!ident4)
          return ident4;
        let safe = true;
        const firstChar = ident4[0];
        if (!(firstChar >= "a" && firstChar <= "z" || firstChar === "_")) {
          safe = false;
        }
        for (let i = 0; i < ident4.length; i++) {
          const ch = ident4[i];
          if (ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_") {
          } else {
            safe = false;
          }
        }
        if (safe) {
          const kwKind = (0, kwlist_1.keywordKindOf)(ident4);
          if (kwKind === "RESERVED_KEYWORD") {
            safe = false;
          }
        }
        if (safe) {
          return ident4;
        }
        let result = '"';
        for (let i = 0; i < ident4.length; i++) {
          const ch = ident4[i];
          if (ch === '"') {
            result += '"';
          }
          result += ch;
        }
        result += '"';
        return result;
      }
      /**
       * Quote a dotted type name (e.g., schema.typename).
       *
       * For type names, we use type-name quoting for all parts since the entire
       * qualified name is in a type context. This allows keywords like 'json',
       * 'int', 'boolean' to remain unquoted in user-defined schema-qualified types.
       */
      static quoteTypeDottedName(parts) {
        if (!parts || parts.length === 0)
          return "";
        return parts.map((part) => _QuoteUtils.quoteIdentifierTypeName(part)).join(".");
      }
    };
    exports.QuoteUtils = QuoteUtils;
  }
});

// node_modules/@pgsql/quotes/index.js
var require_quotes = __commonJS({
  "node_modules/@pgsql/quotes/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TYPE_FUNC_NAME_KEYWORDS = exports.COL_NAME_KEYWORDS = exports.UNRESERVED_KEYWORDS = exports.RESERVED_KEYWORDS = exports.kwlist = exports.keywordKindOf = exports.QuoteUtils = void 0;
    var quote_utils_1 = require_quote_utils();
    Object.defineProperty(exports, "QuoteUtils", { enumerable: true, get: function() {
      return quote_utils_1.QuoteUtils;
    } });
    var kwlist_1 = require_kwlist();
    Object.defineProperty(exports, "keywordKindOf", { enumerable: true, get: function() {
      return kwlist_1.keywordKindOf;
    } });
    Object.defineProperty(exports, "kwlist", { enumerable: true, get: function() {
      return kwlist_1.kwlist;
    } });
    Object.defineProperty(exports, "RESERVED_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.RESERVED_KEYWORDS;
    } });
    Object.defineProperty(exports, "UNRESERVED_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.UNRESERVED_KEYWORDS;
    } });
    Object.defineProperty(exports, "COL_NAME_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.COL_NAME_KEYWORDS;
    } });
    Object.defineProperty(exports, "TYPE_FUNC_NAME_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.TYPE_FUNC_NAME_KEYWORDS;
    } });
  }
});

// node_modules/pgsql-deparser/utils/list-utils.js
var require_list_utils = __commonJS({
  "node_modules/pgsql-deparser/utils/list-utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListUtils = void 0;
    var ListUtils = class {
      static unwrapList(obj) {
        if (obj === void 0 || obj === null) {
          return [];
        }
        if (obj.List !== void 0) {
          return obj.List.items || [];
        }
        if (Array.isArray(obj)) {
          return obj;
        }
        return [obj];
      }
      static formatList(items, separator = ", ", prefix = "", formatter) {
        if (!items || items.length === 0) {
          return "";
        }
        return items.map((item) => `${prefix}${formatter(item)}`).join(separator);
      }
    };
    exports.ListUtils = ListUtils;
  }
});

// node_modules/pgsql-deparser/deparser.js
var require_deparser = __commonJS({
  "node_modules/pgsql-deparser/deparser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Deparser = void 0;
    var base_1 = require_base();
    var sql_formatter_1 = require_sql_formatter();
    var quotes_1 = require_quotes();
    var list_utils_1 = require_list_utils();
    var pgCatalogTypes = [
      // Integers
      "int2",
      // smallint
      "int4",
      // integer
      "int8",
      // bigint
      // Floating-point & numeric
      "float4",
      // real
      "float8",
      // double precision
      "numeric",
      // arbitrary precision (aka "decimal")
      // Text & string
      "varchar",
      // variable-length string
      "char",
      // internal one-byte type (used in special cases)
      "bpchar",
      // blank-padded char(n)
      "text",
      // unlimited string
      "bool",
      // boolean
      // Dates & times
      "date",
      // calendar date
      "time",
      // time without time zone
      "timetz",
      // time with time zone
      "timestamp",
      // timestamp without time zone
      "timestamptz",
      // timestamp with time zone
      "interval",
      // duration
      // Binary & structured
      "bytea",
      // binary data
      "uuid",
      // universally unique identifier
      // JSON & XML
      "json",
      // textual JSON
      "jsonb",
      // binary JSON
      "xml",
      // XML format
      // Money & bitstrings
      "money",
      // currency value
      "bit",
      // fixed-length bit string
      "varbit",
      // variable-length bit string
      // Network types
      "inet",
      // IPv4 or IPv6 address
      "cidr",
      // network address
      "macaddr",
      // MAC address (6 bytes)
      "macaddr8"
      // MAC address (8 bytes)
    ];
    var pgCatalogTypeAliases = [
      ["numeric", ["decimal", "dec"]],
      ["int4", ["int", "integer"]],
      ["float8", ["float"]],
      ["bpchar", ["character"]],
      ["varchar", ["character varying"]]
    ];
    function isParseResult(obj) {
      return obj && typeof obj === "object" && !Array.isArray(obj) && !("ParseResult" in obj) && !("RawStmt" in obj) && // Check if it looks like a ParseResult (has stmts or version)
      ("stmts" in obj || "version" in obj);
    }
    var Deparser = class _Deparser {
      tree;
      options;
      constructor(tree, opts = {}) {
        this.options = {
          functionDelimiter: "$$",
          functionDelimiterFallback: "$EOFCODE$",
          ...opts
        };
        if (isParseResult(tree)) {
          this.tree = [{ ParseResult: tree }];
        } else if (Array.isArray(tree)) {
          this.tree = tree;
        } else {
          this.tree = [tree];
        }
      }
      /**
       * Static method to deparse PostgreSQL AST nodes to SQL
       * @param query - Can be:
       *   - ParseResult from libpg-query (e.g., { version: 170004, stmts: [...] })
       *   - Wrapped ParseResult node (e.g., { ParseResult: {...} })
       *   - Wrapped RawStmt node (e.g., { RawStmt: {...} })
       *   - Array of Nodes
       *   - Single Node (e.g., { SelectStmt: {...} })
       * @param opts - Deparser options for formatting
       * @returns The deparsed SQL string
       */
      static deparse(query, opts = {}) {
        return new _Deparser(query, opts).deparseQuery();
      }
      deparseQuery() {
        const formatter = new sql_formatter_1.SqlFormatter(this.options.newline, this.options.tab, this.options.pretty);
        const context = new base_1.DeparserContext({ formatter, prettyMode: this.options.pretty });
        return this.tree.map((node) => {
          const result = this.deparse(node, context);
          return result || "";
        }).filter((result) => result !== "").join(context.newline() + context.newline());
      }
      /**
       * Get the appropriate function delimiter based on the body content
       * @param body The function body to check
       * @returns The delimiter to use
       */
      getFunctionDelimiter(body) {
        const delimiter = this.options.functionDelimiter || "$$";
        if (body.includes(delimiter)) {
          return this.options.functionDelimiterFallback || "$EOFCODE$";
        }
        return delimiter;
      }
      /**
       * Maps ObjectType enum values to their corresponding SQL keywords
       * Used by AlterOwnerStmt, AlterObjectSchemaStmt, and other statements that need object type keywords
       */
      getObjectTypeKeyword(objectType) {
        switch (objectType) {
          case "OBJECT_TABLE":
            return "TABLE";
          case "OBJECT_VIEW":
            return "VIEW";
          case "OBJECT_INDEX":
            return "INDEX";
          case "OBJECT_SEQUENCE":
            return "SEQUENCE";
          case "OBJECT_FUNCTION":
            return "FUNCTION";
          case "OBJECT_PROCEDURE":
            return "PROCEDURE";
          case "OBJECT_SCHEMA":
            return "SCHEMA";
          case "OBJECT_DATABASE":
            return "DATABASE";
          case "OBJECT_DOMAIN":
            return "DOMAIN";
          case "OBJECT_AGGREGATE":
            return "AGGREGATE";
          case "OBJECT_CONVERSION":
            return "CONVERSION";
          case "OBJECT_LANGUAGE":
            return "LANGUAGE";
          case "OBJECT_OPERATOR":
            return "OPERATOR";
          case "OBJECT_OPFAMILY":
            return "OPERATOR FAMILY";
          case "OBJECT_OPCLASS":
            return "OPERATOR CLASS";
          case "OBJECT_TSDICTIONARY":
            return "TEXT SEARCH DICTIONARY";
          case "OBJECT_TSCONFIGURATION":
            return "TEXT SEARCH CONFIGURATION";
          case "OBJECT_EVENT_TRIGGER":
            return "EVENT TRIGGER";
          case "OBJECT_FDW":
            return "FOREIGN DATA WRAPPER";
          case "OBJECT_FOREIGN_SERVER":
            return "SERVER";
          case "OBJECT_TYPE":
            return "TYPE";
          case "OBJECT_COLLATION":
            return "COLLATION";
          case "OBJECT_PUBLICATION":
            return "PUBLICATION";
          case "OBJECT_ACCESS_METHOD":
            return "ACCESS METHOD";
          case "OBJECT_AMOP":
            return "OPERATOR CLASS";
          case "OBJECT_AMPROC":
            return "OPERATOR CLASS";
          case "OBJECT_ATTRIBUTE":
            return "ATTRIBUTE";
          case "OBJECT_CAST":
            return "CAST";
          case "OBJECT_COLUMN":
            return "COLUMN";
          case "OBJECT_DEFAULT":
            return "DEFAULT";
          case "OBJECT_DEFACL":
            return "DEFAULT PRIVILEGES";
          case "OBJECT_DOMCONSTRAINT":
            return "DOMAIN";
          case "OBJECT_EXTENSION":
            return "EXTENSION";
          case "OBJECT_FOREIGN_TABLE":
            return "FOREIGN TABLE";
          case "OBJECT_LARGEOBJECT":
            return "LARGE OBJECT";
          case "OBJECT_MATVIEW":
            return "MATERIALIZED VIEW";
          case "OBJECT_PARAMETER_ACL":
            return "PARAMETER";
          case "OBJECT_POLICY":
            return "POLICY";
          case "OBJECT_PUBLICATION_NAMESPACE":
            return "PUBLICATION";
          case "OBJECT_PUBLICATION_REL":
            return "PUBLICATION";
          case "OBJECT_ROLE":
            return "ROLE";
          case "OBJECT_ROUTINE":
            return "ROUTINE";
          case "OBJECT_RULE":
            return "RULE";
          case "OBJECT_STATISTIC_EXT":
            return "STATISTICS";
          case "OBJECT_SUBSCRIPTION":
            return "SUBSCRIPTION";
          case "OBJECT_TABCONSTRAINT":
            return "CONSTRAINT";
          case "OBJECT_TABLESPACE":
            return "TABLESPACE";
          case "OBJECT_TRANSFORM":
            return "TRANSFORM";
          case "OBJECT_TRIGGER":
            return "TRIGGER";
          case "OBJECT_TSPARSER":
            return "TEXT SEARCH PARSER";
          case "OBJECT_TSTEMPLATE":
            return "TEXT SEARCH TEMPLATE";
          case "OBJECT_USER_MAPPING":
            return "USER MAPPING";
          default:
            throw new Error(`Unsupported objectType: ${objectType}`);
        }
      }
      deparse(node, context) {
        if (node == null) {
          return null;
        }
        if (!context) {
          const formatter = new sql_formatter_1.SqlFormatter(this.options.newline, this.options.tab, this.options.pretty);
          context = new base_1.DeparserContext({ formatter, prettyMode: this.options.pretty });
        }
        if (typeof node === "number" || node instanceof Number) {
          return node.toString();
        }
        try {
          return this.visit(node, context);
        } catch (error) {
          const nodeType = Object.keys(node)[0];
          throw new Error(`Error deparsing ${nodeType}: ${error.message}`);
        }
      }
      visit(node, context) {
        if (!context) {
          const formatter = new sql_formatter_1.SqlFormatter(this.options.newline, this.options.tab, this.options.pretty);
          context = new base_1.DeparserContext({ formatter, prettyMode: this.options.pretty });
        }
        const nodeType = this.getNodeType(node);
        if (!nodeType) {
          return "";
        }
        const nodeData = this.getNodeData(node);
        const methodName = nodeType;
        if (typeof this[methodName] === "function") {
          const result = this[methodName](nodeData, context);
          return result;
        }
        throw new Error(`Deparser does not handle node type: ${nodeType}`);
      }
      getNodeType(node) {
        return Object.keys(node)[0];
      }
      getNodeData(node) {
        const keys = Object.keys(node);
        if (keys.length === 1 && typeof node[keys[0]] === "object") {
          return node[keys[0]];
        }
        return node;
      }
      ParseResult(node, context) {
        if (!node.stmts || node.stmts.length === 0) {
          return "";
        }
        return node.stmts.filter((rawStmt) => rawStmt != null).map((rawStmt) => this.RawStmt(rawStmt, context)).filter((result) => result !== "").join(context.newline() + context.newline());
      }
      RawStmt(node, context) {
        if (!node.stmt) {
          return "";
        }
        const deparsedStmt = this.deparse(node.stmt, context);
        if (node.stmt_len) {
          return deparsedStmt + ";";
        }
        return deparsedStmt;
      }
      SelectStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        if (!node.op || node.op === "SETOP_NONE") {
          if (node.valuesLists == null) {
            if (!context.isPretty() || !node.targetList) {
              output.push("SELECT");
            }
          }
        } else {
          const leftStmt = this.SelectStmt(node.larg, context);
          const rightStmt = this.SelectStmt(node.rarg, context);
          const leftNeedsParens = node.larg && (node.larg.op && node.larg.op !== "SETOP_NONE" || node.larg.sortClause || node.larg.limitCount || node.larg.limitOffset || node.larg.withClause);
          const rightNeedsParens = node.rarg && (node.rarg.op && node.rarg.op !== "SETOP_NONE" || node.rarg.sortClause || node.rarg.limitCount || node.rarg.limitOffset || node.rarg.withClause);
          if (leftNeedsParens) {
            output.push(context.parens(leftStmt));
          } else {
            output.push(leftStmt);
          }
          switch (node.op) {
            case "SETOP_UNION":
              output.push("UNION");
              break;
            case "SETOP_INTERSECT":
              output.push("INTERSECT");
              break;
            case "SETOP_EXCEPT":
              output.push("EXCEPT");
              break;
            default:
              throw new Error(`Bad SelectStmt op: ${node.op}`);
          }
          if (node.all) {
            output.push("ALL");
          }
          if (rightNeedsParens) {
            output.push(context.parens(rightStmt));
          } else {
            output.push(rightStmt);
          }
        }
        let distinctPart = "";
        if (node.distinctClause) {
          const distinctClause = list_utils_1.ListUtils.unwrapList(node.distinctClause);
          if (distinctClause.length > 0 && Object.keys(distinctClause[0]).length > 0) {
            const clause = distinctClause.map((e) => this.visit(e, context.spawn("SelectStmt", { select: true }))).join(", ");
            distinctPart = " DISTINCT ON " + context.parens(clause);
          } else {
            distinctPart = " DISTINCT";
          }
          if (!context.isPretty()) {
            if (distinctClause.length > 0 && Object.keys(distinctClause[0]).length > 0) {
              output.push("DISTINCT ON");
              const clause = distinctClause.map((e) => this.visit(e, context.spawn("SelectStmt", { select: true }))).join(", ");
              output.push(context.parens(clause));
            } else {
              output.push("DISTINCT");
            }
          }
        }
        if (node.targetList) {
          const targetList = list_utils_1.ListUtils.unwrapList(node.targetList);
          if (context.isPretty()) {
            if (targetList.length === 1) {
              const targetNode = targetList[0];
              const target = this.visit(targetNode, context.spawn("SelectStmt", { select: true }));
              if (this.isComplexSelectTarget(targetNode)) {
                output.push("SELECT" + distinctPart);
                if (this.containsMultilineStringLiteral(target)) {
                  output.push(target);
                } else {
                  output.push(context.indent(target));
                }
              } else {
                output.push("SELECT" + distinctPart + " " + target);
              }
            } else {
              const targetStrings = targetList.map((e) => {
                const targetStr = this.visit(e, context.spawn("SelectStmt", { select: true }));
                if (this.containsMultilineStringLiteral(targetStr)) {
                  return targetStr;
                }
                return context.indent(targetStr);
              });
              const formattedTargets = targetStrings.join("," + context.newline());
              output.push("SELECT" + distinctPart);
              output.push(formattedTargets);
            }
          } else {
            const targets = targetList.map((e) => this.visit(e, context.spawn("SelectStmt", { select: true }))).join(", ");
            output.push(targets);
          }
        }
        if (node.intoClause) {
          output.push("INTO");
          output.push(this.IntoClause(node.intoClause, context));
        }
        if (node.fromClause) {
          const fromList = list_utils_1.ListUtils.unwrapList(node.fromClause);
          const fromItems = fromList.map((e) => this.deparse(e, context.spawn("SelectStmt", { from: true }))).join(", ");
          output.push("FROM " + fromItems.trim());
        }
        if (node.whereClause) {
          if (context.isPretty()) {
            output.push("WHERE");
            const whereExpr = this.visit(node.whereClause, context);
            const lines = whereExpr.split(context.newline());
            const indentedLines = lines.map((line, index) => {
              if (index === 0) {
                return context.indent(line);
              }
              return line;
            });
            output.push(indentedLines.join(context.newline()));
          } else {
            output.push("WHERE");
            output.push(this.visit(node.whereClause, context));
          }
        }
        if (node.valuesLists) {
          if (context.isPretty()) {
            output.push("VALUES");
            const lists = list_utils_1.ListUtils.unwrapList(node.valuesLists).map((list2) => {
              const values = list_utils_1.ListUtils.unwrapList(list2).map((val) => this.visit(val, context));
              return context.parens(values.join(", "));
            });
            const indentedTuples = lists.map((tuple) => {
              if (this.containsMultilineStringLiteral(tuple)) {
                return tuple;
              }
              return context.indent(tuple);
            });
            output.push(indentedTuples.join(",\n"));
          } else {
            output.push("VALUES");
            const lists = list_utils_1.ListUtils.unwrapList(node.valuesLists).map((list2) => {
              const values = list_utils_1.ListUtils.unwrapList(list2).map((val) => this.visit(val, context));
              return context.parens(values.join(", "));
            });
            output.push(lists.join(", "));
          }
        }
        if (node.groupClause) {
          const groupList = list_utils_1.ListUtils.unwrapList(node.groupClause);
          if (context.isPretty()) {
            const groupItems = groupList.map((e) => {
              const groupStr = this.visit(e, context.spawn("SelectStmt", { group: true, indentLevel: context.indentLevel + 1 }));
              if (this.containsMultilineStringLiteral(groupStr)) {
                return groupStr;
              }
              return context.indent(groupStr);
            }).join("," + context.newline());
            output.push("GROUP BY");
            output.push(groupItems);
          } else {
            output.push("GROUP BY");
            const groupItems = groupList.map((e) => this.visit(e, context.spawn("SelectStmt", { group: true }))).join(", ");
            output.push(groupItems);
          }
        }
        if (node.havingClause) {
          if (context.isPretty()) {
            output.push("HAVING");
            const havingStr = this.visit(node.havingClause, context);
            if (this.containsMultilineStringLiteral(havingStr)) {
              output.push(havingStr);
            } else {
              output.push(context.indent(havingStr));
            }
          } else {
            output.push("HAVING");
            output.push(this.visit(node.havingClause, context));
          }
        }
        if (node.windowClause) {
          output.push("WINDOW");
          const windowList = list_utils_1.ListUtils.unwrapList(node.windowClause);
          const windowClauses = windowList.map((e) => this.visit(e, context)).join(", ");
          output.push(windowClauses);
        }
        if (node.sortClause) {
          const sortList = list_utils_1.ListUtils.unwrapList(node.sortClause);
          if (context.isPretty()) {
            const sortItems = sortList.map((e) => {
              const sortStr = this.visit(e, context.spawn("SelectStmt", { sort: true, indentLevel: context.indentLevel + 1 }));
              if (this.containsMultilineStringLiteral(sortStr)) {
                return sortStr;
              }
              return context.indent(sortStr);
            }).join("," + context.newline());
            output.push("ORDER BY");
            output.push(sortItems);
          } else {
            output.push("ORDER BY");
            const sortItems = sortList.map((e) => this.visit(e, context.spawn("SelectStmt", { sort: true }))).join(", ");
            output.push(sortItems);
          }
        }
        if (node.limitCount) {
          output.push("LIMIT " + this.visit(node.limitCount, context));
        }
        if (node.limitOffset) {
          output.push("OFFSET " + this.visit(node.limitOffset, context));
        }
        if (node.lockingClause) {
          const lockingList = list_utils_1.ListUtils.unwrapList(node.lockingClause);
          const lockingClauses = lockingList.map((e) => this.visit(e, context)).join(" ");
          output.push(lockingClauses);
        }
        if (context.isPretty()) {
          const filteredOutput = output.filter((item) => item.trim() !== "");
          return filteredOutput.join(context.newline());
        }
        return output.join(" ");
      }
      A_Expr(node, context) {
        const kind = node.kind;
        const name = list_utils_1.ListUtils.unwrapList(node.name);
        const lexpr = node.lexpr;
        const rexpr = node.rexpr;
        switch (kind) {
          case "AEXPR_OP":
            if (lexpr && rexpr) {
              const operator = this.deparseOperatorName(name, context);
              let leftExpr = this.visit(lexpr, context);
              let rightExpr2 = this.visit(rexpr, context);
              let leftNeedsParens = false;
              if (lexpr && "A_Expr" in lexpr && lexpr.A_Expr?.kind === "AEXPR_OP") {
                const leftOp = this.deparseOperatorName(list_utils_1.ListUtils.unwrapList(lexpr.A_Expr.name), context);
                if (this.needsParentheses(leftOp, operator, "left")) {
                  leftNeedsParens = true;
                }
              }
              if (lexpr && this.isComplexExpression(lexpr)) {
                leftNeedsParens = true;
              }
              if (leftNeedsParens) {
                leftExpr = context.parens(leftExpr);
              }
              let rightNeedsParens = false;
              if (rexpr && "A_Expr" in rexpr && rexpr.A_Expr?.kind === "AEXPR_OP") {
                const rightOp = this.deparseOperatorName(list_utils_1.ListUtils.unwrapList(rexpr.A_Expr.name), context);
                if (this.needsParentheses(rightOp, operator, "right")) {
                  rightNeedsParens = true;
                }
              }
              if (rexpr && this.isComplexExpression(rexpr)) {
                rightNeedsParens = true;
              }
              if (rightNeedsParens) {
                rightExpr2 = context.parens(rightExpr2);
              }
              return context.format([leftExpr, operator, rightExpr2]);
            } else if (rexpr) {
              const operator = this.deparseOperatorName(name, context);
              let rightExpr2 = this.visit(rexpr, context);
              if (rexpr && "A_Expr" in rexpr && rexpr.A_Expr?.kind === "AEXPR_OP" && rexpr.A_Expr?.lexpr) {
                rightExpr2 = context.parens(rightExpr2);
              }
              return context.format([operator, rightExpr2]);
            }
            break;
          case "AEXPR_OP_ANY":
            return context.format([
              this.visit(lexpr, context),
              this.deparseOperatorName(name, context),
              "ANY",
              context.parens(this.visit(rexpr, context))
            ]);
          case "AEXPR_OP_ALL":
            return context.format([
              this.visit(lexpr, context),
              this.deparseOperatorName(name, context),
              "ALL",
              context.parens(this.visit(rexpr, context))
            ]);
          case "AEXPR_DISTINCT": {
            let leftExpr = this.visit(lexpr, context);
            let rightExpr2 = this.visit(rexpr, context);
            if (lexpr && this.isComplexExpression(lexpr)) {
              leftExpr = context.parens(leftExpr);
            }
            if (rexpr && this.isComplexExpression(rexpr)) {
              rightExpr2 = context.parens(rightExpr2);
            }
            return context.format([
              leftExpr,
              "IS DISTINCT FROM",
              rightExpr2
            ]);
          }
          case "AEXPR_NOT_DISTINCT": {
            let leftExpr = this.visit(lexpr, context);
            let rightExpr2 = this.visit(rexpr, context);
            if (lexpr && this.isComplexExpression(lexpr)) {
              leftExpr = context.parens(leftExpr);
            }
            if (rexpr && this.isComplexExpression(rexpr)) {
              rightExpr2 = context.parens(rightExpr2);
            }
            return context.format([
              leftExpr,
              "IS NOT DISTINCT FROM",
              rightExpr2
            ]);
          }
          case "AEXPR_NULLIF":
            return context.format([
              "NULLIF",
              context.parens([
                this.visit(lexpr, context),
                this.visit(rexpr, context)
              ].join(", "))
            ]);
          case "AEXPR_IN":
            const inOperator = this.deparseOperatorName(name, context);
            if (inOperator === "<>" || inOperator === "!=") {
              return context.format([
                this.visit(lexpr, context),
                "NOT IN",
                context.parens(this.visit(rexpr, context))
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "IN",
                context.parens(this.visit(rexpr, context))
              ]);
            }
          case "AEXPR_LIKE":
            const likeOp = this.deparseOperatorName(name, context);
            if (likeOp === "!~~") {
              return context.format([
                this.visit(lexpr, context),
                "NOT LIKE",
                this.visit(rexpr, context)
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "LIKE",
                this.visit(rexpr, context)
              ]);
            }
          case "AEXPR_ILIKE":
            const ilikeOp = this.deparseOperatorName(name, context);
            if (ilikeOp === "!~~*") {
              return context.format([
                this.visit(lexpr, context),
                "NOT ILIKE",
                this.visit(rexpr, context)
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "ILIKE",
                this.visit(rexpr, context)
              ]);
            }
          case "AEXPR_SIMILAR":
            const similarOp = this.deparseOperatorName(name, context);
            let rightExpr;
            if (rexpr && "FuncCall" in rexpr && rexpr.FuncCall?.funcname?.length === 2 && rexpr.FuncCall.funcname[0]?.String?.sval === "pg_catalog" && rexpr.FuncCall.funcname[1]?.String?.sval === "similar_to_escape") {
              const args = rexpr.FuncCall.args || [];
              rightExpr = this.visit(args[0], context);
              if (args.length > 1) {
                rightExpr += ` ESCAPE ${this.visit(args[1], context)}`;
              }
            } else {
              rightExpr = this.visit(rexpr, context);
            }
            if (similarOp === "!~") {
              return context.format([
                this.visit(lexpr, context),
                "NOT SIMILAR TO",
                rightExpr
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "SIMILAR TO",
                rightExpr
              ]);
            }
          case "AEXPR_BETWEEN":
            return context.format([
              this.visit(lexpr, context),
              "BETWEEN",
              this.visitBetweenRange(rexpr, context)
            ]);
          case "AEXPR_NOT_BETWEEN":
            return context.format([
              this.visit(lexpr, context),
              "NOT BETWEEN",
              this.visitBetweenRange(rexpr, context)
            ]);
          case "AEXPR_BETWEEN_SYM":
            return context.format([
              this.visit(lexpr, context),
              "BETWEEN SYMMETRIC",
              this.visitBetweenRange(rexpr, context)
            ]);
          case "AEXPR_NOT_BETWEEN_SYM":
            return context.format([
              this.visit(lexpr, context),
              "NOT BETWEEN SYMMETRIC",
              this.visitBetweenRange(rexpr, context)
            ]);
        }
        throw new Error(`Unhandled A_Expr kind: ${kind}`);
      }
      deparseOperatorName(name, context) {
        if (!name || name.length === 0) {
          return "";
        }
        const parts = name.map((n) => {
          if (n.String) {
            return n.String.sval || n.String.str;
          }
          return this.visit(n, context);
        });
        if (parts.length > 1) {
          return `OPERATOR(${parts.join(".")})`;
        }
        return parts.join(".");
      }
      getOperatorPrecedence(operator) {
        const precedence = {
          "||": 1,
          // string concatenation
          "OR": 2,
          // logical OR
          "AND": 3,
          // logical AND
          "NOT": 4,
          // logical NOT
          "IS": 5,
          // IS NULL, IS NOT NULL, etc.
          "IN": 5,
          // IN, NOT IN
          "BETWEEN": 5,
          // BETWEEN, NOT BETWEEN
          "LIKE": 5,
          // LIKE, ILIKE, SIMILAR TO
          "ILIKE": 5,
          "SIMILAR": 5,
          "<": 6,
          // comparison operators
          "<=": 6,
          ">": 6,
          ">=": 6,
          "=": 6,
          "<>": 6,
          "!=": 6,
          "+": 7,
          // addition, subtraction
          "-": 7,
          "*": 8,
          // multiplication, division, modulo
          "/": 8,
          "%": 8,
          "^": 9,
          // exponentiation
          "~": 10,
          // bitwise operators
          "&": 10,
          "|": 10,
          "#": 10,
          "<<": 10,
          ">>": 10
        };
        return precedence[operator] || 0;
      }
      needsParentheses(childOp, parentOp, position) {
        const childPrec = this.getOperatorPrecedence(childOp);
        const parentPrec = this.getOperatorPrecedence(parentOp);
        if (childPrec < parentPrec) {
          return true;
        }
        if (childPrec === parentPrec && position === "right") {
          if (parentOp === "-" || parentOp === "/") {
            return true;
          }
        }
        return false;
      }
      isComplexExpression(node) {
        return !!(node.NullTest || node.BooleanTest || node.BoolExpr || node.CaseExpr || node.CoalesceExpr || node.SubLink || node.A_Expr);
      }
      isComplexSelectTarget(node) {
        if (!node)
          return false;
        if (node.ResTarget?.val) {
          return this.isComplexExpression(node.ResTarget.val);
        }
        if (node.CaseExpr)
          return true;
        if (node.SubLink)
          return true;
        if (node.NullTest || node.BooleanTest || node.BoolExpr)
          return true;
        if (node.CoalesceExpr) {
          const args = node.CoalesceExpr.args;
          if (args && Array.isArray(args) && args.length > 1)
            return true;
        }
        if (node.FuncCall) {
          const funcCall = node.FuncCall;
          const args = funcCall.args ? Array.isArray(funcCall.args) ? funcCall.args : [funcCall.args] : [];
          if (funcCall.over || funcCall.agg_filter || funcCall.agg_order || funcCall.agg_distinct) {
            return true;
          }
          if (args.length > 1)
            return true;
          if (args.length === 1) {
            return this.isComplexSelectTarget(args[0]);
          }
        }
        if (node.A_Expr) {
          const expr = node.A_Expr;
          if (expr.lexpr && this.isComplexSelectTarget(expr.lexpr))
            return true;
          if (expr.rexpr && this.isComplexSelectTarget(expr.rexpr))
            return true;
          return false;
        }
        if (node.TypeCast) {
          return this.isComplexSelectTarget(node.TypeCast.arg);
        }
        if (node.A_ArrayExpr)
          return true;
        if (node.A_Indirection) {
          return this.isComplexSelectTarget(node.A_Indirection.arg);
        }
        if (node.A_Const || node.ColumnRef || node.ParamRef || node.A_Star) {
          return false;
        }
        return false;
      }
      visitBetweenRange(rexpr, context) {
        if (rexpr && "List" in rexpr && rexpr.List?.items) {
          const items = rexpr.List.items.map((item) => this.visit(item, context));
          return items.join(" AND ");
        }
        return this.visit(rexpr, context);
      }
      InsertStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        output.push("INSERT INTO");
        output.push(this.RangeVar(node.relation, context));
        if (node.cols) {
          const cols = list_utils_1.ListUtils.unwrapList(node.cols);
          const insertContext = context.spawn("InsertStmt", { insertColumns: true });
          const columnNames = cols.map((col) => this.visit(col, insertContext));
          if (context.isPretty()) {
            const indentedColumns = columnNames.map((col) => context.indent(col));
            output.push("(\n" + indentedColumns.join(",\n") + "\n)");
          } else {
            output.push(context.parens(columnNames.join(", ")));
          }
        }
        if (node.selectStmt) {
          output.push(this.visit(node.selectStmt, context));
        } else if (!node.cols || node.cols && list_utils_1.ListUtils.unwrapList(node.cols).length === 0) {
          output.push("DEFAULT VALUES");
        }
        if (node.onConflictClause) {
          output.push("ON CONFLICT");
          if (node.onConflictClause.infer) {
            const infer = node.onConflictClause.infer;
            if (infer.conname) {
              output.push("ON CONSTRAINT");
              output.push(infer.conname);
            } else if (infer.indexElems) {
              const elems = list_utils_1.ListUtils.unwrapList(infer.indexElems);
              const indexElems = elems.map((elem) => this.visit(elem, context));
              output.push(context.parens(indexElems.join(", ")));
            }
            if (infer.whereClause) {
              output.push("WHERE");
              output.push(this.visit(infer.whereClause, context));
            }
          }
          if (node.onConflictClause.action === "ONCONFLICT_UPDATE") {
            output.push("DO UPDATE SET");
            const targetList = list_utils_1.ListUtils.unwrapList(node.onConflictClause.targetList);
            if (targetList && targetList.length) {
              const firstTarget = targetList[0];
              if (firstTarget.ResTarget?.val?.MultiAssignRef && targetList.every((target) => target.ResTarget?.val?.MultiAssignRef)) {
                const sortedTargets = targetList.sort((a, b) => a.ResTarget.val.MultiAssignRef.colno - b.ResTarget.val.MultiAssignRef.colno);
                const names = sortedTargets.map((target) => target.ResTarget.name);
                output.push(context.parens(names.join(", ")));
                output.push("=");
                output.push(this.visit(firstTarget.ResTarget.val.MultiAssignRef.source, context));
              } else {
                const updateContext = context.spawn("UpdateStmt", { update: true });
                const targets = targetList.map((target) => this.visit(target, updateContext));
                if (context.isPretty()) {
                  const indentedTargets = targets.map((target) => context.indent(target));
                  output.push("\n" + indentedTargets.join(",\n"));
                } else {
                  output.push(targets.join(", "));
                }
              }
            }
            if (node.onConflictClause.whereClause) {
              output.push("WHERE");
              output.push(this.visit(node.onConflictClause.whereClause, context));
            }
          } else if (node.onConflictClause.action === "ONCONFLICT_NOTHING") {
            output.push("DO NOTHING");
          }
        }
        if (node.returningList) {
          output.push("RETURNING");
          const returningList = list_utils_1.ListUtils.unwrapList(node.returningList);
          const returns = returningList.map((ret) => this.visit(ret, context));
          output.push(returns.join(", "));
        }
        return output.join(" ");
      }
      UpdateStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        output.push("UPDATE");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        output.push("SET");
        const targetList = list_utils_1.ListUtils.unwrapList(node.targetList);
        if (targetList && targetList.length) {
          const firstTarget = targetList[0];
          const processedTargets = /* @__PURE__ */ new Set();
          const assignmentParts = [];
          for (let i = 0; i < targetList.length; i++) {
            if (processedTargets.has(i))
              continue;
            const target = targetList[i];
            const multiAssignRef = target.ResTarget?.val?.MultiAssignRef;
            if (multiAssignRef) {
              const relatedTargets = [];
              for (let j = i; j < targetList.length; j++) {
                const otherTarget = targetList[j];
                const otherMultiAssignRef = otherTarget.ResTarget?.val?.MultiAssignRef;
                if (otherMultiAssignRef && JSON.stringify(otherMultiAssignRef.source) === JSON.stringify(multiAssignRef.source)) {
                  relatedTargets.push(otherTarget);
                  processedTargets.add(j);
                }
              }
              const names = relatedTargets.map((t) => t.ResTarget.name);
              const multiAssignment = `${context.parens(names.join(", "))} = ${this.visit(multiAssignRef.source, context)}`;
              assignmentParts.push(multiAssignment);
            } else {
              assignmentParts.push(this.visit(target, context.spawn("UpdateStmt", { update: true })));
              processedTargets.add(i);
            }
          }
          output.push(assignmentParts.join(","));
        }
        if (node.fromClause) {
          output.push("FROM");
          const fromList = list_utils_1.ListUtils.unwrapList(node.fromClause);
          const fromItems = fromList.map((item) => this.visit(item, context));
          output.push(fromItems.join(", "));
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(this.visit(node.whereClause, context));
        }
        if (node.returningList) {
          output.push("RETURNING");
          output.push(this.deparseReturningList(node.returningList, context));
        }
        return output.join(" ");
      }
      DeleteStmt(node, context) {
        try {
          const output = [];
          if (node.withClause) {
            try {
              output.push(this.WithClause(node.withClause, context));
            } catch (error) {
              console.warn(`Error processing withClause in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
              throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          output.push("DELETE");
          output.push("FROM");
          if (!node.relation) {
            throw new Error("DeleteStmt requires a relation");
          }
          output.push(this.RangeVar(node.relation, context));
          if (node.usingClause) {
            output.push("USING");
            const usingList = list_utils_1.ListUtils.unwrapList(node.usingClause);
            const usingItems = usingList.filter((item) => item != null && this.getNodeType(item) !== "undefined").map((item) => {
              try {
                return this.visit(item, context);
              } catch (error) {
                console.warn(`Error processing usingClause item in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
                return "";
              }
            }).filter((item) => item && item.trim());
            if (usingItems.length > 0) {
              output.push(usingItems.join(", "));
            }
          }
          if (node.whereClause) {
            output.push("WHERE");
            try {
              output.push(this.visit(node.whereClause, context));
            } catch (error) {
              console.warn(`Error processing whereClause in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
              throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          if (node.returningList) {
            output.push("RETURNING");
            try {
              output.push(this.deparseReturningList(node.returningList, context));
            } catch (error) {
              console.warn(`Error processing returningList in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
              throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          return output.join(" ");
        } catch (error) {
          throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      WithClause(node, context) {
        const output = ["WITH"];
        if (node.recursive) {
          output.push("RECURSIVE");
        }
        if (node.ctes && node.ctes.length > 0) {
          const ctes = list_utils_1.ListUtils.unwrapList(node.ctes);
          if (context.isPretty()) {
            const cteStrings = ctes.map((cte, index) => {
              const cteStr = this.visit(cte, context);
              const prefix = index === 0 ? context.newline() : "," + context.newline();
              if (this.containsMultilineStringLiteral(cteStr)) {
                return prefix + cteStr;
              }
              return prefix + context.indent(cteStr);
            });
            output.push(cteStrings.join(""));
          } else {
            const cteStrings = ctes.map((cte) => this.visit(cte, context));
            output.push(cteStrings.join(", "));
          }
        }
        return output.join(" ");
      }
      ResTarget(node, context) {
        const output = [];
        if (context.update && node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          if (node.indirection && node.indirection.length > 0) {
            const indirectionStrs = list_utils_1.ListUtils.unwrapList(node.indirection).map((item) => {
              if (item.String) {
                return `.${quotes_1.QuoteUtils.quoteIdentifierAfterDot(item.String.sval || item.String.str)}`;
              }
              return this.visit(item, context);
            });
            output.push(indirectionStrs.join(""));
          }
          output.push("=");
          if (node.val) {
            output.push(this.deparse(node.val, context));
          }
        } else if (context.insertColumns && node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          if (node.indirection && node.indirection.length > 0) {
            const indirectionStrs = list_utils_1.ListUtils.unwrapList(node.indirection).map((item) => {
              if (item.String) {
                return `.${quotes_1.QuoteUtils.quoteIdentifierAfterDot(item.String.sval || item.String.str)}`;
              }
              return this.visit(item, context);
            });
            output.push(indirectionStrs.join(""));
          }
        } else {
          if (node.val) {
            output.push(this.deparse(node.val, context));
          }
          if (node.name) {
            output.push("AS");
            output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          }
        }
        return output.join(" ");
      }
      deparseReturningList(list2, context) {
        return list_utils_1.ListUtils.unwrapList(list2).filter((item) => item != null && this.getNodeType(item) !== "undefined").map((item) => {
          try {
            if (this.getNodeType(item) === "ResTarget") {
              const resTarget = this.getNodeData(item);
              const val = resTarget.val ? this.visit(resTarget.val, context) : "";
              const alias = resTarget.name ? ` AS ${quotes_1.QuoteUtils.quoteIdentifier(resTarget.name)}` : "";
              return val + alias;
            } else {
              const val = this.visit(item, context);
              return val;
            }
          } catch (error) {
            console.warn(`Error processing returning item: ${error instanceof Error ? error.message : String(error)}`);
            return "";
          }
        }).filter((item) => item && item.trim()).join(", ");
      }
      BoolExpr(node, context) {
        const boolop = node.boolop;
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        let formatStr = "%s";
        if (context.bool) {
          formatStr = "(%s)";
        }
        const boolContext = context.spawn("BoolExpr", { bool: true });
        switch (boolop) {
          case "AND_EXPR":
            if (context.isPretty() && args.length > 1) {
              const andArgs = args.map((arg) => this.visit(arg, boolContext)).join(context.newline() + context.indent("AND "));
              return formatStr.replace("%s", () => andArgs);
            } else {
              const andArgs = args.map((arg) => this.visit(arg, boolContext)).join(" AND ");
              return formatStr.replace("%s", () => andArgs);
            }
          case "OR_EXPR":
            if (context.isPretty() && args.length > 1) {
              const orArgs = args.map((arg) => this.visit(arg, boolContext)).join(context.newline() + context.indent("OR "));
              return formatStr.replace("%s", () => orArgs);
            } else {
              const orArgs = args.map((arg) => this.visit(arg, boolContext)).join(" OR ");
              return formatStr.replace("%s", () => orArgs);
            }
          case "NOT_EXPR":
            return `NOT (${this.visit(args[0], context)})`;
          default:
            throw new Error(`Unhandled BoolExpr boolop: ${boolop}`);
        }
      }
      FuncCall(node, context) {
        const funcname = list_utils_1.ListUtils.unwrapList(node.funcname);
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const funcnameParts = funcname.map((n) => n.String?.sval || n.String?.str || "").filter((s) => s);
        const name = quotes_1.QuoteUtils.quoteDottedName(funcnameParts);
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.xmlexists" && args.length >= 2) {
          const xpath = this.visit(args[0], context);
          const xmlDoc = this.visit(args[1], context);
          return `xmlexists (${xpath} PASSING ${xmlDoc})`;
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.extract" && args.length >= 2) {
          let field = this.visit(args[0], context);
          const source2 = this.visit(args[1], context);
          if (field.startsWith("'") && field.endsWith("'")) {
            field = field.slice(1, -1).toUpperCase();
          }
          return `EXTRACT(${field} FROM ${source2})`;
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && (name === "pg_catalog.rtrim" || name === "pg_catalog.ltrim" || name === "pg_catalog.btrim") && args.length >= 1) {
          const source2 = this.visit(args[0], context);
          let trimChar = "";
          if (args.length >= 2) {
            trimChar = ` ${this.visit(args[1], context)}`;
          }
          if (name === "pg_catalog.rtrim") {
            return `TRIM(TRAILING${trimChar} FROM ${source2})`;
          } else if (name === "pg_catalog.ltrim") {
            return `TRIM(LEADING${trimChar} FROM ${source2})`;
          } else if (name === "pg_catalog.btrim") {
            return `TRIM(BOTH${trimChar} FROM ${source2})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.pg_collation_for") {
          const argStrs = args.map((arg) => this.visit(arg, context));
          return `COLLATION FOR (${argStrs.join(", ")})`;
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.substring") {
          const source2 = this.visit(args[0], context);
          if (args.length === 3) {
            const start = this.visit(args[1], context);
            const length = this.visit(args[2], context);
            return `SUBSTRING(${source2} FROM ${start} FOR ${length})`;
          } else if (args.length === 2) {
            const start = this.visit(args[1], context);
            return `SUBSTRING(${source2} FROM ${start})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.position") {
          if (args.length === 2) {
            const string = this.visit(args[0], context);
            const substring = this.visit(args[1], context);
            return `POSITION(${substring} IN ${string})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.overlay") {
          if (args.length === 4) {
            const string = this.visit(args[0], context);
            const substring = this.visit(args[1], context);
            const start = this.visit(args[2], context);
            const length = this.visit(args[3], context);
            return `OVERLAY(${string} PLACING ${substring} FROM ${start} FOR ${length})`;
          } else if (args.length === 3) {
            const string = this.visit(args[0], context);
            const substring = this.visit(args[1], context);
            const start = this.visit(args[2], context);
            return `OVERLAY(${string} PLACING ${substring} FROM ${start})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.is_normalized") {
          const string = this.visit(args[0], context);
          if (args.length === 2) {
            const form = this.visit(args[1], context);
            const formValue = form.replace(/'/g, "");
            return `${string} IS ${formValue} NORMALIZED`;
          } else {
            return `${string} IS NORMALIZED`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.normalize") {
          const string = this.visit(args[0], context);
          if (args.length === 2) {
            const form = this.visit(args[1], context);
            const formValue = form.replace(/'/g, "");
            return `normalize(${string}, ${formValue})`;
          } else {
            return `normalize(${string})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.system_user" && args.length === 0) {
          return "SYSTEM_USER";
        }
        if (name === "pg_catalog.overlaps" && args.length === 4) {
          const left1 = this.visit(args[0], context);
          const left2 = this.visit(args[1], context);
          const right1 = this.visit(args[2], context);
          const right2 = this.visit(args[3], context);
          return `(${left1}, ${left2}) OVERLAPS (${right1}, ${right2})`;
        }
        if (name === "pg_catalog.timezone" && args.length === 2) {
          let timestamp = this.visit(args[1], context);
          const timezone = this.visit(args[0], context);
          if (args[1] && "A_Expr" in args[1] && args[1].A_Expr?.kind === "AEXPR_OP") {
            const op = this.deparseOperatorName(list_utils_1.ListUtils.unwrapList(args[1].A_Expr.name), context);
            if (op === "+" || op === "-" || op === "*" || op === "/") {
              timestamp = context.parens(timestamp);
            }
          }
          return `${timestamp} AT TIME ZONE ${timezone}`;
        }
        const params = [];
        if (node.agg_star) {
          if (node.agg_distinct) {
            params.push("DISTINCT *");
          } else {
            params.push("*");
          }
        } else {
          const argStrs = args.map((arg) => this.visit(arg, context));
          if (node.func_variadic && argStrs.length > 0) {
            const lastIndex = argStrs.length - 1;
            argStrs[lastIndex] = `VARIADIC ${argStrs[lastIndex]}`;
          }
          if (node.agg_distinct && argStrs.length > 0) {
            params.push("DISTINCT " + argStrs.join(", "));
          } else {
            params.push(...argStrs);
          }
        }
        let orderByClause = "";
        if (node.agg_order && node.agg_order.length > 0) {
          const orderItems = list_utils_1.ListUtils.unwrapList(node.agg_order);
          const orderStrs = orderItems.map((item) => this.visit(item, context));
          if (node.agg_within_group) {
            orderByClause = ` WITHIN GROUP (ORDER BY ${orderStrs.join(", ")})`;
          } else {
            orderByClause = ` ORDER BY ${orderStrs.join(", ")}`;
          }
        }
        let result;
        if (node.agg_within_group && orderByClause) {
          result = `${name}(${params.join(", ")})${orderByClause}`;
        } else {
          result = `${name}(${params.join(", ")}${orderByClause})`;
        }
        if (node.agg_filter) {
          result += ` FILTER (WHERE ${this.visit(node.agg_filter, context)})`;
        }
        if (node.over) {
          if (node.over.name) {
            result += ` OVER ${node.over.name}`;
          } else {
            const windowParts = [];
            if (node.over.partitionClause) {
              const partitions = list_utils_1.ListUtils.unwrapList(node.over.partitionClause);
              const partitionStrs = partitions.map((p) => this.visit(p, context));
              windowParts.push(`PARTITION BY ${partitionStrs.join(", ")}`);
            }
            if (node.over.orderClause) {
              const orders = list_utils_1.ListUtils.unwrapList(node.over.orderClause);
              const orderStrs = orders.map((o) => this.visit(o, context));
              windowParts.push(`ORDER BY ${orderStrs.join(", ")}`);
            }
            const frameClause = this.formatWindowFrame(node.over, context.spawn("FuncCall"));
            if (frameClause) {
              windowParts.push(frameClause);
            }
            if (windowParts.length > 0) {
              if (context.isPretty() && windowParts.length > 1) {
                const formattedParts = windowParts.map((part) => context.indent(part));
                result += ` OVER (${context.newline()}${formattedParts.join(context.newline())}${context.newline()})`;
              } else {
                result += ` OVER (${windowParts.join(" ")})`;
              }
            } else {
              result += ` OVER ()`;
            }
          }
        }
        return result;
      }
      FuncExpr(node, context) {
        const funcName = `func_${node.funcid}`;
        const args = node.args ? list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context)).join(", ") : "";
        return `${funcName}(${args})`;
      }
      A_Const(node, context) {
        const nodeAny = node;
        if (nodeAny.ival !== void 0) {
          if (typeof nodeAny.ival === "object" && nodeAny.ival !== null) {
            if (nodeAny.ival.ival !== void 0) {
              return nodeAny.ival.ival.toString();
            } else if (Object.keys(nodeAny.ival).length === 0) {
              return "0";
            } else {
              return nodeAny.ival.toString();
            }
          } else if (nodeAny.ival === null) {
            return "NULL";
          } else {
            return nodeAny.ival.toString();
          }
        } else if (nodeAny.fval !== void 0) {
          if (typeof nodeAny.fval === "object" && nodeAny.fval !== null) {
            if (nodeAny.fval.fval !== void 0) {
              return nodeAny.fval.fval.toString();
            } else if (Object.keys(nodeAny.fval).length === 0) {
              return "0.0";
            } else {
              return nodeAny.fval.toString();
            }
          } else if (nodeAny.fval === null) {
            return "NULL";
          } else {
            return nodeAny.fval.toString();
          }
        } else if (nodeAny.sval !== void 0) {
          if (typeof nodeAny.sval === "object" && nodeAny.sval !== null) {
            if (nodeAny.sval.sval !== void 0) {
              return quotes_1.QuoteUtils.formatEString(nodeAny.sval.sval);
            } else if (nodeAny.sval.String && nodeAny.sval.String.sval !== void 0) {
              return quotes_1.QuoteUtils.formatEString(nodeAny.sval.String.sval);
            } else if (Object.keys(nodeAny.sval).length === 0) {
              return "''";
            } else {
              return quotes_1.QuoteUtils.formatEString(nodeAny.sval.toString());
            }
          } else if (nodeAny.sval === null) {
            return "NULL";
          } else {
            return quotes_1.QuoteUtils.formatEString(nodeAny.sval);
          }
        } else if (nodeAny.boolval !== void 0) {
          if (typeof nodeAny.boolval === "object" && nodeAny.boolval !== null) {
            if (nodeAny.boolval.boolval !== void 0) {
              return nodeAny.boolval.boolval ? "true" : "false";
            } else if (Object.keys(nodeAny.boolval).length === 0) {
              return "false";
            } else {
              return nodeAny.boolval ? "true" : "false";
            }
          } else if (nodeAny.boolval === null) {
            return "NULL";
          } else {
            return nodeAny.boolval ? "true" : "false";
          }
        } else if (nodeAny.bsval !== void 0) {
          if (typeof nodeAny.bsval === "object" && nodeAny.bsval !== null) {
            if (nodeAny.bsval.bsval !== void 0) {
              const bsval = nodeAny.bsval.bsval;
              if (bsval.startsWith("x") && /^x[0-9A-Fa-f]+$/.test(bsval)) {
                return `x'${bsval.substring(1)}'`;
              }
              if (bsval.startsWith("b")) {
                return `b'${bsval.substring(1)}'`;
              }
              return `b'${bsval}'`;
            } else if (Object.keys(nodeAny.bsval).length === 0) {
              return "''";
            } else {
              return nodeAny.bsval.toString();
            }
          } else if (nodeAny.bsval === null) {
            return "NULL";
          } else {
            const bsval = nodeAny.bsval;
            if (bsval.startsWith("x") && /^x[0-9A-Fa-f]+$/.test(bsval)) {
              return `x'${bsval.substring(1)}'`;
            }
            if (bsval.startsWith("b")) {
              return `b'${bsval.substring(1)}'`;
            }
            return `b'${bsval}'`;
          }
        }
        if (nodeAny.val) {
          if (nodeAny.val.Integer?.ival !== void 0) {
            return nodeAny.val.Integer.ival.toString();
          } else if (nodeAny.val.Float?.fval !== void 0) {
            return nodeAny.val.Float.fval.toString();
          } else if (nodeAny.val.String?.sval !== void 0) {
            return quotes_1.QuoteUtils.escape(nodeAny.val.String.sval);
          } else if (nodeAny.val.Boolean?.boolval !== void 0) {
            return nodeAny.val.Boolean.boolval ? "true" : "false";
          } else if (nodeAny.val.BitString?.bsval !== void 0) {
            return nodeAny.val.BitString.bsval;
          }
        }
        if (nodeAny.isnull === true) {
          return "NULL";
        }
        if (typeof nodeAny === "object" && nodeAny !== null) {
          if (nodeAny.Boolean !== void 0) {
            return nodeAny.Boolean ? "true" : "false";
          }
          if (nodeAny.Integer !== void 0) {
            if (typeof nodeAny.Integer === "object" && nodeAny.Integer.ival !== void 0) {
              return nodeAny.Integer.ival.toString();
            }
            return nodeAny.Integer.toString();
          }
          if (nodeAny.Float !== void 0) {
            if (typeof nodeAny.Float === "object" && nodeAny.Float.fval !== void 0) {
              return nodeAny.Float.fval.toString();
            }
            return nodeAny.Float.toString();
          }
          if (nodeAny.String !== void 0) {
            if (typeof nodeAny.String === "object" && nodeAny.String.sval !== void 0) {
              return quotes_1.QuoteUtils.escape(nodeAny.String.sval);
            }
            return quotes_1.QuoteUtils.escape(nodeAny.String);
          }
          if (Object.keys(nodeAny).length === 0) {
            return "NULL";
          }
          console.warn("A_Const: Unhandled object structure:", JSON.stringify(nodeAny, null, 2));
          return "NULL";
        }
        return "NULL";
      }
      ColumnRef(node, context) {
        const fields = list_utils_1.ListUtils.unwrapList(node.fields);
        return fields.map((field) => {
          if (field.String) {
            return quotes_1.QuoteUtils.quoteIdentifier(field.String.sval || field.String.str);
          } else if (field.A_Star) {
            return "*";
          }
          return this.visit(field, context);
        }).join(".");
      }
      TypeName(node, context) {
        if (!node.names) {
          return "";
        }
        const output = [];
        if (node.setof) {
          output.push("SETOF");
        }
        const names = node.names.map((name) => {
          if (name.String) {
            return name.String.sval || name.String.str;
          }
          return "";
        }).filter(Boolean);
        if (names.length === 0) {
          return "";
        }
        let args = null;
        if (node.typmods) {
          const isInterval = names.some((name) => {
            const nameStr = typeof name === "string" ? name : name.String?.sval || name.String?.str;
            return nameStr === "interval";
          });
          if (isInterval) {
            args = this.formatIntervalTypeMods(node.typmods, context);
          } else {
            args = this.formatTypeMods(node.typmods, context);
          }
        } else if (node.typemod && node.typemod !== -1) {
          args = this.formatSingleTypeMod(node.typemod, names[0]);
        }
        const mods = (name, size) => {
          if (size != null) {
            if (name === "interval") {
              if (size.startsWith("(")) {
                return `${name}${size}`;
              }
              return `${name} ${size}`;
            }
            return `${name}(${size})`;
          }
          return name;
        };
        const formatArrayBounds = (arrayBounds) => {
          return arrayBounds.map((bound) => {
            if (bound.Integer && bound.Integer.ival !== void 0 && bound.Integer.ival !== -1) {
              return `[${bound.Integer.ival}]`;
            }
            return "[]";
          }).join("");
        };
        if (names.length === 1) {
          const typeName = names[0];
          if (typeName === "char") {
            if (context.parentNodeTypes.includes("TypeCast") && args === "1") {
              output.push('"char"');
            } else {
              output.push(mods('"char"', args));
            }
            return output.join(" ");
          }
          let result2 = mods(quotes_1.QuoteUtils.quoteIdentifierTypeName(typeName), args);
          if (node.arrayBounds && node.arrayBounds.length > 0) {
            result2 += formatArrayBounds(node.arrayBounds);
          }
          output.push(result2);
          return output.join(" ");
        }
        if (names.length === 2) {
          const [catalog, type] = names;
          if (catalog === "pg_catalog" && type === "char") {
            output.push(mods("pg_catalog.char", args));
            return output.join(" ");
          }
          if (catalog === "pg_catalog") {
            let typeName = `${catalog}.${type}`;
            if (type === "bpchar" && args) {
              typeName = "char";
            } else if (type === "varchar") {
              typeName = "varchar";
            } else if (type === "numeric") {
              typeName = "numeric";
            } else if (type === "int4") {
              typeName = "int";
            } else if (type === "float8") {
              typeName = "double precision";
            } else if (type === "float4") {
              typeName = "real";
            } else if (type === "int8") {
              typeName = "bigint";
            } else if (type === "int2") {
              typeName = "smallint";
            } else if (type === "bool") {
              typeName = "boolean";
            } else if (type === "interval") {
              if (context.parentNodeTypes.includes("TypeCast")) {
                typeName = "interval";
              } else {
                typeName = "interval";
              }
            } else if (type === "timestamptz") {
              if (args) {
                typeName = `timestamp(${args}) with time zone`;
                args = null;
              } else {
                typeName = "timestamp with time zone";
              }
            } else if (type === "timetz") {
              if (args) {
                typeName = `time(${args}) with time zone`;
                args = null;
              } else {
                typeName = "time with time zone";
              }
            } else if (type === "timestamp") {
              if (args) {
                typeName = `timestamp(${args})`;
                args = null;
              } else {
                typeName = "timestamp";
              }
            } else if (type === "time") {
              if (args) {
                typeName = `time(${args})`;
                args = null;
              } else {
                typeName = "time";
              }
            }
            let result2 = mods(typeName, args);
            if (node.arrayBounds && node.arrayBounds.length > 0) {
              result2 += formatArrayBounds(node.arrayBounds);
            }
            output.push(result2);
            return output.join(" ");
          }
        }
        let result = mods(quotes_1.QuoteUtils.quoteTypeDottedName(names), args);
        if (node.arrayBounds && node.arrayBounds.length > 0) {
          result += formatArrayBounds(node.arrayBounds);
        }
        output.push(result);
        return output.join(" ");
      }
      Alias(node, context) {
        const name = node.aliasname;
        const output = [];
        if (node.colnames) {
          const colnames = list_utils_1.ListUtils.unwrapList(node.colnames);
          const quotedColnames = colnames.map((col) => {
            const colStr = this.deparse(col, context);
            if (colStr.startsWith('"') && colStr.endsWith('"')) {
              return colStr;
            }
            return this.quoteIfNeeded(colStr);
          });
          output.push("AS", this.quoteIfNeeded(name) + context.parens(quotedColnames.join(", ")));
        } else {
          output.push("AS", this.quoteIfNeeded(name));
        }
        return output.join(" ");
      }
      RangeVar(node, context) {
        const output = [];
        if (node && (!("inh" in node) || node.inh === void 0) && !context.parentNodeTypes.includes("CompositeTypeStmt") && (!context.parentNodeTypes.includes("AlterTypeStmt") && context.objtype !== "OBJECT_TYPE") && !context.parentNodeTypes.includes("CreateForeignTableStmt")) {
          output.push("ONLY");
        }
        let tableName = "";
        if (node.catalogname) {
          tableName = quotes_1.QuoteUtils.quoteIdentifier(node.catalogname);
          if (node.schemaname) {
            tableName += "." + quotes_1.QuoteUtils.quoteIdentifierAfterDot(node.schemaname);
          }
          tableName += "." + quotes_1.QuoteUtils.quoteIdentifierAfterDot(node.relname);
        } else if (node.schemaname) {
          tableName = quotes_1.QuoteUtils.quoteQualifiedIdentifier(node.schemaname, node.relname);
        } else {
          tableName = quotes_1.QuoteUtils.quoteIdentifier(node.relname);
        }
        output.push(tableName);
        if (node.alias) {
          const aliasStr = this.Alias(node.alias, context);
          output.push(aliasStr);
        }
        const result = output.join(" ");
        return result;
      }
      formatIntervalTypeMods(typmods, context) {
        if (!typmods || typmods.length === 0) {
          return null;
        }
        const mods = list_utils_1.ListUtils.unwrapList(typmods);
        const intervalFields = {
          4: "year",
          2: "month",
          8: "day",
          1024: "hour",
          2048: "minute",
          4096: "second",
          6: "year to month",
          1032: "day to hour",
          3080: "day to minute",
          7176: "day to second",
          3072: "hour to minute",
          7168: "hour to second",
          6144: "minute to second"
        };
        if (mods.length === 1) {
          const mod = mods[0];
          if (mod && typeof mod === "object") {
            const aConst = mod.A_Const;
            if (aConst && aConst.ival !== void 0) {
              const ivalValue = typeof aConst.ival === "object" ? aConst.ival.ival : aConst.ival;
              if (ivalValue !== void 0) {
                if (intervalFields[ivalValue]) {
                  return intervalFields[ivalValue];
                }
                return `(${ivalValue})`;
              }
            }
          }
        }
        if (mods.length === 2) {
          const firstMod = mods[0];
          const secondMod = mods[1];
          if (firstMod && typeof firstMod === "object") {
            const firstConst = firstMod.A_Const;
            if (firstConst && firstConst.ival !== void 0) {
              const firstValue = typeof firstConst.ival === "object" ? firstConst.ival.ival : firstConst.ival;
              if (secondMod && typeof secondMod === "object") {
                const secondConst = secondMod.A_Const;
                if (secondConst && secondConst.ival !== void 0) {
                  const secondValue = typeof secondConst.ival === "object" ? secondConst.ival.ival !== void 0 ? secondConst.ival.ival : 0 : secondConst.ival;
                  if (firstValue === 32767 && secondValue >= 0) {
                    return `(${secondValue})`;
                  }
                  if (intervalFields[firstValue] && secondValue >= 0) {
                    return `${intervalFields[firstValue]}(${secondValue})`;
                  }
                }
              }
            }
          }
        }
        const fieldSpecs = mods.map((mod) => {
          if (mod && typeof mod === "object") {
            const aConst = mod.A_Const;
            if (aConst && aConst.ival !== void 0) {
              const ivalValue = typeof aConst.ival === "object" ? aConst.ival.ival : aConst.ival;
              if (ivalValue !== void 0) {
                return intervalFields[ivalValue] || ivalValue.toString();
              }
            }
          }
          const result = this.visit(mod, context);
          return result || "";
        }).filter(Boolean);
        return fieldSpecs.length > 0 ? fieldSpecs.join(" ") : null;
      }
      formatTypeMods(typmods, context) {
        if (!typmods || typmods.length === 0) {
          return null;
        }
        const mods = list_utils_1.ListUtils.unwrapList(typmods);
        const filteredMods = mods.filter((mod) => {
          if (mod && typeof mod === "object") {
            const aConst = mod.A_Const;
            if (aConst && aConst.ival) {
              const ivalValue = typeof aConst.ival === "object" ? aConst.ival.ival : aConst.ival;
              if (ivalValue === 32767) {
                return false;
              }
            }
          }
          return true;
        });
        if (filteredMods.length === 0) {
          return null;
        }
        return filteredMods.map((mod) => {
          return this.deparse(mod, context);
        }).join(", ");
      }
      formatSingleTypeMod(typemod, typeName) {
        switch (typeName) {
          case "varchar":
          case "bpchar":
          case "char":
            if (typemod > 4) {
              return (typemod - 64).toString();
            }
            break;
          case "numeric":
          case "decimal":
            if (typemod > 4) {
              const modValue = typemod - 4;
              const precision = modValue >> 16 & 65535;
              const scale = modValue & 65535;
              if (scale > 0) {
                return `${precision},${scale}`;
              } else {
                return precision.toString();
              }
            }
            break;
          case "time":
          case "timetz":
          case "timestamp":
          case "timestamptz":
          case "interval":
            if (typemod >= 0) {
              return typemod.toString();
            }
            break;
        }
        return null;
      }
      getPgCatalogTypeName(typeName, size) {
        switch (typeName) {
          case "bpchar":
            if (size != null) {
              return "char";
            }
            return "bpchar";
          case "varchar":
            return "varchar";
          case "numeric":
            return "numeric";
          case "bool":
            return "boolean";
          case "int2":
            return "smallint";
          case "int4":
            return "int";
          case "int8":
            return "bigint";
          case "real":
            return "float4";
          case "time":
            return "time";
          case "timestamp":
            return "timestamp";
          case "interval":
            return "interval";
          case "bit":
            return "bit";
          default:
            return typeName;
        }
      }
      isPgCatalogType(typeName) {
        const cleanTypeName = typeName.replace(/^pg_catalog\./, "");
        if (pgCatalogTypes.includes(cleanTypeName)) {
          return true;
        }
        for (const [realType, aliases] of pgCatalogTypeAliases) {
          if (aliases.includes(cleanTypeName)) {
            return true;
          }
        }
        return false;
      }
      A_ArrayExpr(node, context) {
        const elements = list_utils_1.ListUtils.unwrapList(node.elements);
        const elementStrs = elements.map((el) => this.visit(el, context));
        return `ARRAY[${elementStrs.join(", ")}]`;
      }
      A_Indices(node, context) {
        const output = [];
        if (node.is_slice) {
          if (node.lidx) {
            output.push(this.visit(node.lidx, context));
          }
          output.push(":");
          if (node.uidx) {
            output.push(this.visit(node.uidx, context));
          }
        } else {
          if (node.uidx) {
            output.push(this.visit(node.uidx, context));
          }
        }
        return `[${output.join("")}]`;
      }
      A_Indirection(node, context) {
        let argStr = this.visit(node.arg, context);
        const argType = this.getNodeType(node.arg);
        if (argType === "TypeCast" || argType === "SubLink" || argType === "A_Expr" || argType === "FuncCall" || argType === "A_Indirection" || argType === "ColumnRef" || argType === "RowExpr") {
          argStr = `(${argStr})`;
        }
        const output = [argStr];
        const indirection = list_utils_1.ListUtils.unwrapList(node.indirection);
        for (const subnode of indirection) {
          if (subnode.String || subnode.A_Star) {
            const value = subnode.A_Star ? "*" : quotes_1.QuoteUtils.quoteIdentifier(subnode.String.sval || subnode.String.str);
            output.push(`.${value}`);
          } else {
            output.push(this.visit(subnode, context));
          }
        }
        return output.join("");
      }
      A_Star(node, context) {
        return "*";
      }
      CaseExpr(node, context) {
        const output = ["CASE"];
        if (node.arg) {
          output.push(this.visit(node.arg, context));
        }
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (context.isPretty() && args.length > 0) {
          for (const arg of args) {
            const whenClause = this.visit(arg, context);
            if (this.containsMultilineStringLiteral(whenClause)) {
              output.push(context.newline() + whenClause);
            } else {
              output.push(context.newline() + context.indent(whenClause));
            }
          }
          if (node.defresult) {
            const elseResult = this.visit(node.defresult, context);
            if (this.containsMultilineStringLiteral(elseResult)) {
              output.push(context.newline() + "ELSE " + elseResult);
            } else {
              output.push(context.newline() + context.indent("ELSE " + elseResult));
            }
          }
          output.push(context.newline() + "END");
          return output.join(" ");
        } else {
          for (const arg of args) {
            output.push(this.visit(arg, context));
          }
          if (node.defresult) {
            output.push("ELSE");
            output.push(this.visit(node.defresult, context));
          }
          output.push("END");
          return output.join(" ");
        }
      }
      CoalesceExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const argStrs = args.map((arg) => this.visit(arg, context));
        return `COALESCE(${argStrs.join(", ")})`;
      }
      TypeCast(node, context) {
        const arg = this.visit(node.arg, context);
        const typeName = this.TypeName(node.typeName, context);
        if (typeName === "bpchar" || typeName === "pg_catalog.bpchar") {
          const names = node.typeName?.names;
          const isQualifiedBpchar = names && names.length === 2 && names[0]?.String?.sval === "pg_catalog" && names[1]?.String?.sval === "bpchar";
          if (isQualifiedBpchar) {
            return `CAST(${arg} AS ${typeName})`;
          }
        }
        if (this.isPgCatalogType(typeName)) {
          const argType = this.getNodeType(node.arg);
          const isSimpleArgument = argType === "A_Const" || argType === "ColumnRef";
          const isFunctionCall = argType === "FuncCall";
          if (isSimpleArgument || isFunctionCall) {
            const shouldUseCastSyntax = isSimpleArgument && (arg.includes("(") || arg.startsWith("-"));
            if (!shouldUseCastSyntax) {
              const cleanTypeName = typeName.replace("pg_catalog.", "");
              if (isFunctionCall) {
                return `${context.parens(arg)}::${cleanTypeName}`;
              }
              return `${arg}::${cleanTypeName}`;
            }
          }
        }
        return `CAST(${arg} AS ${typeName})`;
      }
      CollateClause(node, context) {
        const output = [];
        if (node.arg) {
          let argStr = this.visit(node.arg, context);
          const argType = this.getNodeType(node.arg);
          if (argType === "A_Expr" || argType === "FuncCall" || argType === "SubLink") {
            argStr = `(${argStr})`;
          }
          output.push(argStr);
        }
        output.push("COLLATE");
        if (node.collname) {
          const collname = list_utils_1.ListUtils.unwrapList(node.collname);
          output.push(collname.map((n) => this.visit(n, context)).join("."));
        }
        return output.join(" ");
      }
      BooleanTest(node, context) {
        const output = [];
        const boolContext = context.spawn("BooleanTest", { bool: true });
        output.push(this.visit(node.arg, boolContext));
        switch (node.booltesttype) {
          case "IS_TRUE":
            output.push("IS TRUE");
            break;
          case "IS_NOT_TRUE":
            output.push("IS NOT TRUE");
            break;
          case "IS_FALSE":
            output.push("IS FALSE");
            break;
          case "IS_NOT_FALSE":
            output.push("IS NOT FALSE");
            break;
          case "IS_UNKNOWN":
            output.push("IS UNKNOWN");
            break;
          case "IS_NOT_UNKNOWN":
            output.push("IS NOT UNKNOWN");
            break;
        }
        return output.join(" ");
      }
      NullTest(node, context) {
        const output = [];
        output.push(this.visit(node.arg, context));
        switch (node.nulltesttype) {
          case "IS_NULL":
            output.push("IS NULL");
            break;
          case "IS_NOT_NULL":
            output.push("IS NOT NULL");
            break;
        }
        return output.join(" ");
      }
      quoteIfNeeded(value) {
        return quotes_1.QuoteUtils.quoteIdentifier(value);
      }
      preserveOperatorDefElemCase(defName) {
        const caseMap = {
          "leftarg": "Leftarg",
          "rightarg": "Rightarg",
          "procedure": "Procedure",
          "function": "Function",
          "commutator": "Commutator",
          "negator": "Negator",
          "restrict": "Restrict",
          "join": "Join",
          "hashes": "Hashes",
          "merges": "Merges"
        };
        return caseMap[defName.toLowerCase()] || defName;
      }
      String(node, context) {
        if (context.isStringLiteral || context.isEnumValue) {
          return quotes_1.QuoteUtils.formatEString(node.sval || "");
        }
        const value = node.sval || "";
        if (context.parentNodeTypes.includes("DefElem") || context.parentNodeTypes.includes("CreateOpClassItem")) {
          return value;
        }
        if (context.parentNodeTypes.includes("ObjectWithArgs")) {
          const pureOperatorRegex = /^[+\-*/<>=~!@#%^&|`?]+$/;
          if (pureOperatorRegex.test(value)) {
            return value;
          }
        }
        return quotes_1.QuoteUtils.quoteIdentifier(value);
      }
      Integer(node, context) {
        return node.ival?.toString() || "0";
      }
      Float(node, context) {
        return node.fval || "0.0";
      }
      Boolean(node, context) {
        return node.boolval ? "true" : "false";
      }
      BitString(node, context) {
        if (node.bsval.startsWith("x")) {
          return `x'${node.bsval.substring(1)}'`;
        }
        if (node.bsval.startsWith("b")) {
          return `b'${node.bsval.substring(1)}'`;
        }
        return `b'${node.bsval}'`;
      }
      Null(node, context) {
        return "NULL";
      }
      List(node, context) {
        if (!node.items || node.items.length === 0) {
          return "";
        }
        return node.items.map((item) => this.visit(item, context)).join(", ");
      }
      CreateStmt(node, context) {
        const output = ["CREATE"];
        if (node.relation && node.relation.relpersistence === "t") {
          output.push("TEMPORARY");
        } else if (node.relation && node.relation.relpersistence === "u") {
          output.push("UNLOGGED");
        }
        if (node.if_not_exists) {
          output.push("TABLE IF NOT EXISTS");
        } else {
          output.push("TABLE");
        }
        output.push(this.RangeVar(node.relation, context));
        if (node.ofTypename) {
          output.push("OF");
          output.push(this.TypeName(node.ofTypename, context));
          if (node.tableElts) {
            const elements = list_utils_1.ListUtils.unwrapList(node.tableElts);
            const elementStrs = elements.map((el) => {
              return this.deparse(el, context);
            });
            output.push(context.parens(elementStrs.join(", ")));
          }
        } else if (node.tableElts) {
          const elements = list_utils_1.ListUtils.unwrapList(node.tableElts);
          const elementStrs = elements.map((el) => {
            return this.deparse(el, context.spawn("CreateStmt"));
          });
          if (context.isPretty()) {
            const formattedElements = elementStrs.map((el) => {
              const trimmedEl = el.trim();
              if (trimmedEl.startsWith("\n")) {
                return context.indent(trimmedEl.substring(1));
              }
              return context.indent(trimmedEl);
            }).join("," + context.newline());
            output.push("(" + context.newline() + formattedElements + context.newline() + ")");
          } else {
            output.push(context.parens(elementStrs.join(", ")));
          }
        } else if (!node.partbound) {
          output.push(context.parens(""));
        }
        if (node.partbound && node.inhRelations && node.inhRelations.length > 0) {
          output.push("PARTITION OF");
          const inherits = list_utils_1.ListUtils.unwrapList(node.inhRelations);
          const inheritStrs = inherits.map((rel2) => this.visit(rel2, context));
          output.push(inheritStrs[0]);
          if (node.partbound.strategy === "l" && node.partbound.listdatums) {
            output.push("FOR VALUES IN");
            const listValues = list_utils_1.ListUtils.unwrapList(node.partbound.listdatums).map((datum) => this.visit(datum, context)).join(", ");
            output.push(`(${listValues})`);
          } else if (node.partbound.strategy === "r" && (node.partbound.lowerdatums || node.partbound.upperdatums)) {
            output.push("FOR VALUES FROM");
            if (node.partbound.lowerdatums) {
              const lowerValues = list_utils_1.ListUtils.unwrapList(node.partbound.lowerdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${lowerValues})`);
            }
            if (node.partbound.upperdatums) {
              output.push("TO");
              const upperValues = list_utils_1.ListUtils.unwrapList(node.partbound.upperdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${upperValues})`);
            }
          } else if (node.partbound.strategy === "h" && node.partbound.modulus !== void 0) {
            output.push("FOR VALUES WITH");
            const remainder = node.partbound.remainder !== void 0 ? node.partbound.remainder : 0;
            output.push(`(MODULUS ${node.partbound.modulus}, REMAINDER ${remainder})`);
          } else if (node.partbound.is_default) {
            output.push("DEFAULT");
          }
        } else if (node.inhRelations) {
          output.push("INHERITS");
          const inherits = list_utils_1.ListUtils.unwrapList(node.inhRelations);
          const inheritStrs = inherits.map((rel2) => this.visit(rel2, context));
          output.push(context.parens(inheritStrs.join(", ")));
        }
        if (node.partspec) {
          output.push("PARTITION BY");
          switch (node.partspec.strategy) {
            case "PARTITION_STRATEGY_HASH":
              output.push("HASH");
              break;
            case "PARTITION_STRATEGY_LIST":
              output.push("LIST");
              break;
            case "PARTITION_STRATEGY_RANGE":
              output.push("RANGE");
              break;
          }
          if (node.partspec.partParams && node.partspec.partParams.length > 0) {
            const partParams = list_utils_1.ListUtils.unwrapList(node.partspec.partParams).map((param) => this.visit(param, context)).join(", ");
            output.push(`(${partParams})`);
          }
        }
        if (node.oncommit && node.oncommit !== "ONCOMMIT_NOOP") {
          output.push("ON COMMIT");
          switch (node.oncommit) {
            case "ONCOMMIT_PRESERVE_ROWS":
              output.push("PRESERVE ROWS");
              break;
            case "ONCOMMIT_DELETE_ROWS":
              output.push("DELETE ROWS");
              break;
            case "ONCOMMIT_DROP":
              output.push("DROP");
              break;
          }
        }
        if (node.options && node.options.length > 0) {
          const createStmtContext = context.spawn("CreateStmt");
          const optionStrs = node.options.map((option) => {
            return this.deparse(option, createStmtContext);
          });
          output.push("WITH", `(${optionStrs.join(", ")})`);
        }
        if (node.accessMethod) {
          output.push("USING");
          output.push(this.quoteIfNeeded(node.accessMethod));
        }
        return output.join(" ");
      }
      ColumnDef(node, context) {
        const output = [];
        if (node.colname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.colname));
        }
        if (node.typeName) {
          output.push(this.TypeName(node.typeName, context));
        }
        if (node.fdwoptions && node.fdwoptions.length > 0) {
          output.push("OPTIONS");
          const columnContext = context.spawn("ColumnDef");
          const options2 = list_utils_1.ListUtils.unwrapList(node.fdwoptions).map((opt) => this.visit(opt, columnContext));
          output.push(`(${options2.join(", ")})`);
        }
        if (node.collClause) {
          output.push(this.CollateClause(node.collClause, context));
        }
        if (node.constraints) {
          const constraints = list_utils_1.ListUtils.unwrapList(node.constraints);
          const constraintStrs = constraints.map((constraint) => {
            const columnConstraintContext = context.spawn("ColumnDef", { isColumnConstraint: true });
            return this.visit(constraint, columnConstraintContext);
          });
          output.push(...constraintStrs);
        }
        if (node.raw_default) {
          output.push("DEFAULT");
          output.push(this.visit(node.raw_default, context));
        }
        if (node.generated) {
          output.push("GENERATED ALWAYS AS");
          output.push(`(${node.generated})`);
          output.push("STORED");
        }
        if (node.is_not_null) {
          output.push("NOT NULL");
        }
        return output.join(" ");
      }
      Constraint(node, context) {
        const output = [];
        if (node.conname && (node.contype === "CONSTR_CHECK" || node.contype === "CONSTR_UNIQUE" || node.contype === "CONSTR_PRIMARY" || node.contype === "CONSTR_FOREIGN")) {
          output.push("CONSTRAINT");
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.conname));
        }
        switch (node.contype) {
          case "CONSTR_NULL":
            output.push("NULL");
            break;
          case "CONSTR_NOTNULL":
            output.push("NOT NULL");
            break;
          case "CONSTR_DEFAULT":
            output.push("DEFAULT");
            if (node.raw_expr) {
              output.push(this.visit(node.raw_expr, context));
            }
            break;
          case "CONSTR_CHECK":
            if (context.isPretty() && !context.isColumnConstraint) {
              output.push("\n" + context.indent("CHECK"));
            } else {
              output.push("CHECK");
            }
            if (node.raw_expr) {
              if (context.isPretty()) {
                const checkExpr = this.visit(node.raw_expr, context);
                if (checkExpr.includes("\n")) {
                  output.push("(\n" + context.indent(checkExpr) + "\n)");
                } else {
                  output.push(`(${checkExpr})`);
                }
              } else {
                output.push(context.parens(this.visit(node.raw_expr, context)));
              }
            }
            if (node.skip_validation) {
              output.push("NOT VALID");
            }
            if (node.is_no_inherit && !context.isDomainConstraint) {
              output.push("NO INHERIT");
            }
            break;
          case "CONSTR_GENERATED":
            output.push("GENERATED");
            if (node.generated_when === "a") {
              output.push("ALWAYS");
            } else if (node.generated_when === "s") {
              output.push("BY DEFAULT");
            }
            output.push("AS");
            if (node.raw_expr) {
              output.push(context.parens(this.visit(node.raw_expr, context)));
            }
            output.push("STORED");
            break;
          case "CONSTR_IDENTITY":
            output.push("GENERATED");
            if (node.generated_when === "a") {
              output.push("ALWAYS");
            } else if (node.generated_when === "d" || node.generated_when === "s") {
              output.push("BY DEFAULT");
            }
            output.push("AS IDENTITY");
            if (node.options && node.options.length > 0) {
              const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => {
                if (option.DefElem) {
                  const defElem2 = option.DefElem;
                  if (defElem2.defname === "sequence_name") {
                    if (defElem2.arg && defElem2.arg.List) {
                      const nameList = list_utils_1.ListUtils.unwrapList(defElem2.arg).map((item) => this.visit(item, context)).join(".");
                      return `SEQUENCE NAME ${nameList}`;
                    }
                    return "SEQUENCE NAME";
                  } else if (defElem2.defname === "start") {
                    const argValue2 = defElem2.arg ? this.visit(defElem2.arg, context) : "";
                    return `START WITH ${argValue2}`;
                  } else if (defElem2.defname === "increment") {
                    const argValue2 = defElem2.arg ? this.visit(defElem2.arg, context) : "";
                    return `INCREMENT BY ${argValue2}`;
                  } else if (defElem2.defname === "minvalue") {
                    if (defElem2.arg) {
                      const argValue2 = this.visit(defElem2.arg, context);
                      return `MINVALUE ${argValue2}`;
                    } else {
                      return "NO MINVALUE";
                    }
                  } else if (defElem2.defname === "maxvalue") {
                    if (defElem2.arg) {
                      const argValue2 = this.visit(defElem2.arg, context);
                      return `MAXVALUE ${argValue2}`;
                    } else {
                      return "NO MAXVALUE";
                    }
                  } else if (defElem2.defname === "cache") {
                    const argValue2 = defElem2.arg ? this.visit(defElem2.arg, context) : "";
                    return `CACHE ${argValue2}`;
                  } else if (defElem2.defname === "cycle") {
                    const argValue2 = defElem2.arg ? this.visit(defElem2.arg, context) : "";
                    return argValue2 === "true" ? "CYCLE" : "NO CYCLE";
                  }
                  const argValue = defElem2.arg ? this.visit(defElem2.arg, context) : "";
                  return `${defElem2.defname.toUpperCase()} ${argValue}`;
                }
                return this.visit(option, context);
              });
              if (context.isPretty()) {
                const indentedOptions = optionStrs.map((option) => context.indent(option));
                output.push("(\n" + indentedOptions.join("\n") + "\n)");
              } else {
                output.push(`(${optionStrs.join(" ")})`);
              }
            }
            break;
          case "CONSTR_PRIMARY":
            output.push("PRIMARY KEY");
            if (node.keys && node.keys.length > 0) {
              const keyList = list_utils_1.ListUtils.unwrapList(node.keys).map((key2) => this.visit(key2, context)).join(", ");
              output.push(`(${keyList})`);
            }
            if (node.indexname) {
              output.push("USING INDEX");
              output.push(node.indexname);
            }
            break;
          case "CONSTR_UNIQUE":
            if (context.isPretty() && !context.isColumnConstraint) {
              output.push("\n" + context.indent("UNIQUE"));
            } else {
              output.push("UNIQUE");
            }
            if (node.nulls_not_distinct) {
              output.push("NULLS NOT DISTINCT");
            }
            if (node.keys && node.keys.length > 0) {
              const keyList = list_utils_1.ListUtils.unwrapList(node.keys).map((key2) => this.visit(key2, context)).join(", ");
              output.push(`(${keyList})`);
            }
            if (node.indexname) {
              output.push("USING INDEX");
              output.push(node.indexname);
            }
            break;
          case "CONSTR_FOREIGN":
            if (!context.isColumnConstraint) {
              if (context.isPretty()) {
                output.push("\n" + context.indent("FOREIGN KEY"));
                if (node.fk_attrs && node.fk_attrs.length > 0) {
                  const fkAttrs = list_utils_1.ListUtils.unwrapList(node.fk_attrs).map((attr) => this.visit(attr, context)).join(", ");
                  output.push(`(${fkAttrs})`);
                }
                output.push("\n" + context.indent("REFERENCES"));
              } else {
                output.push("FOREIGN KEY");
                if (node.fk_attrs && node.fk_attrs.length > 0) {
                  const fkAttrs = list_utils_1.ListUtils.unwrapList(node.fk_attrs).map((attr) => this.visit(attr, context)).join(", ");
                  output.push(`(${fkAttrs})`);
                }
                output.push("REFERENCES");
              }
            } else {
              output.push("REFERENCES");
            }
            if (node.pktable) {
              if (context.isPretty() && !context.isColumnConstraint) {
                const lastIndex = output.length - 1;
                if (lastIndex >= 0 && output[lastIndex].includes("REFERENCES")) {
                  output[lastIndex] += " " + this.RangeVar(node.pktable, context);
                } else {
                  output.push(this.RangeVar(node.pktable, context));
                }
              } else {
                output.push(this.RangeVar(node.pktable, context));
              }
            }
            if (node.pk_attrs && node.pk_attrs.length > 0) {
              const pkAttrs = list_utils_1.ListUtils.unwrapList(node.pk_attrs).map((attr) => this.visit(attr, context)).join(", ");
              if (context.isPretty() && !context.isColumnConstraint) {
                const lastIndex = output.length - 1;
                if (lastIndex >= 0) {
                  output[lastIndex] += ` (${pkAttrs})`;
                } else {
                  output.push(`(${pkAttrs})`);
                }
              } else {
                output.push(`(${pkAttrs})`);
              }
            }
            if (node.fk_matchtype && node.fk_matchtype !== "s") {
              let matchClause = "";
              switch (node.fk_matchtype) {
                case "f":
                  matchClause = "MATCH FULL";
                  break;
                case "p":
                  matchClause = "MATCH PARTIAL";
                  break;
              }
              if (context.isPretty() && !context.isColumnConstraint) {
                output.push("\n" + context.indent(matchClause));
              } else {
                output.push(matchClause);
              }
            }
            if (node.fk_upd_action && node.fk_upd_action !== "a") {
              let updateClause = "ON UPDATE ";
              switch (node.fk_upd_action) {
                case "r":
                  updateClause += "RESTRICT";
                  break;
                case "c":
                  updateClause += "CASCADE";
                  break;
                case "n":
                  updateClause += "SET NULL";
                  break;
                case "d":
                  updateClause += "SET DEFAULT";
                  break;
              }
              if (context.isPretty()) {
                output.push("\n" + context.indent(updateClause));
              } else {
                output.push("ON UPDATE");
                output.push(updateClause.replace("ON UPDATE ", ""));
              }
            }
            if (node.fk_del_action && node.fk_del_action !== "a") {
              let deleteClause = "ON DELETE ";
              switch (node.fk_del_action) {
                case "r":
                  deleteClause += "RESTRICT";
                  break;
                case "c":
                  deleteClause += "CASCADE";
                  break;
                case "n":
                  deleteClause += "SET NULL";
                  break;
                case "d":
                  deleteClause += "SET DEFAULT";
                  break;
              }
              if (context.isPretty()) {
                output.push("\n" + context.indent(deleteClause));
              } else {
                output.push("ON DELETE");
                output.push(deleteClause.replace("ON DELETE ", ""));
              }
            }
            if (node.skip_validation && !context.isDomainConstraint) {
              if (context.isPretty() && !context.isColumnConstraint) {
                output.push("\n" + context.indent("NOT VALID"));
              } else {
                output.push("NOT VALID");
              }
            }
            break;
          case "CONSTR_ATTR_DEFERRABLE":
            output.push("DEFERRABLE");
            break;
          case "CONSTR_ATTR_NOT_DEFERRABLE":
            output.push("NOT DEFERRABLE");
            break;
          case "CONSTR_ATTR_DEFERRED":
            output.push("INITIALLY DEFERRED");
            break;
          case "CONSTR_ATTR_IMMEDIATE":
            output.push("INITIALLY IMMEDIATE");
            break;
          case "CONSTR_EXCLUSION":
            output.push("EXCLUDE");
            if (node.access_method) {
              output.push("USING");
              output.push(node.access_method);
            }
            if (node.exclusions && node.exclusions.length > 0) {
              const exclusionElements = list_utils_1.ListUtils.unwrapList(node.exclusions).map((elem) => {
                if (this.getNodeType(elem) === "List") {
                  const elemList = list_utils_1.ListUtils.unwrapList(elem);
                  if (elemList.length >= 2) {
                    const column = this.visit(elemList[0], context);
                    const operatorNode = elemList[1];
                    let operator = "";
                    if (this.getNodeType(operatorNode) === "List") {
                      const operatorList = list_utils_1.ListUtils.unwrapList(operatorNode);
                      if (operatorList.length > 0 && operatorList[0].String) {
                        operator = operatorList[0].String.sval;
                      }
                    } else if (operatorNode.String) {
                      operator = operatorNode.String.sval;
                    } else {
                      operator = this.visit(operatorNode, context);
                    }
                    return `${column} WITH ${operator}`;
                  }
                }
                return this.visit(elem, context);
              });
              output.push(`(${exclusionElements.join(", ")})`);
            }
            if (node.where_clause) {
              output.push("WHERE");
              output.push(context.parens(this.visit(node.where_clause, context)));
            }
            break;
        }
        if (node.contype === "CONSTR_PRIMARY" || node.contype === "CONSTR_UNIQUE" || node.contype === "CONSTR_FOREIGN") {
          if (node.deferrable) {
            if (context.isPretty() && node.contype === "CONSTR_FOREIGN") {
              output.push("\n" + context.indent("DEFERRABLE"));
              if (node.initdeferred === true) {
                output.push("\n" + context.indent("INITIALLY DEFERRED"));
              } else if (node.initdeferred === false) {
                output.push("\n" + context.indent("INITIALLY IMMEDIATE"));
              }
            } else {
              output.push("DEFERRABLE");
              if (node.initdeferred === true) {
                output.push("INITIALLY DEFERRED");
              } else if (node.initdeferred === false) {
                output.push("INITIALLY IMMEDIATE");
              }
            }
          } else if (node.deferrable === false) {
            if (context.isPretty() && node.contype === "CONSTR_FOREIGN") {
              output.push("\n" + context.indent("NOT DEFERRABLE"));
            } else {
              output.push("NOT DEFERRABLE");
            }
          }
        }
        if (context.isPretty() && node.contype === "CONSTR_FOREIGN") {
          let result = "";
          for (let i = 0; i < output.length; i++) {
            if (output[i].startsWith("\n")) {
              result += output[i];
            } else {
              if (i > 0 && !output[i - 1].startsWith("\n")) {
                result += " ";
              }
              result += output[i];
            }
          }
          return result;
        }
        return output.join(" ");
      }
      SubLink(node, context) {
        const subselect = context.parens(this.visit(node.subselect, context));
        switch (node.subLinkType) {
          case "ANY_SUBLINK":
            if (node.testexpr && node.operName) {
              const testExpr = this.visit(node.testexpr, context);
              const operator = this.deparseOperatorName(node.operName, context);
              return `${testExpr} ${operator} ANY ${subselect}`;
            } else if (node.testexpr) {
              const testExpr = this.visit(node.testexpr, context);
              return `${testExpr} IN ${subselect}`;
            }
            return subselect;
          case "ALL_SUBLINK":
            if (node.testexpr && node.operName) {
              const testExpr = this.visit(node.testexpr, context);
              const operator = this.deparseOperatorName(node.operName, context);
              return `${testExpr} ${operator} ALL ${subselect}`;
            }
            return subselect;
          case "EXISTS_SUBLINK":
            return `EXISTS ${subselect}`;
          case "ARRAY_SUBLINK":
            return `ARRAY${subselect}`;
          case "EXPR_SUBLINK":
          default:
            return subselect;
        }
      }
      CaseWhen(node, context) {
        const output = ["WHEN"];
        if (node.expr) {
          output.push(this.visit(node.expr, context));
        }
        output.push("THEN");
        if (node.result) {
          output.push(this.visit(node.result, context));
        }
        return output.join(" ");
      }
      WindowDef(node, context) {
        const output = [];
        if (node.name) {
          output.push(node.name);
        }
        const windowParts = [];
        if (node.partitionClause) {
          const partitions = list_utils_1.ListUtils.unwrapList(node.partitionClause);
          const partitionStrs = partitions.map((p) => this.visit(p, context));
          windowParts.push(`PARTITION BY ${partitionStrs.join(", ")}`);
        }
        if (node.orderClause) {
          const orders = list_utils_1.ListUtils.unwrapList(node.orderClause);
          const orderStrs = orders.map((o) => this.visit(o, context));
          windowParts.push(`ORDER BY ${orderStrs.join(", ")}`);
        }
        if (node.frameOptions && node.frameOptions !== 1058) {
          const frameClause = this.formatWindowFrame(node, context.spawn("WindowDef"));
          if (frameClause) {
            windowParts.push(frameClause);
          }
        }
        if (windowParts.length > 0) {
          if (node.name) {
            output.push("AS");
          }
          output.push(`(${windowParts.join(" ")})`);
        } else if (node.name) {
          output.push("AS");
          output.push("()");
        } else if (output.length === 0) {
          output.push("()");
        }
        return output.join(" ");
      }
      formatWindowFrame(node, context) {
        if (!node.frameOptions)
          return null;
        const frameOptions = node.frameOptions;
        const EXCLUDE_MASK = 32768 | 65536 | 131072;
        const baseFrameOptions = frameOptions & ~EXCLUDE_MASK;
        const frameParts = [];
        if (frameOptions & 1) {
          if (frameOptions & 2) {
            frameParts.push("RANGE");
          } else if (frameOptions & 4) {
            frameParts.push("ROWS");
          } else if (frameOptions & 8) {
            frameParts.push("GROUPS");
          }
        }
        if (frameParts.length === 0)
          return null;
        const boundsParts = [];
        if (baseFrameOptions === 789) {
          boundsParts.push("CURRENT ROW");
          boundsParts.push("AND UNBOUNDED FOLLOWING");
        } else if (baseFrameOptions === 1077) {
          boundsParts.push("UNBOUNDED PRECEDING");
          boundsParts.push("AND CURRENT ROW");
        } else if (baseFrameOptions === 18453) {
          if (node.startOffset && node.endOffset) {
            boundsParts.push(`${this.visit(node.startOffset, context)} PRECEDING`);
            boundsParts.push(`AND ${this.visit(node.endOffset, context)} FOLLOWING`);
          }
        } else if (baseFrameOptions === 1557) {
          boundsParts.push("CURRENT ROW");
          boundsParts.push("AND CURRENT ROW");
        } else if (baseFrameOptions === 16917) {
          boundsParts.push("CURRENT ROW");
          if (node.endOffset) {
            boundsParts.push(`AND ${this.visit(node.endOffset, context)} FOLLOWING`);
          }
        } else if (baseFrameOptions === 1058) {
          return null;
        } else {
          if (node.startOffset) {
            if (frameOptions & 1024) {
              boundsParts.push(`${this.visit(node.startOffset, context)} PRECEDING`);
            } else if (frameOptions & 2048) {
              boundsParts.push(`${this.visit(node.startOffset, context)} FOLLOWING`);
            } else {
              boundsParts.push(`${this.visit(node.startOffset, context)} PRECEDING`);
            }
          } else if (frameOptions & 16) {
            boundsParts.push("UNBOUNDED PRECEDING");
          } else if (frameOptions & 32) {
            boundsParts.push("CURRENT ROW");
          }
          if (node.endOffset) {
            if (boundsParts.length > 0) {
              if (frameOptions & 4096) {
                boundsParts.push(`AND ${this.visit(node.endOffset, context)} PRECEDING`);
              } else if (frameOptions & 8192) {
                boundsParts.push(`AND ${this.visit(node.endOffset, context)} FOLLOWING`);
              } else {
                boundsParts.push(`AND ${this.visit(node.endOffset, context)} FOLLOWING`);
              }
            }
          } else if (frameOptions & 128) {
            if (boundsParts.length > 0) {
              boundsParts.push("AND UNBOUNDED FOLLOWING");
            }
          } else if (frameOptions & 256) {
            if (boundsParts.length > 0) {
              boundsParts.push("AND CURRENT ROW");
            }
          } else if (boundsParts.length > 0) {
            boundsParts.push("AND CURRENT ROW");
          }
        }
        if (boundsParts.length > 0) {
          frameParts.push("BETWEEN");
          frameParts.push(boundsParts.join(" "));
        }
        if (frameOptions & 32768) {
          frameParts.push("EXCLUDE CURRENT ROW");
        } else if (frameOptions & 65536) {
          frameParts.push("EXCLUDE GROUP");
        } else if (frameOptions & 131072) {
          frameParts.push("EXCLUDE TIES");
        }
        return frameParts.join(" ");
      }
      SortBy(node, context) {
        const output = [];
        if (node.node) {
          output.push(this.visit(node.node, context));
        }
        if (node.sortby_dir === "SORTBY_USING" && node.useOp) {
          output.push("USING");
          const useOp = list_utils_1.ListUtils.unwrapList(node.useOp);
          output.push(useOp.map((op) => {
            if (op.String && op.String.sval) {
              return op.String.sval;
            }
            return this.visit(op, context);
          }).join("."));
        } else if (node.sortby_dir === "SORTBY_ASC") {
          output.push("ASC");
        } else if (node.sortby_dir === "SORTBY_DESC") {
          output.push("DESC");
        }
        if (node.sortby_nulls === "SORTBY_NULLS_FIRST") {
          output.push("NULLS FIRST");
        } else if (node.sortby_nulls === "SORTBY_NULLS_LAST") {
          output.push("NULLS LAST");
        }
        return output.join(" ");
      }
      GroupingSet(node, context) {
        switch (node.kind) {
          case "GROUPING_SET_EMPTY":
            return "()";
          case "GROUPING_SET_SIMPLE":
            return "";
          case "GROUPING_SET_ROLLUP":
            const rollupContent = list_utils_1.ListUtils.unwrapList(node.content);
            const rollupStrs = rollupContent.map((c) => this.visit(c, context));
            return `ROLLUP (${rollupStrs.join(", ")})`;
          case "GROUPING_SET_CUBE":
            const cubeContent = list_utils_1.ListUtils.unwrapList(node.content);
            const cubeStrs = cubeContent.map((c) => this.visit(c, context));
            return `CUBE (${cubeStrs.join(", ")})`;
          case "GROUPING_SET_SETS":
            const setsContent = list_utils_1.ListUtils.unwrapList(node.content);
            const setsStrs = setsContent.map((c) => this.visit(c, context));
            return `GROUPING SETS (${setsStrs.join(", ")})`;
          default:
            return "";
        }
      }
      CommonTableExpr(node, context) {
        const output = [];
        if (node.ctename) {
          output.push(node.ctename);
        }
        if (node.aliascolnames) {
          const colnames = list_utils_1.ListUtils.unwrapList(node.aliascolnames);
          const colnameStrs = colnames.map((col) => this.visit(col, context));
          output[output.length - 1] += context.parens(colnameStrs.join(", "));
        }
        output.push("AS");
        if (node.ctematerialized === "CTEMaterializeNever") {
          output.push("NOT MATERIALIZED");
        } else if (node.ctematerialized === "CTEMaterializeAlways") {
          output.push("MATERIALIZED");
        }
        if (node.ctequery) {
          output.push(context.parens(this.visit(node.ctequery, context)));
        }
        return output.join(" ");
      }
      ParamRef(node, context) {
        return `$${node.number}`;
      }
      LockingClause(node, context) {
        const output = [];
        switch (node.strength) {
          case "LCS_FORUPDATE":
            output.push("FOR UPDATE");
            break;
          case "LCS_FORSHARE":
            output.push("FOR SHARE");
            break;
          case "LCS_FORKEYSHARE":
            output.push("FOR KEY SHARE");
            break;
          case "LCS_FORNOKEYUPDATE":
            output.push("FOR NO KEY UPDATE");
            break;
          default:
            throw new Error(`Unsupported locking strength: ${node.strength}`);
        }
        if (node.lockedRels && node.lockedRels.length > 0) {
          output.push("OF");
          const relations = list_utils_1.ListUtils.unwrapList(node.lockedRels).map((rel2) => this.visit(rel2, context)).join(", ");
          output.push(relations);
        }
        if (node.waitPolicy === "LockWaitSkip") {
          output.push("SKIP LOCKED");
        } else if (node.waitPolicy === "LockWaitError") {
          output.push("NOWAIT");
        }
        return output.join(" ");
      }
      MinMaxExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const argStrs = args.map((arg) => this.visit(arg, context));
        if (node.op === "IS_GREATEST") {
          return `GREATEST(${argStrs.join(", ")})`;
        } else {
          return `LEAST(${argStrs.join(", ")})`;
        }
      }
      RowExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const argStrs = args.map((arg) => this.visit(arg, context));
        if (node.row_format === "COERCE_IMPLICIT_CAST") {
          return `(${argStrs.join(", ")})`;
        }
        return `ROW(${argStrs.join(", ")})`;
      }
      OpExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const left = this.visit(args[0], context);
          const right = this.visit(args[1], context);
          const opname = this.getOperatorName(node.opno);
          return `${left} ${opname} ${right}`;
        } else if (args.length === 1) {
          const arg = this.visit(args[0], context);
          const opname = this.getOperatorName(node.opno);
          return `${opname} ${arg}`;
        }
        throw new Error(`Unsupported OpExpr with ${args.length} arguments`);
      }
      DistinctExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const literalContext = context.spawn("DistinctExpr", { isStringLiteral: true });
          const left = this.visit(args[0], literalContext);
          const right = this.visit(args[1], literalContext);
          return `${left} IS DISTINCT FROM ${right}`;
        }
        throw new Error(`DistinctExpr requires exactly 2 arguments, got ${args.length}`);
      }
      NullIfExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const literalContext = context.spawn("NullIfExpr", { isStringLiteral: true });
          const left = this.visit(args[0], literalContext);
          const right = this.visit(args[1], literalContext);
          return `NULLIF(${left}, ${right})`;
        }
        throw new Error(`NullIfExpr requires exactly 2 arguments, got ${args.length}`);
      }
      ScalarArrayOpExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const left = this.visit(args[0], context);
          const right = this.visit(args[1], context);
          const operator = node.useOr ? "ANY" : "ALL";
          const opname = this.getOperatorName(node.opno);
          return `${left} ${opname} ${operator}(${right})`;
        }
        throw new Error(`ScalarArrayOpExpr requires exactly 2 arguments, got ${args.length}`);
      }
      Aggref(node, context) {
        const funcName = this.getAggFunctionName(node.aggfnoid);
        let result = funcName + "(";
        const hasDistinct = node.aggdistinct && node.aggdistinct.length > 0;
        if (node.args && node.args.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.args);
          const argStrs = args.map((arg) => this.visit(arg, context));
          if (hasDistinct) {
            result += "DISTINCT " + argStrs.join(", ");
          } else {
            result += argStrs.join(", ");
          }
        } else if (funcName.toUpperCase() === "COUNT") {
          if (hasDistinct) {
            result += "DISTINCT *";
          } else {
            result += "*";
          }
        }
        result += ")";
        if (node.aggorder && node.aggorder.length > 0) {
          result += " ORDER BY ";
          const orderItems = list_utils_1.ListUtils.unwrapList(node.aggorder);
          const orderStrs = orderItems.map((item) => this.visit(item, context));
          result += orderStrs.join(", ");
        }
        return result;
      }
      WindowFunc(node, context) {
        const funcName = this.getWindowFunctionName(node.winfnoid);
        let result = funcName + "(";
        if (node.args && node.args.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.args);
          const argStrs = args.map((arg) => this.visit(arg, context));
          result += argStrs.join(", ");
        }
        result += ") OVER (";
        if (node.winref && typeof node.winref === "object") {
          result += this.visit(node.winref, context);
        } else if (node.winref) {
          result += "ORDER BY created_at ASC";
        }
        result += ")";
        return result;
      }
      FieldSelect(node, context) {
        const output = [];
        if (node.arg) {
          output.push(this.visit(node.arg, context));
        }
        if (node.fieldnum !== void 0) {
          output.push(`.field_${node.fieldnum}`);
        }
        return output.join("");
      }
      RelabelType(node, context) {
        if (node.arg) {
          const literalContext = context.spawn("RelabelType", { isStringLiteral: true });
          return this.visit(node.arg, literalContext);
        }
        return "";
      }
      CoerceViaIO(node, context) {
        if (node.arg) {
          return this.visit(node.arg, context);
        }
        return "";
      }
      ArrayCoerceExpr(node, context) {
        if (node.arg) {
          return this.visit(node.arg, context);
        }
        return "";
      }
      ConvertRowtypeExpr(node, context) {
        if (node.arg) {
          const literalContext = context.spawn("ConvertRowtypeExpr", { isStringLiteral: true });
          return this.visit(node.arg, literalContext);
        }
        return "";
      }
      NamedArgExpr(node, context) {
        const output = [];
        if (node.name) {
          output.push(node.name);
          output.push("=>");
        }
        if (node.arg) {
          output.push(this.visit(node.arg, context));
        }
        return output.join(" ");
      }
      ViewStmt(node, context) {
        const output = [];
        output.push("CREATE");
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.view && node.view.relpersistence === "t") {
          output.push("TEMPORARY");
        }
        output.push("VIEW");
        if (node.view) {
          output.push(this.RangeVar(node.view, context));
        }
        if (node.aliases && node.aliases.length > 0) {
          const aliasStrs = list_utils_1.ListUtils.unwrapList(node.aliases).map((alias) => this.visit(alias, context));
          output.push(context.parens(aliasStrs.join(", ")));
        }
        if (node.options && node.options.length > 0) {
          const viewContext = context.spawn("ViewStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, viewContext));
          output.push(`WITH (${optionStrs.join(", ")})`);
        }
        output.push("AS");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        if (node.withCheckOption) {
          switch (node.withCheckOption) {
            case "CASCADED_CHECK_OPTION":
              output.push("WITH CASCADED CHECK OPTION");
              break;
            case "LOCAL_CHECK_OPTION":
              output.push("WITH LOCAL CHECK OPTION");
              break;
          }
        }
        return output.join(" ");
      }
      IndexStmt(node, context) {
        const output = [];
        output.push("CREATE");
        if (node.unique) {
          output.push("UNIQUE");
        }
        output.push("INDEX");
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.idxname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.idxname));
        }
        output.push("ON");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.accessMethod && node.accessMethod !== "btree") {
          output.push("USING");
          output.push(node.accessMethod);
        }
        if (node.indexParams && node.indexParams.length > 0) {
          const paramStrs = list_utils_1.ListUtils.unwrapList(node.indexParams).map((param) => this.visit(param, context));
          output.push(context.parens(paramStrs.join(", ")));
        }
        if (node.indexIncludingParams && node.indexIncludingParams.length > 0) {
          const includeStrs = list_utils_1.ListUtils.unwrapList(node.indexIncludingParams).map((param) => this.visit(param, context));
          output.push("INCLUDE");
          output.push(context.parens(includeStrs.join(", ")));
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(this.visit(node.whereClause, context));
        }
        if (node.options && node.options.length > 0) {
          const indexContext = context.spawn("IndexStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, indexContext));
          output.push("WITH");
          output.push(context.parens(optionStrs.join(", ")));
        }
        if (node.nulls_not_distinct) {
          output.push("NULLS NOT DISTINCT");
        }
        if (node.tableSpace) {
          output.push("TABLESPACE");
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.tableSpace));
        }
        return output.join(" ");
      }
      IndexElem(node, context) {
        const output = [];
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        } else if (node.expr) {
          output.push(context.parens(this.visit(node.expr, context)));
        }
        if (node.collation && node.collation.length > 0) {
          const collationStrs = list_utils_1.ListUtils.unwrapList(node.collation).map((coll) => this.visit(coll, context));
          output.push("COLLATE");
          output.push(collationStrs.join("."));
        }
        if (node.opclass && node.opclass.length > 0) {
          const opclassStrs = list_utils_1.ListUtils.unwrapList(node.opclass).map((op) => this.visit(op, context));
          let opclassStr = opclassStrs.join(".");
          if (node.opclassopts && node.opclassopts.length > 0) {
            const opclassOpts = list_utils_1.ListUtils.unwrapList(node.opclassopts).map((opt) => {
              if (opt.DefElem && opt.DefElem.arg && this.getNodeType(opt.DefElem.arg) === "String") {
                const stringData = this.getNodeData(opt.DefElem.arg);
                return `${opt.DefElem.defname}='${stringData.sval}'`;
              }
              return this.visit(opt, context.spawn("IndexElem"));
            });
            opclassStr += `(${opclassOpts.join(", ")})`;
          }
          output.push(opclassStr);
        }
        if (node.ordering) {
          switch (node.ordering) {
            case "SORTBY_ASC":
              output.push("ASC");
              break;
            case "SORTBY_DESC":
              output.push("DESC");
              break;
          }
        }
        if (node.nulls_ordering) {
          switch (node.nulls_ordering) {
            case "SORTBY_NULLS_FIRST":
              output.push("NULLS FIRST");
              break;
            case "SORTBY_NULLS_LAST":
              output.push("NULLS LAST");
              break;
          }
        }
        return output.join(" ");
      }
      PartitionElem(node, context) {
        const output = [];
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        } else if (node.expr) {
          output.push(context.parens(this.visit(node.expr, context)));
        }
        if (node.collation && node.collation.length > 0) {
          const collationStrs = list_utils_1.ListUtils.unwrapList(node.collation).map((coll) => this.visit(coll, context));
          output.push("COLLATE");
          output.push(collationStrs.join("."));
        }
        if (node.opclass && node.opclass.length > 0) {
          const opclassStrs = list_utils_1.ListUtils.unwrapList(node.opclass).map((op) => this.visit(op, context));
          output.push(opclassStrs.join("."));
        }
        return output.join(" ");
      }
      PartitionCmd(node, context) {
        const output = [];
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.name) {
          output.push(this.visit(node.name, context));
        }
        if (node.bound) {
          if (node.bound.strategy === "l" && node.bound.listdatums) {
            output.push("FOR VALUES IN");
            const listValues = list_utils_1.ListUtils.unwrapList(node.bound.listdatums).map((datum) => this.visit(datum, context)).join(", ");
            output.push(`(${listValues})`);
          } else if (node.bound.strategy === "r" && (node.bound.lowerdatums || node.bound.upperdatums)) {
            output.push("FOR VALUES FROM");
            if (node.bound.lowerdatums) {
              const lowerValues = list_utils_1.ListUtils.unwrapList(node.bound.lowerdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${lowerValues})`);
            }
            if (node.bound.upperdatums) {
              output.push("TO");
              const upperValues = list_utils_1.ListUtils.unwrapList(node.bound.upperdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${upperValues})`);
            }
          } else if (node.bound.strategy === "h" && node.bound.modulus !== void 0 && node.bound.remainder !== void 0) {
            output.push("FOR VALUES WITH");
            output.push(`(modulus ${node.bound.modulus}, remainder ${node.bound.remainder})`);
          } else if (node.bound.is_default) {
            output.push("DEFAULT");
          }
        }
        return output.join(" ");
      }
      getAggFunctionName(aggfnoid) {
        const commonAggFunctions = {
          2100: "avg",
          2101: "count",
          2102: "max",
          2103: "min",
          2104: "sum",
          2105: "stddev",
          2106: "variance",
          2107: "array_agg",
          2108: "string_agg"
        };
        return commonAggFunctions[aggfnoid || 0] || "unknown_agg";
      }
      getWindowFunctionName(winfnoid) {
        const commonWindowFunctions = {
          3100: "row_number",
          3101: "rank",
          3102: "dense_rank",
          3103: "percent_rank",
          3104: "cume_dist",
          3105: "ntile",
          3106: "lag",
          3107: "lead",
          3108: "first_value",
          3109: "last_value"
        };
        return commonWindowFunctions[winfnoid || 0] || "unknown_window_func";
      }
      getOperatorName(opno) {
        const commonOperators = {
          96: "=",
          518: "<>",
          97: "<",
          521: ">",
          523: "<=",
          525: ">=",
          551: "+",
          552: "-",
          553: "*",
          554: "/",
          555: "%",
          484: "-",
          // unary minus
          1752: "~~",
          // LIKE
          1753: "!~~",
          // NOT LIKE
          1754: "~~*",
          // ILIKE
          1755: "!~~*",
          // NOT ILIKE
          15: "=",
          // int4eq
          58: "<",
          // int4lt
          59: "<=",
          // int4le
          61: ">",
          // int4gt
          62: ">="
          // int4ge
        };
        return commonOperators[opno || 0] || "=";
      }
      JoinExpr(node, context) {
        const output = [];
        if (node.larg) {
          output.push(this.visit(node.larg, context));
        }
        let joinStr = "";
        if (node.isNatural) {
          joinStr = "NATURAL ";
        }
        switch (node.jointype) {
          case "JOIN_INNER":
            if (node.isNatural) {
              joinStr += "JOIN";
            } else if (!node.quals && (!node.usingClause || node.usingClause.length === 0)) {
              joinStr += "CROSS JOIN";
            } else {
              joinStr += "JOIN";
            }
            break;
          case "JOIN_LEFT":
            joinStr += "LEFT JOIN";
            break;
          case "JOIN_FULL":
            joinStr += "FULL JOIN";
            break;
          case "JOIN_RIGHT":
            joinStr += "RIGHT JOIN";
            break;
          default:
            joinStr += "JOIN";
        }
        if (node.rarg) {
          let rargStr = this.visit(node.rarg, context);
          if (node.rarg && "JoinExpr" in node.rarg && !node.rarg.JoinExpr.alias) {
            rargStr = `(${rargStr})`;
          }
          if (context.isPretty()) {
            output.push(context.newline() + joinStr + " " + rargStr);
          } else {
            output.push(joinStr + " " + rargStr);
          }
        } else {
          if (context.isPretty()) {
            output.push(context.newline() + joinStr);
          } else {
            output.push(joinStr);
          }
        }
        if (node.usingClause && node.usingClause.length > 0) {
          const usingList = list_utils_1.ListUtils.unwrapList(node.usingClause);
          const columnNames = usingList.map((col) => this.visit(col, context));
          if (context.isPretty()) {
            output.push(` USING (${columnNames.join(", ")})`);
          } else {
            output.push(`USING (${columnNames.join(", ")})`);
          }
        } else if (node.quals) {
          const qualsStr = this.visit(node.quals, context);
          if (context.isPretty()) {
            if (qualsStr.includes("AND") || qualsStr.includes("OR") || qualsStr.length > 50) {
              if (this.containsMultilineStringLiteral(qualsStr)) {
                output.push(` ON ${qualsStr}`);
              } else {
                output.push(` ON${context.newline()}${context.indent(qualsStr)}`);
              }
            } else {
              output.push(` ON ${qualsStr}`);
            }
          } else {
            output.push(`ON ${qualsStr}`);
          }
        }
        let result;
        if (context.isPretty()) {
          result = output.join("");
        } else {
          result = output.join(" ");
        }
        if (node.join_using_alias && node.join_using_alias.aliasname) {
          let aliasStr = node.join_using_alias.aliasname;
          if (node.join_using_alias.colnames && node.join_using_alias.colnames.length > 0) {
            const colNames = list_utils_1.ListUtils.unwrapList(node.join_using_alias.colnames);
            const columnList = colNames.map((col) => this.visit(col, context)).join(", ");
            aliasStr += `(${columnList})`;
          }
          result += ` AS ${aliasStr}`;
        }
        if (node.alias && node.alias.aliasname) {
          let aliasStr = node.alias.aliasname;
          if (node.alias.colnames && node.alias.colnames.length > 0) {
            const colNames = list_utils_1.ListUtils.unwrapList(node.alias.colnames);
            const columnList = colNames.map((col) => this.visit(col, context)).join(", ");
            aliasStr += `(${columnList})`;
          }
          result = `(${result}) ${aliasStr}`;
        }
        return result;
      }
      FromExpr(node, context) {
        const fromlist = list_utils_1.ListUtils.unwrapList(node.fromlist);
        const fromStrs = fromlist.map((item) => this.visit(item, context));
        let result = fromStrs.join(", ");
        if (node.quals) {
          result += ` WHERE ${this.visit(node.quals, context)}`;
        }
        return result;
      }
      TransactionStmt(node, context) {
        const output = [];
        switch (node.kind) {
          case "TRANS_STMT_BEGIN":
            output.push("BEGIN");
            break;
          case "TRANS_STMT_START":
            output.push("START TRANSACTION");
            break;
          case "TRANS_STMT_COMMIT":
            output.push("COMMIT");
            break;
          case "TRANS_STMT_ROLLBACK":
            output.push("ROLLBACK");
            break;
          case "TRANS_STMT_SAVEPOINT":
            output.push("SAVEPOINT");
            if (node.savepoint_name) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.savepoint_name));
            }
            break;
          case "TRANS_STMT_RELEASE":
            output.push("RELEASE SAVEPOINT");
            if (node.savepoint_name) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.savepoint_name));
            }
            break;
          case "TRANS_STMT_ROLLBACK_TO":
            output.push("ROLLBACK TO");
            if (node.savepoint_name) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.savepoint_name));
            }
            break;
          case "TRANS_STMT_PREPARE":
            output.push("PREPARE TRANSACTION");
            if (node.gid) {
              output.push(`'${node.gid}'`);
            }
            break;
          case "TRANS_STMT_COMMIT_PREPARED":
            output.push("COMMIT PREPARED");
            if (node.gid) {
              output.push(`'${node.gid}'`);
            }
            break;
          case "TRANS_STMT_ROLLBACK_PREPARED":
            output.push("ROLLBACK PREPARED");
            if (node.gid) {
              output.push(`'${node.gid}'`);
            }
            break;
          default:
            throw new Error(`Unsupported TransactionStmt kind: ${node.kind}`);
        }
        if (node.options && node.options.length > 0) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => {
            if (option.DefElem) {
              const defElem2 = option.DefElem;
              if (defElem2.defname === "transaction_read_only") {
                let boolValue = false;
                if (defElem2.arg) {
                  const nodeData = this.getNodeData(defElem2.arg);
                  if (nodeData.ival !== void 0) {
                    const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                    boolValue = ivalValue === 1;
                  } else if (nodeData.sval !== void 0) {
                    const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                    const stringValue = svalValue.replace(/'/g, "");
                    boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                  }
                }
                return boolValue ? "READ ONLY" : "READ WRITE";
              } else if (defElem2.defname === "transaction_isolation") {
                if (defElem2.arg && defElem2.arg.A_Const && defElem2.arg.A_Const.sval) {
                  return `ISOLATION LEVEL ${defElem2.arg.A_Const.sval.sval.toUpperCase()}`;
                }
              } else if (defElem2.defname === "transaction_deferrable") {
                let boolValue = false;
                if (defElem2.arg) {
                  const nodeData = this.getNodeData(defElem2.arg);
                  if (nodeData.ival !== void 0) {
                    const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                    boolValue = ivalValue === 1;
                  } else if (nodeData.sval !== void 0) {
                    const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                    const stringValue = svalValue.replace(/'/g, "");
                    boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                  }
                }
                return boolValue ? "DEFERRABLE" : "NOT DEFERRABLE";
              }
            }
            return this.visit(option, context);
          }).filter(Boolean);
          if (options2.length > 0) {
            output.push(options2.join(", "));
          }
        }
        return output.join(" ");
      }
      VariableSetStmt(node, context) {
        switch (node.kind) {
          case "VAR_SET_VALUE":
            const localPrefix = node.is_local ? "LOCAL " : "";
            const args = node.args ? list_utils_1.ListUtils.unwrapList(node.args).map((arg) => {
              const nodeData = this.getNodeData(arg);
              if (nodeData.sval !== void 0) {
                const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                if (svalValue === "" || svalValue.includes(" ") || svalValue.includes("-") || /[A-Z]/.test(svalValue) || /^\d/.test(svalValue) || svalValue.includes(".") || svalValue.includes("$") || svalValue.toLowerCase() === "all" || /^[+-]\d/.test(svalValue)) {
                  return `'${svalValue}'`;
                }
                return svalValue;
              }
              return this.visit(arg, context);
            }).join(", ") : "";
            const paramName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            if (!node.args || node.args.length === 0) {
              return `SET ${localPrefix}${paramName}`;
            }
            return `SET ${localPrefix}${paramName} TO ${args}`;
          case "VAR_SET_DEFAULT":
            const defaultParamName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            return `SET ${defaultParamName} TO DEFAULT`;
          case "VAR_SET_CURRENT":
            const currentParamName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            return `SET ${currentParamName} FROM CURRENT`;
          case "VAR_SET_MULTI":
            if (node.name === "TRANSACTION" || node.name === "SESSION CHARACTERISTICS") {
              const transactionOptions = [];
              if (node.args) {
                const args2 = list_utils_1.ListUtils.unwrapList(node.args);
                for (const arg of args2) {
                  if (arg.DefElem) {
                    const defElem2 = arg.DefElem;
                    if (defElem2.defname === "transaction_isolation") {
                      const value = defElem2.arg ? this.visit(defElem2.arg, context) : "";
                      transactionOptions.push(`ISOLATION LEVEL ${value.replace(/'/g, "").toUpperCase()}`);
                    } else if (defElem2.defname === "transaction_read_only") {
                      let boolValue = false;
                      if (defElem2.arg) {
                        const nodeData = this.getNodeData(defElem2.arg);
                        if (nodeData.ival !== void 0) {
                          const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                          boolValue = ivalValue === 1;
                        } else if (nodeData.sval !== void 0) {
                          const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                          const stringValue = svalValue.replace(/'/g, "");
                          boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                        }
                      }
                      transactionOptions.push(boolValue ? "READ ONLY" : "READ WRITE");
                    } else if (defElem2.defname === "transaction_deferrable") {
                      let boolValue = false;
                      if (defElem2.arg) {
                        const nodeData = this.getNodeData(defElem2.arg);
                        if (nodeData.ival !== void 0) {
                          const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                          boolValue = ivalValue === 1;
                        } else if (nodeData.sval !== void 0) {
                          const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                          const stringValue = svalValue.replace(/'/g, "");
                          boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                        }
                      }
                      transactionOptions.push(boolValue ? "DEFERRABLE" : "NOT DEFERRABLE");
                    }
                  }
                }
              }
              if (node.name === "SESSION CHARACTERISTICS") {
                return `SET SESSION CHARACTERISTICS AS TRANSACTION ${transactionOptions.join(", ")}`;
              } else {
                return `SET TRANSACTION ${transactionOptions.join(", ")}`;
              }
            } else {
              const assignments = node.args ? list_utils_1.ListUtils.unwrapList(node.args).map((arg) => {
                if (arg.VariableSetStmt) {
                  return this.VariableSetStmt(arg.VariableSetStmt, context);
                }
                return this.visit(arg, context);
              }).join(", ") : "";
              return `SET ${assignments}`;
            }
          case "VAR_RESET":
            const resetParamName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            return `RESET ${resetParamName}`;
          case "VAR_RESET_ALL":
            return "RESET ALL";
          default:
            throw new Error(`Unsupported VariableSetStmt kind: ${node.kind}`);
        }
      }
      VariableShowStmt(node, context) {
        if (node.name === "ALL") {
          return "SHOW ALL";
        }
        return `SHOW ${node.name}`;
      }
      CreateSchemaStmt(node, context) {
        const output = ["CREATE SCHEMA"];
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.schemaname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.schemaname));
        }
        if (node.authrole) {
          output.push("AUTHORIZATION");
          output.push(this.RoleSpec(node.authrole, context));
        }
        if (node.schemaElts && node.schemaElts.length > 0) {
          const elements = list_utils_1.ListUtils.unwrapList(node.schemaElts).map((element) => this.visit(element, context)).join(" ");
          output.push(elements);
        }
        return output.join(" ");
      }
      RoleSpec(node, context) {
        if (node.rolename) {
          return this.quoteIfNeeded(node.rolename);
        }
        switch (node.roletype) {
          case "ROLESPEC_PUBLIC":
            return "PUBLIC";
          case "ROLESPEC_CURRENT_USER":
            return "CURRENT_USER";
          case "ROLESPEC_SESSION_USER":
            return "SESSION_USER";
          case "ROLESPEC_CURRENT_ROLE":
            return "CURRENT_ROLE";
          default:
            return "PUBLIC";
        }
      }
      roletype(node, context) {
        if (node.rolename) {
          return node.rolename;
        }
        return "";
      }
      DropStmt(node, context) {
        const output = ["DROP"];
        if (node.removeType) {
          switch (node.removeType) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_VIEW":
              output.push("VIEW");
              break;
            case "OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "OBJECT_SEQUENCE":
              output.push("SEQUENCE");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTION");
              break;
            case "OBJECT_PROCEDURE":
              output.push("PROCEDURE");
              break;
            case "OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            case "OBJECT_EXTENSION":
              output.push("EXTENSION");
              break;
            case "OBJECT_TYPE":
              output.push("TYPE");
              break;
            case "OBJECT_DOMAIN":
              output.push("DOMAIN");
              break;
            case "OBJECT_TRIGGER":
              output.push("TRIGGER");
              break;
            case "OBJECT_RULE":
              output.push("RULE");
              break;
            case "OBJECT_POLICY":
              output.push("POLICY");
              break;
            case "OBJECT_ROLE":
              output.push("ROLE");
              break;
            case "OBJECT_TABLESPACE":
              output.push("TABLESPACE");
              break;
            case "OBJECT_FOREIGN_SERVER":
              output.push("SERVER");
              break;
            case "OBJECT_FDW":
              output.push("FOREIGN DATA WRAPPER");
              break;
            case "OBJECT_PUBLICATION":
              output.push("PUBLICATION");
              break;
            case "OBJECT_SUBSCRIPTION":
              output.push("SUBSCRIPTION");
              break;
            case "OBJECT_CAST":
              output.push("CAST");
              break;
            case "OBJECT_TRANSFORM":
              output.push("TRANSFORM");
              break;
            case "OBJECT_ACCESS_METHOD":
              output.push("ACCESS METHOD");
              break;
            case "OBJECT_OPERATOR":
              output.push("OPERATOR");
              break;
            case "OBJECT_FOREIGN_TABLE":
              output.push("FOREIGN TABLE");
              break;
            case "OBJECT_MATVIEW":
              output.push("MATERIALIZED VIEW");
              break;
            case "OBJECT_OPCLASS":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_OPFAMILY":
              output.push("OPERATOR FAMILY");
              break;
            case "OBJECT_COLLATION":
              output.push("COLLATION");
              break;
            case "OBJECT_CONVERSION":
              output.push("CONVERSION");
              break;
            case "OBJECT_LANGUAGE":
              output.push("LANGUAGE");
              break;
            case "OBJECT_LARGEOBJECT":
              output.push("LARGE OBJECT");
              break;
            case "OBJECT_AGGREGATE":
              output.push("AGGREGATE");
              break;
            case "OBJECT_STATISTIC_EXT":
              output.push("STATISTICS");
              break;
            case "OBJECT_EVENT_TRIGGER":
              output.push("EVENT TRIGGER");
              break;
            case "OBJECT_AMOP":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_AMPROC":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_ATTRIBUTE":
              output.push("ATTRIBUTE");
              break;
            case "OBJECT_DEFAULT":
              output.push("DEFAULT");
              break;
            case "OBJECT_DEFACL":
              output.push("DEFAULT PRIVILEGES");
              break;
            case "OBJECT_PARAMETER_ACL":
              output.push("PARAMETER");
              break;
            case "OBJECT_PUBLICATION_NAMESPACE":
              output.push("PUBLICATION");
              break;
            case "OBJECT_PUBLICATION_REL":
              output.push("PUBLICATION");
              break;
            case "OBJECT_ROUTINE":
              output.push("ROUTINE");
              break;
            case "OBJECT_TABCONSTRAINT":
              output.push("CONSTRAINT");
              break;
            case "OBJECT_TSCONFIGURATION":
              output.push("TEXT SEARCH CONFIGURATION");
              break;
            case "OBJECT_TSDICTIONARY":
              output.push("TEXT SEARCH DICTIONARY");
              break;
            case "OBJECT_TSPARSER":
              output.push("TEXT SEARCH PARSER");
              break;
            case "OBJECT_TSTEMPLATE":
              output.push("TEXT SEARCH TEMPLATE");
              break;
            case "OBJECT_USER_MAPPING":
              output.push("USER MAPPING");
              break;
            default:
              throw new Error(`Unsupported DROP object type: ${node.removeType}`);
          }
        }
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.objects && node.objects.length > 0) {
          if (node.removeType === "OBJECT_POLICY") {
            const objList = node.objects[0];
            if (objList && objList.List && objList.List.items) {
              const items = objList.List.items.map((item) => {
                if (item.String && item.String.sval) {
                  return item.String.sval;
                }
                return this.visit(item, context);
              });
              if (items.length === 3) {
                const [schemaName, tableName, policyName] = items;
                output.push(`${policyName} ON ${schemaName}.${tableName}`);
              } else if (items.length === 2) {
                const [tableName, policyName] = items;
                output.push(`${policyName} ON ${tableName}`);
              } else {
                output.push(items.join(", "));
              }
            }
          } else if (node.removeType === "OBJECT_CAST") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const [sourceType, targetType] = items;
                  return `(${sourceType} AS ${targetType})`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else if (node.removeType === "OBJECT_TRIGGER" || node.removeType === "OBJECT_RULE") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return quotes_1.QuoteUtils.quoteIdentifier(item.String.sval);
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const [tableName, triggerName] = items;
                  return `${triggerName} ON ${tableName}`;
                } else if (items.length === 3) {
                  const [schemaName, tableName, triggerName] = items;
                  return `${triggerName} ON ${schemaName}.${tableName}`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else if (node.removeType === "OBJECT_OPFAMILY" || node.removeType === "OBJECT_OPCLASS") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return item.String.sval;
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const accessMethod = items[0];
                  const objectName = items[1];
                  return `${quotes_1.QuoteUtils.quoteIdentifier(objectName)} USING ${accessMethod}`;
                } else if (items.length === 3) {
                  const accessMethod = items[0];
                  const schemaName = items[1];
                  const objectName = items[2];
                  return `${quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, objectName)} USING ${accessMethod}`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else if (node.removeType === "OBJECT_TRANSFORM") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return item.String.sval;
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const [typeName, languageName] = items;
                  return `FOR ${typeName} LANGUAGE ${languageName}`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else {
            const objects = node.objects.map((objList) => {
              if (Array.isArray(objList)) {
                const objName2 = objList.map((obj) => this.visit(obj, context)).filter((name) => name && name.trim()).join(".");
                return objName2;
              }
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return quotes_1.QuoteUtils.quoteIdentifier(item.String.sval);
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                return items.join(".");
              }
              const objContext = context.spawn("DropStmt", { objtype: node.removeType });
              const objName = this.visit(objList, objContext);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          }
        }
        if (node.behavior === "DROP_CASCADE") {
          output.push("CASCADE");
        }
        return output.join(" ");
      }
      TruncateStmt(node, context) {
        const output = ["TRUNCATE"];
        if (node.relations && node.relations.length > 0) {
          const relations = node.relations.map((relation) => this.visit(relation, context)).join(", ");
          output.push(relations);
        }
        if (node.restart_seqs) {
          output.push("RESTART IDENTITY");
        }
        if (node.behavior === "DROP_CASCADE") {
          output.push("CASCADE");
        }
        return output.join(" ");
      }
      ReturnStmt(node, context) {
        const output = ["RETURN"];
        if (node.returnval) {
          const returnValue = this.visit(node.returnval, context);
          output.push(returnValue);
        }
        return output.join(" ");
      }
      PLAssignStmt(node, context) {
        const output = [];
        if (node.name) {
          let nameWithIndirection = quotes_1.QuoteUtils.quoteIdentifier(node.name);
          if (node.indirection && node.indirection.length > 0) {
            const indirectionStr = node.indirection.map((ind) => this.visit(ind, context)).join("");
            nameWithIndirection += indirectionStr;
          }
          output.push(nameWithIndirection);
        }
        output.push(":=");
        if (node.val) {
          const valAny = node.val;
          if (valAny.targetList) {
            output.push("SELECT");
            const targets = this.targetList(valAny.targetList, context);
            output.push(targets);
          } else {
            const valueStr = this.visit(node.val, context);
            output.push(valueStr);
          }
        }
        return output.join(" ");
      }
      CopyStmt(node, context) {
        const output = ["COPY"];
        if (node.relation) {
          const relationStr = this.RangeVar(node.relation, context);
          output.push(relationStr);
        } else if (node.query) {
          const queryStr = this.visit(node.query, context);
          output.push(`(${queryStr})`);
        }
        if (node.attlist && node.attlist.length > 0) {
          const columnList = list_utils_1.ListUtils.unwrapList(node.attlist).map((col) => this.visit(col, context)).join(", ");
          output.push(`(${columnList})`);
        }
        if (node.is_from) {
          output.push("FROM");
        } else {
          output.push("TO");
        }
        if (node.is_program) {
          output.push("PROGRAM");
        }
        if (node.filename) {
          output.push(`'${node.filename}'`);
        } else {
          output.push("STDIN");
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const optionsStr = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context.spawn("CopyStmt"))).join(", ");
          output.push(`(${optionsStr})`);
        }
        if (node.whereClause) {
          output.push("WHERE");
          const whereStr = this.visit(node.whereClause, context);
          output.push(whereStr);
        }
        return output.join(" ");
      }
      AlterTableStmt(node, context) {
        const output = ["ALTER"];
        if (node.objtype) {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "OBJECT_SEQUENCE":
              output.push("SEQUENCE");
              break;
            case "OBJECT_VIEW":
              output.push("VIEW");
              break;
            case "OBJECT_MATVIEW":
              output.push("MATERIALIZED VIEW");
              break;
            case "OBJECT_FOREIGN_TABLE":
              output.push("FOREIGN TABLE");
              break;
            case "OBJECT_TYPE":
              output.push("TYPE");
              break;
            default:
              output.push("TABLE");
          }
        } else {
          output.push("TABLE");
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        const alterContext = context.spawn("AlterTableStmt", { objtype: node.objtype });
        if (node.relation) {
          const relationStr = this.RangeVar(node.relation, alterContext);
          output.push(relationStr);
        }
        if (node.cmds && node.cmds.length > 0) {
          const commands = list_utils_1.ListUtils.unwrapList(node.cmds);
          if (context.isPretty()) {
            const commandsStr = commands.map((cmd) => {
              const cmdStr = this.visit(cmd, alterContext);
              return context.newline() + context.indent(cmdStr);
            }).join(",");
            output.push(commandsStr);
          } else {
            const commandsStr = commands.map((cmd) => this.visit(cmd, alterContext)).join(", ");
            output.push(commandsStr);
          }
        }
        return output.join(" ");
      }
      AlterTableCmd(node, context) {
        const output = [];
        if (node.subtype) {
          switch (node.subtype) {
            case "AT_AddColumn":
              if (context.objtype === "OBJECT_TYPE") {
                output.push("ADD ATTRIBUTE");
              } else {
                output.push("ADD COLUMN");
              }
              if (node.missing_ok) {
                output.push("IF NOT EXISTS");
              }
              if (node.def) {
                const colDefData = this.getNodeData(node.def);
                if (context.isPretty()) {
                  const parts = [];
                  const indentedParts = [];
                  if (colDefData.colname) {
                    parts.push(quotes_1.QuoteUtils.quoteIdentifier(colDefData.colname));
                  }
                  if (colDefData.typeName) {
                    parts.push(this.TypeName(colDefData.typeName, context));
                  }
                  if (colDefData.is_not_null) {
                    indentedParts.push("NOT NULL");
                  }
                  if (colDefData.collClause) {
                    indentedParts.push(this.CollateClause(colDefData.collClause, context));
                  }
                  if (colDefData.constraints) {
                    const constraints = list_utils_1.ListUtils.unwrapList(colDefData.constraints);
                    constraints.forEach((constraint) => {
                      const columnConstraintContext = context.spawn("ColumnDef", { isColumnConstraint: true });
                      const constraintStr = this.visit(constraint, columnConstraintContext);
                      if (constraintStr.includes("REFERENCES") && constraintStr.includes("ON DELETE")) {
                        const refMatch = constraintStr.match(/^(.*REFERENCES[^)]*\([^)]*\))\s*(ON\s+DELETE\s+CASCADE.*)$/);
                        if (refMatch) {
                          indentedParts.push(refMatch[1]);
                          indentedParts.push(refMatch[2]);
                        } else {
                          indentedParts.push(constraintStr);
                        }
                      } else if (constraintStr === "UNIQUE" && colDefData.raw_default) {
                        const defaultStr = "DEFAULT " + this.visit(colDefData.raw_default, context);
                        indentedParts.push("UNIQUE " + defaultStr);
                      } else {
                        indentedParts.push(constraintStr);
                      }
                    });
                  }
                  if (colDefData.raw_default && !colDefData.constraints?.some((c) => {
                    const constraintStr = this.visit(c, context.spawn("ColumnDef", { isColumnConstraint: true }));
                    return constraintStr === "UNIQUE";
                  })) {
                    const defaultStr = "DEFAULT " + this.visit(colDefData.raw_default, context);
                    indentedParts.push(defaultStr);
                  }
                  if (colDefData.fdwoptions && colDefData.fdwoptions.length > 0) {
                    indentedParts.push("OPTIONS");
                    const columnContext = context.spawn("ColumnDef");
                    const options2 = list_utils_1.ListUtils.unwrapList(colDefData.fdwoptions).map((opt) => this.visit(opt, columnContext));
                    indentedParts.push(`(${options2.join(", ")})`);
                  }
                  let result = parts.join(" ");
                  if (indentedParts.length > 0) {
                    const indentedStr = indentedParts.map((part) => context.indent(part)).join(context.newline());
                    result += context.newline() + indentedStr;
                  }
                  output.push(result);
                } else {
                  const parts = [];
                  if (colDefData.colname) {
                    parts.push(quotes_1.QuoteUtils.quoteIdentifier(colDefData.colname));
                  }
                  if (colDefData.typeName) {
                    parts.push(this.TypeName(colDefData.typeName, context));
                  }
                  if (colDefData.collClause) {
                    parts.push(this.CollateClause(colDefData.collClause, context));
                  }
                  if (colDefData.fdwoptions && colDefData.fdwoptions.length > 0) {
                    parts.push("OPTIONS");
                    const columnContext = context.spawn("ColumnDef");
                    const options2 = list_utils_1.ListUtils.unwrapList(colDefData.fdwoptions).map((opt) => this.visit(opt, columnContext));
                    parts.push(`(${options2.join(", ")})`);
                  }
                  if (colDefData.constraints) {
                    const constraints = list_utils_1.ListUtils.unwrapList(colDefData.constraints);
                    const constraintStrs = constraints.map((constraint) => {
                      const columnConstraintContext = context.spawn("ColumnDef", { isColumnConstraint: true });
                      return this.visit(constraint, columnConstraintContext);
                    });
                    parts.push(...constraintStrs);
                  }
                  if (colDefData.raw_default) {
                    parts.push("DEFAULT");
                    parts.push(this.visit(colDefData.raw_default, context));
                  }
                  if (colDefData.is_not_null) {
                    parts.push("NOT NULL");
                  }
                  output.push(parts.join(" "));
                }
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "AT_DropColumn":
              if (node.missing_ok) {
                if (context.objtype === "OBJECT_TYPE") {
                  output.push("DROP ATTRIBUTE IF EXISTS");
                } else {
                  output.push("DROP COLUMN IF EXISTS");
                }
              } else {
                if (context.objtype === "OBJECT_TYPE") {
                  output.push("DROP ATTRIBUTE");
                } else {
                  output.push("DROP COLUMN");
                }
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              } else if (node.behavior === "DROP_RESTRICT") {
                output.push("RESTRICT");
              }
              break;
            case "AT_AlterColumnType":
              if (context.objtype === "OBJECT_TYPE") {
                output.push("ALTER ATTRIBUTE");
              } else {
                output.push("ALTER COLUMN");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("TYPE");
              if (node.def) {
                const nodeData = this.getNodeData(node.def);
                if (nodeData && nodeData.typeName) {
                  output.push(this.TypeName(nodeData.typeName, context));
                  if (nodeData.raw_default) {
                    output.push("USING");
                    output.push(this.visit(nodeData.raw_default, context));
                  }
                } else {
                  const typeDef = this.visit(node.def, context);
                  output.push(typeDef);
                }
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "AT_SetTableSpace":
              output.push("SET TABLESPACE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_AddConstraint":
              output.push("ADD");
              if (node.def) {
                const constraintDef = this.visit(node.def, context);
                output.push(constraintDef);
              }
              break;
            case "AT_DropConstraint":
              if (node.missing_ok) {
                output.push("DROP CONSTRAINT IF EXISTS");
              } else {
                output.push("DROP CONSTRAINT");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              } else if (node.behavior === "DROP_RESTRICT") {
                output.push("RESTRICT");
              }
              break;
            case "AT_SetRelOptions":
              output.push("SET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_SetRelOptions" });
                const options2 = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options2})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_ResetRelOptions":
              output.push("RESET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_ResetRelOptions" });
                const options2 = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options2})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_ColumnDefault":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.def) {
                output.push("SET DEFAULT");
                output.push(this.visit(node.def, context));
              } else {
                output.push("DROP DEFAULT");
              }
              break;
            case "AT_SetStorage":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET STORAGE");
              if (node.def) {
                const storageType = this.visit(node.def, context);
                output.push(storageType);
              }
              break;
            case "AT_ClusterOn":
              output.push("CLUSTER ON");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_DropCluster":
              output.push("SET WITHOUT CLUSTER");
              break;
            case "AT_ChangeOwner":
              output.push("OWNER TO");
              if (node.newowner) {
                output.push(this.RoleSpec(node.newowner, context));
              }
              break;
            case "AT_AddInherit":
              output.push("INHERIT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DropInherit":
              output.push("NO INHERIT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_SetNotNull":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET NOT NULL");
              break;
            case "AT_DropNotNull":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("DROP NOT NULL");
              break;
            case "AT_SetStatistics":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              } else if (node.num !== void 0 && node.num !== null) {
                output.push(node.num.toString());
              }
              output.push("SET STATISTICS");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_SetOptions":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_SetOptions" });
                const options2 = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options2})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_ResetOptions":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("RESET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_ResetOptions" });
                const options2 = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options2})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_SetCompression":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET COMPRESSION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ValidateConstraint":
              output.push("VALIDATE CONSTRAINT");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableTrig":
              output.push("ENABLE TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableAlwaysTrig":
              output.push("ENABLE ALWAYS TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableReplicaTrig":
              output.push("ENABLE REPLICA TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_DisableTrig":
              output.push("DISABLE TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableTrigAll":
              output.push("ENABLE TRIGGER ALL");
              break;
            case "AT_DisableTrigAll":
              output.push("DISABLE TRIGGER ALL");
              break;
            case "AT_EnableTrigUser":
              output.push("ENABLE TRIGGER USER");
              break;
            case "AT_DisableTrigUser":
              output.push("DISABLE TRIGGER USER");
              break;
            case "AT_EnableRule":
              output.push("ENABLE RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableAlwaysRule":
              output.push("ENABLE ALWAYS RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableReplicaRule":
              output.push("ENABLE REPLICA RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_DisableRule":
              output.push("DISABLE RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_SetAccessMethod":
              output.push("SET ACCESS METHOD");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              } else {
                output.push("DEFAULT");
              }
              break;
            case "AT_EnableRowSecurity":
              output.push("ENABLE ROW LEVEL SECURITY");
              break;
            case "AT_DisableRowSecurity":
              output.push("DISABLE ROW LEVEL SECURITY");
              break;
            case "AT_ForceRowSecurity":
              output.push("FORCE ROW LEVEL SECURITY");
              break;
            case "AT_NoForceRowSecurity":
              output.push("NO FORCE ROW LEVEL SECURITY");
              break;
            case "AT_AttachPartition":
              output.push("ATTACH PARTITION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DetachPartition":
              output.push("DETACH PARTITION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DetachPartitionFinalize":
              output.push("DETACH PARTITION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              output.push("FINALIZE");
              break;
            case "AT_SetLogged":
              output.push("SET LOGGED");
              break;
            case "AT_SetUnLogged":
              output.push("SET UNLOGGED");
              break;
            case "AT_AddColumnToView":
              output.push("ADD COLUMN");
              if (node.def) {
                const columnDef2 = this.visit(node.def, context);
                output.push(columnDef2);
              }
              break;
            case "AT_CookedColumnDefault":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.def) {
                output.push("SET DEFAULT");
                output.push(this.visit(node.def, context));
              } else {
                output.push("DROP DEFAULT");
              }
              break;
            case "AT_SetExpression":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET EXPRESSION");
              if (node.def) {
                output.push("AS");
                output.push(context.parens(this.visit(node.def, context)));
              }
              break;
            case "AT_DropExpression":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("DROP EXPRESSION");
              if (node.missing_ok) {
                output.push("IF EXISTS");
              }
              break;
            case "AT_CheckNotNull":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET NOT NULL");
              break;
            case "AT_AddIndex":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddIndex":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddConstraint":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddDomainConstraint":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_AlterConstraint":
              output.push("ALTER CONSTRAINT");
              if (node.def && this.getNodeType(node.def) === "Constraint") {
                const constraintData = this.getNodeData(node.def);
                if (constraintData.conname) {
                  output.push(quotes_1.QuoteUtils.quoteIdentifier(constraintData.conname));
                  if (constraintData.deferrable !== void 0) {
                    output.push(constraintData.deferrable ? "DEFERRABLE" : "NOT DEFERRABLE");
                  }
                  if (constraintData.initdeferred !== void 0) {
                    output.push(constraintData.initdeferred ? "INITIALLY DEFERRED" : "INITIALLY IMMEDIATE");
                  }
                }
              } else if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
                if (node.def) {
                  output.push(this.visit(node.def, context));
                }
              }
              break;
            case "AT_AddIndexConstraint":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddComment":
              output.push("COMMENT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_AlterColumnGenericOptions":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("OPTIONS");
              if (node.def) {
                const alterColumnContext = context.spawn("AlterTableCmd", { alterColumnOptions: true });
                const options2 = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterColumnContext)).join(", ");
                output.push(`(${options2})`);
              }
              break;
            case "AT_DropOids":
              output.push("SET WITHOUT OIDS");
              break;
            case "AT_ReplaceRelOptions":
              output.push("REPLACE");
              if (node.def && Array.isArray(node.def)) {
                const options2 = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, context)).join(", ");
                output.push(`(${options2})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_AddOf":
              output.push("OF");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DropOf":
              output.push("NOT OF");
              break;
            case "AT_ReplicaIdentity":
              output.push("REPLICA IDENTITY");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_GenericOptions":
              output.push("OPTIONS");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { alterTableOptions: true });
                const options2 = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options2})`);
              }
              break;
            case "AT_AddIdentity":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_SetIdentity":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DropIdentity":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("DROP IDENTITY");
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              } else if (node.behavior === "DROP_RESTRICT") {
                output.push("RESTRICT");
              }
              break;
            case "AT_ReAddStatistics":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            default:
              throw new Error(`Unsupported AlterTableCmd subtype: ${node.subtype}`);
          }
        }
        return output.join(" ");
      }
      CreateFunctionStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.is_procedure) {
          output.push("PROCEDURE");
        } else {
          output.push("FUNCTION");
        }
        if (node.funcname && node.funcname.length > 0) {
          const funcnameParts = node.funcname.map((name) => name.String?.sval || name.String?.str || "").filter((s) => s);
          const funcName = quotes_1.QuoteUtils.quoteDottedName(funcnameParts);
          if (node.parameters && node.parameters.length > 0) {
            const params = node.parameters.filter((param) => {
              const paramData = this.getNodeData(param);
              return paramData.mode !== "FUNC_PARAM_TABLE";
            }).map((param) => this.visit(param, context));
            if (params.length > 0) {
              if (context.isPretty()) {
                const formattedParams = params.map((p) => context.indent(p)).join("," + context.newline());
                output.push(funcName + "(" + context.newline() + formattedParams + context.newline() + ")");
              } else {
                output.push(funcName + "(" + params.join(", ") + ")");
              }
            } else {
              output.push(funcName + "()");
            }
          } else {
            output.push(funcName + "()");
          }
        }
        const hasTableParams = node.parameters && node.parameters.some((param) => {
          const paramData = this.getNodeData(param);
          return paramData.mode === "FUNC_PARAM_TABLE";
        });
        if (hasTableParams) {
          const tableParams = node.parameters.filter((param) => {
            const paramData = this.getNodeData(param);
            return paramData.mode === "FUNC_PARAM_TABLE";
          }).map((param) => this.visit(param, context));
          if (context.isPretty()) {
            const formattedTableParams = tableParams.map((p) => context.indent(p)).join("," + context.newline());
            output.push("RETURNS TABLE (" + context.newline() + formattedTableParams + context.newline() + ")");
          } else {
            output.push("RETURNS TABLE (");
            output.push(tableParams.join(", "));
            output.push(")");
          }
        } else if (node.returnType) {
          output.push("RETURNS");
          output.push(this.TypeName(node.returnType, context));
        }
        if (node.options && node.options.length > 0) {
          const funcContext = context.spawn("CreateFunctionStmt");
          const options2 = node.options.map((opt) => this.visit(opt, funcContext));
          output.push(...options2);
        }
        if (node.sql_body) {
          const bodyType = this.getNodeType(node.sql_body);
          if (bodyType === "ReturnStmt") {
            output.push(this.visit(node.sql_body, context));
          } else {
            output.push("BEGIN ATOMIC");
            if (bodyType === "List") {
              const statements = list_utils_1.ListUtils.unwrapList(node.sql_body);
              if (statements.length === 0 || statements.length === 1 && Object.keys(statements[0]).length === 0) {
              } else {
                let actualStatements = statements;
                if (statements.length === 1 && statements[0].List) {
                  actualStatements = list_utils_1.ListUtils.unwrapList(statements[0]);
                }
                const stmtStrings = actualStatements.filter((stmt) => stmt && Object.keys(stmt).length > 0).map((stmt) => {
                  const stmtSql = this.visit(stmt, context);
                  return stmtSql.endsWith(";") ? stmtSql : stmtSql + ";";
                });
                if (stmtStrings.length > 0) {
                  output.push(stmtStrings.join(" "));
                }
              }
            } else {
              const bodyStmt = this.visit(node.sql_body, context);
              if (bodyStmt && !bodyStmt.endsWith(";")) {
                output.push(bodyStmt + ";");
              } else {
                output.push(bodyStmt);
              }
            }
            output.push("END");
          }
        }
        return output.join(" ");
      }
      FunctionParameter(node, context) {
        const output = [];
        if (node.mode) {
          switch (node.mode) {
            case "FUNC_PARAM_IN":
              output.push("IN");
              break;
            case "FUNC_PARAM_OUT":
              output.push("OUT");
              break;
            case "FUNC_PARAM_INOUT":
              output.push("INOUT");
              break;
            case "FUNC_PARAM_VARIADIC":
              output.push("VARIADIC");
              break;
          }
        }
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        }
        if (node.argType) {
          output.push(this.TypeName(node.argType, context));
        }
        if (node.defexpr) {
          output.push("DEFAULT");
          output.push(this.visit(node.defexpr, context));
        }
        return output.join(" ");
      }
      CreateEnumStmt(node, context) {
        const output = ["CREATE", "TYPE"];
        if (node.typeName) {
          const typeName = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeName);
        }
        output.push("AS", "ENUM");
        if (node.vals && node.vals.length > 0) {
          const enumContext = context.spawn("CreateEnumStmt", { isEnumValue: true });
          const values = list_utils_1.ListUtils.unwrapList(node.vals).map((val) => this.visit(val, enumContext)).join(", ");
          output.push(`(${values})`);
        } else {
          output.push("()");
        }
        return output.join(" ");
      }
      CreateDomainStmt(node, context) {
        const output = ["CREATE", "DOMAIN"];
        if (node.domainname) {
          const domainName = list_utils_1.ListUtils.unwrapList(node.domainname).map((name) => this.visit(name, context)).join(".");
          output.push(domainName);
        }
        if (node.typeName) {
          output.push("AS");
          output.push(this.TypeName(node.typeName, context));
        }
        if (node.collClause) {
          output.push(this.CollateClause(node.collClause, context));
        }
        if (node.constraints) {
          const constraints = list_utils_1.ListUtils.unwrapList(node.constraints).map((constraint) => this.visit(constraint, context)).join(" ");
          if (constraints) {
            output.push(constraints);
          }
        }
        return output.join(" ");
      }
      CreateRoleStmt(node, context) {
        const output = ["CREATE"];
        if (node.stmt_type === "ROLESTMT_ROLE") {
          output.push("ROLE");
        } else if (node.stmt_type === "ROLESTMT_USER") {
          output.push("USER");
        } else if (node.stmt_type === "ROLESTMT_GROUP") {
          output.push("GROUP");
        } else {
          output.push("ROLE");
        }
        if (node.role) {
          const roleName = quotes_1.QuoteUtils.quoteIdentifier(node.role);
          output.push(roleName);
        }
        if (node.options) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context.spawn("CreateRoleStmt"))).join(" ");
          if (options2) {
            output.push("WITH");
            output.push(options2);
          }
        }
        return output.join(" ");
      }
      DefElem(node, context) {
        if (!node.defname) {
          return "";
        }
        if (context.parentNodeTypes.includes("DefineStmt") && ["commutator", "negator"].includes(node.defname.toLowerCase())) {
          if (node.arg && this.getNodeType(node.arg) === "List") {
            const listData = this.getNodeData(node.arg);
            const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
            if (listItems.length === 1 && listItems[0].String) {
              const preservedName = this.preserveOperatorDefElemCase(node.defname);
              return `${preservedName} = ${listItems[0].String.sval}`;
            }
          }
        }
        if (context.parentNodeTypes.includes("IndexElem")) {
          if (node.arg && this.getNodeType(node.arg) === "String") {
            const stringData = this.getNodeData(node.arg);
            return `${node.defname}='${stringData.sval}'`;
          }
          return `${node.defname}=${this.visit(node.arg, context.spawn("DefElem"))}`;
        }
        if (context.parentNodeTypes.includes("DefineStmt") && ["hashes", "merges"].includes(node.defname.toLowerCase()) && !node.arg) {
          if (node.defname !== node.defname.toLowerCase() && node.defname !== node.defname.toUpperCase()) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.defname);
          }
          return node.defname.charAt(0).toUpperCase() + node.defname.slice(1).toLowerCase();
        }
        if (context.parentNodeTypes.includes("AlterFdwStmt") || context.parentNodeTypes.includes("CreateFdwStmt") || context.parentNodeTypes.includes("CreateForeignServerStmt") || context.parentNodeTypes.includes("AlterForeignServerStmt") || context.parentNodeTypes.includes("CreateUserMappingStmt") || context.parentNodeTypes.includes("AlterUserMappingStmt") || context.parentNodeTypes.includes("ColumnDef") || context.parentNodeTypes.includes("CreateForeignTableStmt") || context.parentNodeTypes.includes("ImportForeignSchemaStmt") || context.alterColumnOptions || context.alterTableOptions) {
          if (["handler", "validator"].includes(node.defname)) {
            if (!node.arg) {
              return `NO ${node.defname.toUpperCase()}`;
            }
            const defElemContext = context.spawn("DefElem");
            const argValue = this.visit(node.arg, defElemContext);
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (node.arg) {
            const defElemContext = context.spawn("DefElem");
            const argValue = this.visit(node.arg, defElemContext);
            if (context.parentNodeTypes.includes("CreateFdwStmt") || context.parentNodeTypes.includes("AlterFdwStmt")) {
              const finalValue = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
              const quotedDefname2 = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
              if (node.defaction === "DEFELEM_ADD") {
                return `ADD ${quotedDefname2} ${finalValue}`;
              } else if (node.defaction === "DEFELEM_DROP") {
                return `DROP ${quotedDefname2}`;
              } else if (node.defaction === "DEFELEM_SET") {
                return `SET ${quotedDefname2} ${finalValue}`;
              }
              return `${quotedDefname2} ${finalValue}`;
            }
            const quotedValue = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
            if (node.defaction === "DEFELEM_ADD") {
              return `ADD ${node.defname} ${quotedValue}`;
            } else if (node.defaction === "DEFELEM_DROP") {
              return `DROP ${node.defname}`;
            } else if (node.defaction === "DEFELEM_SET") {
              return `SET ${node.defname} ${quotedValue}`;
            }
            const quotedDefname = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
            return `${quotedDefname} ${quotedValue}`;
          } else if (node.defaction === "DEFELEM_DROP") {
            return `DROP ${node.defname}`;
          }
        }
        if ((context.parentNodeTypes.includes("CreateSeqStmt") || context.parentNodeTypes.includes("AlterSeqStmt")) && (node.defname === "minvalue" || node.defname === "maxvalue") && !node.arg) {
          return `NO ${node.defname.toUpperCase()}`;
        }
        if (context.parentNodeTypes.includes("CreateRoleStmt") || context.parentNodeTypes.includes("AlterRoleStmt")) {
          if (node.defname === "password") {
            if (!node.arg) {
              return "PASSWORD NULL";
            }
            const defElemContext = context.spawn("DefElem");
            const argValue = this.visit(node.arg, defElemContext);
            const quotedValue = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
            return `PASSWORD ${quotedValue}`;
          }
        }
        if (node.arg) {
          const defElemContext = context.spawn("DefElem");
          const argValue = this.visit(node.arg, defElemContext);
          if (context.parentNodeTypes.includes("AlterOperatorStmt")) {
            if (node.arg && this.getNodeType(node.arg) === "TypeName") {
              const typeNameData = this.getNodeData(node.arg);
              if (typeNameData.names) {
                const names = list_utils_1.ListUtils.unwrapList(typeNameData.names);
                if (names.length === 1 && names[0].String) {
                  return `${node.defname} = ${names[0].String.sval}`;
                }
              }
            }
            if (node.arg && this.getNodeType(node.arg) === "List") {
              const listData = this.getNodeData(node.arg);
              const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
              if (listItems.length === 1 && listItems[0].String) {
                return `${node.defname} = ${listItems[0].String.sval}`;
              }
            }
          }
          if (context.parentNodeTypes.includes("CreatedbStmt") || context.parentNodeTypes.includes("DropdbStmt")) {
            const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
            return `${node.defname} = ${quotedValue2}`;
          }
          if (context.parentNodeTypes.includes("CreateForeignServerStmt") || context.parentNodeTypes.includes("AlterForeignServerStmt")) {
            const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
            const quotedDefname = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
            return `${quotedDefname} ${quotedValue2}`;
          }
          if (context.parentNodeTypes.includes("CreateRoleStmt") || context.parentNodeTypes.includes("AlterRoleStmt")) {
            if (node.defname === "rolemembers") {
              if (node.arg && this.getNodeType(node.arg) === "List") {
                const listData = this.getNodeData(node.arg);
                const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                const roleNames2 = listItems.map((item) => this.visit(item, context));
                if (context.parentNodeTypes.includes("CreateRoleStmt")) {
                  return `ROLE ${roleNames2.join(", ")}`;
                } else {
                  return `ADD USER ${roleNames2.join(", ")}`;
                }
              }
            }
            if (node.defname === "addroleto") {
              if (node.arg && this.getNodeType(node.arg) === "List") {
                const listData = this.getNodeData(node.arg);
                const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                const roleNames2 = listItems.map((item) => this.visit(item, context));
                return `IN ROLE ${roleNames2.join(", ")}`;
              }
            }
            if (node.defname === "validUntil") {
              const quotedValue2 = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
              return `VALID UNTIL ${quotedValue2}`;
            }
            if (node.defname === "adminmembers") {
              return `ADMIN ${argValue}`;
            }
            if (node.defname === "connectionlimit") {
              return `CONNECTION LIMIT ${argValue}`;
            }
            if (node.defname === "sysid") {
              return `SYSID ${argValue}`;
            }
            if (String(argValue) === "true") {
              if (node.defname === "isreplication") {
                return "REPLICATION";
              }
              if (node.defname === "canlogin") {
                return "LOGIN";
              }
              return node.defname.toUpperCase();
            } else if (String(argValue) === "false") {
              if (node.defname === "canlogin") {
                return "NOLOGIN";
              }
              if (node.defname === "isreplication") {
                return "NOREPLICATION";
              }
              return `NO${node.defname.toUpperCase()}`;
            }
          }
          if (context.parentNodeTypes.includes("CreateSeqStmt") || context.parentNodeTypes.includes("AlterSeqStmt")) {
            if (node.defname === "owned_by") {
              if (node.arg && this.getNodeType(node.arg) === "List") {
                const listData = this.getNodeData(node.arg);
                const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                const parts = listItems.map((item) => {
                  const itemData = this.getNodeData(item);
                  if (this.getNodeType(item) === "String") {
                    const value = itemData.sval;
                    return quotes_1.QuoteUtils.quoteIdentifier(value);
                  }
                  return this.visit(item, context);
                });
                return `OWNED BY ${parts.join(".")}`;
              } else {
                return `OWNED BY ${argValue}`;
              }
            }
            if (node.defname === "cycle") {
              const boolValue = String(argValue).toLowerCase();
              if (boolValue === "true" || boolValue === "1") {
                return "CYCLE";
              } else if (boolValue === "false" || boolValue === "0") {
                return "NO CYCLE";
              }
            }
            if ((node.defname === "minvalue" || node.defname === "maxvalue") && !node.arg) {
              return `NO ${node.defname.toUpperCase()}`;
            }
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateTableSpaceStmt") || context.parentNodeTypes.includes("AlterTableSpaceOptionsStmt")) {
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("ExplainStmt")) {
            if (argValue) {
              return `${node.defname.toUpperCase()} ${argValue.toUpperCase()}`;
            } else {
              return node.defname.toUpperCase();
            }
          }
          if (context.parentNodeTypes.includes("DoStmt")) {
            if (node.defname === "as") {
              const defElemContext2 = context.spawn("DefElem");
              const argValue2 = node.arg ? this.visit(node.arg, defElemContext2) : "";
              if (Array.isArray(argValue2)) {
                const bodyParts = argValue2;
                const body = bodyParts.join("");
                const delimiter = this.getFunctionDelimiter(body);
                return `${delimiter}${body}${delimiter}`;
              } else {
                const delimiter = this.getFunctionDelimiter(argValue2);
                return `${delimiter}${argValue2}${delimiter}`;
              }
            }
            return "";
          }
          if (context.parentNodeTypes.includes("CreateFunctionStmt") || context.parentNodeTypes.includes("AlterFunctionStmt")) {
            if (node.defname === "as") {
              if (node.arg && node.arg.List) {
                const listNode = node.arg.List;
                const listItems = listNode.items || [];
                const bodyParts = listItems.map((item) => {
                  if (item.String) {
                    return item.String.sval;
                  }
                  return this.visit(item, context);
                });
                if (bodyParts.length === 1) {
                  const body = bodyParts[0];
                  const delimiter = this.getFunctionDelimiter(body);
                  return `AS ${delimiter}${body}${delimiter}`;
                } else {
                  return `AS ${bodyParts.map((part) => {
                    const delimiter = this.getFunctionDelimiter(part);
                    return `${delimiter}${part}${delimiter}`;
                  }).join(", ")}`;
                }
              } else if (Array.isArray(argValue)) {
                const bodyParts = argValue;
                if (bodyParts.length === 1) {
                  const body = bodyParts[0];
                  const delimiter = this.getFunctionDelimiter(body);
                  return `AS ${delimiter}${body}${delimiter}`;
                } else {
                  return `AS ${bodyParts.map((part) => {
                    const delimiter = this.getFunctionDelimiter(part);
                    return `${delimiter}${part}${delimiter}`;
                  }).join(", ")}`;
                }
              } else {
                const delimiter = this.getFunctionDelimiter(argValue);
                return `AS ${delimiter}${argValue}${delimiter}`;
              }
            }
            if (node.defname === "language") {
              return `LANGUAGE ${argValue}`;
            }
            if (node.defname === "volatility") {
              return argValue.toUpperCase();
            }
            if (node.defname === "strict") {
              return argValue === "true" ? "STRICT" : "CALLED ON NULL INPUT";
            }
            if (node.defname === "security") {
              return argValue === "true" ? "SECURITY DEFINER" : "SECURITY INVOKER";
            }
            if (node.defname === "leakproof") {
              return argValue === "true" ? "LEAKPROOF" : "NOT LEAKPROOF";
            }
            if (node.defname === "cost") {
              return `COST ${argValue}`;
            }
            if (node.defname === "rows") {
              return `ROWS ${argValue}`;
            }
            if (node.defname === "window") {
              return argValue === "true" ? "WINDOW" : "";
            }
            if (node.defname === "set") {
              return this.visit(node.arg, context);
            }
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateExtensionStmt") || context.parentNodeTypes.includes("AlterExtensionStmt") || context.parentNodeTypes.includes("CreateFdwStmt") || context.parentNodeTypes.includes("AlterFdwStmt")) {
            if (context.parentNodeTypes.includes("AlterExtensionStmt")) {
              if (node.defname === "new_version") {
                const quotedValue2 = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
                return `UPDATE TO ${quotedValue2}`;
              }
              if (node.defname === "schema") {
                return `SET SCHEMA ${argValue}`;
              }
            }
            if (context.parentNodeTypes.includes("CreateFdwStmt")) {
              if (["handler", "validator"].includes(node.defname)) {
                return `${node.defname.toUpperCase()} ${argValue}`;
              }
              const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
              return `${node.defname} ${quotedValue2}`;
            }
            if (node.defname === "cascade") {
              return argValue === "true" ? "CASCADE" : "";
            }
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("IndexStmt")) {
            return `${node.defname}=${argValue}`;
          }
          if (context.parentNodeTypes.includes("IndexElem")) {
            if (node.arg && this.getNodeType(node.arg) === "String") {
              const stringData = this.getNodeData(node.arg);
              return `${node.defname}='${stringData.sval}'`;
            }
            return `${node.defname}=${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateStmt")) {
            if (node.arg && this.getNodeType(node.arg) === "Integer") {
              const integerData = this.getNodeData(node.arg);
              return `${node.defname}=${integerData.ival}`;
            }
            return `${node.defname}=${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateEventTrigStmt")) {
            if (node.arg && this.getNodeType(node.arg) === "List") {
              const listData = this.getNodeData(node.arg);
              const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
              const values = listItems.map((item) => {
                if (this.getNodeType(item) === "String") {
                  const stringData = this.getNodeData(item);
                  return `'${stringData.sval || ""}'`;
                }
                return this.visit(item, context);
              });
              return `${node.defname} IN (${values.join(", ")})`;
            }
            return `${node.defname} = ${argValue}`;
          }
          if ((context.parentNodeTypes.includes("AlterTableCmd") || context.parentNodeTypes.includes("AlterTableStmt")) && !context.parentNodeTypes.includes("ColumnDef")) {
            const optionName = node.defnamespace ? `${node.defnamespace}.${node.defname}` : node.defname;
            if (node.arg && this.getNodeType(node.arg) === "TypeName") {
              return `${optionName} = ${argValue}`;
            }
            return `${optionName} = ${argValue}`;
          }
          if (context.parentNodeTypes.includes("ViewStmt")) {
            if (typeof argValue === "string" && /^\d+$/.test(argValue)) {
              return `${node.defname}=${argValue}`;
            }
            const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
            return `${node.defname} = ${quotedValue2}`;
          }
          if (context.parentNodeTypes.includes("CopyStmt")) {
            if (node.defname === "format" && node.arg && this.getNodeType(node.arg) === "String") {
              const stringData = this.getNodeData(node.arg);
              return `FORMAT ${stringData.sval.toUpperCase()}`;
            }
            if (node.arg) {
              return `${node.defname.toUpperCase()} ${argValue}`;
            }
            return node.defname.toUpperCase();
          }
          if (context.parentNodeTypes.includes("DefineStmt")) {
            const preservedName = this.preserveOperatorDefElemCase(node.defname);
            if (["commutator", "negator"].includes(node.defname.toLowerCase())) {
              if (node.arg) {
                if (node.arg && this.getNodeType(node.arg) === "List") {
                  const listData = this.getNodeData(node.arg);
                  const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                  if (listItems.length === 1 && listItems[0].String) {
                    return `${preservedName} = ${listItems[0].String.sval}`;
                  }
                }
                const unquotedValue = argValue.replace(/^"(.*)"$/, "$1");
                return `${preservedName} = ${unquotedValue}`;
              }
              return preservedName;
            }
            if (["hashes", "merges"].includes(node.defname.toLowerCase())) {
              if (node.defname !== node.defname.toLowerCase() && node.defname !== node.defname.toUpperCase()) {
                return quotes_1.QuoteUtils.quoteIdentifier(node.defname);
              }
              return preservedName.toUpperCase();
            }
            const quotedDefname = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
            if (quotedDefname !== node.defname) {
              if (node.arg) {
                if (this.getNodeType(node.arg) === "String") {
                  const stringData = this.getNodeData(node.arg);
                  if (stringData.sval === "true" || stringData.sval === "false") {
                    return `${quotedDefname} = ${stringData.sval}`;
                  }
                  return `${quotedDefname} = '${stringData.sval}'`;
                }
                return `${quotedDefname} = ${argValue}`;
              }
              return quotedDefname;
            }
            if (preservedName !== node.defname) {
              if (node.arg) {
                return `${preservedName} = ${argValue}`;
              }
              return preservedName;
            }
            if (node.arg && this.getNodeType(node.arg) === "String") {
              const stringData = this.getNodeData(node.arg);
              if (stringData.sval === "true" || stringData.sval === "false") {
                return `${node.defname} = ${stringData.sval}`;
              }
              return `${node.defname} = '${stringData.sval}'`;
            }
            if (node.arg && this.getNodeType(node.arg) === "Boolean") {
              const boolData = this.getNodeData(node.arg);
              return `${node.defname} = ${boolData.boolval ? "true" : "false"}`;
            }
            if (node.arg && this.getNodeType(node.arg) === "Integer") {
              const intData = this.getNodeData(node.arg);
              return `${node.defname} = ${intData.ival}`;
            }
            if (node.arg && this.getNodeType(node.arg) === "TypeName") {
              const typeNameData = this.getNodeData(node.arg);
              if (typeNameData.names) {
                const names = list_utils_1.ListUtils.unwrapList(typeNameData.names);
                if (names.length === 1 && names[0].String) {
                  return `${node.defname} = ${names[0].String.sval}`;
                }
              }
              return `${node.defname} = ${argValue}`;
            }
          }
          const quotedValue = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
          return `${node.defname} = ${quotedValue}`;
        }
        if (context.parentNodeTypes.includes("DefineStmt") && !node.arg) {
          if (node.defname !== node.defname.toLowerCase() && node.defname !== node.defname.toUpperCase()) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.defname);
          }
        }
        return node.defname.toUpperCase();
      }
      CreateTableSpaceStmt(node, context) {
        const output = ["CREATE", "TABLESPACE"];
        if (node.tablespacename) {
          output.push(node.tablespacename);
        }
        if (node.owner) {
          output.push("OWNER");
          output.push(this.RoleSpec(node.owner, context));
        }
        if (node.location) {
          output.push("LOCATION");
          output.push(`'${node.location}'`);
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const tsContext = context.spawn("CreateTableSpaceStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, tsContext)).join(", ");
          output.push(`(${options2})`);
        }
        return output.join(" ");
      }
      DropTableSpaceStmt(node, context) {
        const output = ["DROP", "TABLESPACE"];
        if (node.missing_ok) {
          output.push("IF", "EXISTS");
        }
        if (node.tablespacename) {
          output.push(node.tablespacename);
        }
        return output.join(" ");
      }
      AlterTableSpaceOptionsStmt(node, context) {
        const output = ["ALTER", "TABLESPACE"];
        if (node.tablespacename) {
          output.push(node.tablespacename);
        }
        if (node.isReset) {
          output.push("RESET");
        } else {
          output.push("SET");
        }
        if (node.options && node.options.length > 0) {
          const tablespaceContext = context.spawn("AlterTableSpaceOptionsStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, tablespaceContext)).join(", ");
          output.push(`(${options2})`);
        }
        return output.join(" ");
      }
      CreateExtensionStmt(node, context) {
        const output = ["CREATE", "EXTENSION"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        if (node.extname) {
          output.push(this.quoteIfNeeded(node.extname));
        }
        if (node.options && node.options.length > 0) {
          const extContext = context.spawn("CreateExtensionStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, extContext)).join(" ");
          output.push(options2);
        }
        return output.join(" ");
      }
      AlterExtensionStmt(node, context) {
        const output = ["ALTER", "EXTENSION"];
        if (node.extname) {
          output.push(this.quoteIfNeeded(node.extname));
        }
        if (node.options && node.options.length > 0) {
          const extContext = context.spawn("AlterExtensionStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, extContext)).join(" ");
          output.push(options2);
        }
        return output.join(" ");
      }
      AlterExtensionContentsStmt(node, context) {
        const output = ["ALTER", "EXTENSION"];
        if (node.extname) {
          output.push(this.quoteIfNeeded(node.extname));
        }
        if (node.action === 1) {
          output.push("ADD");
        } else if (node.action === -1) {
          output.push("DROP");
        }
        if (node.objtype) {
          try {
            output.push(this.getObjectTypeKeyword(node.objtype));
          } catch {
            output.push(node.objtype.toString());
          }
        }
        if (node.object) {
          output.push(this.visit(node.object, context));
        }
        return output.join(" ");
      }
      CreateFdwStmt(node, context) {
        const output = ["CREATE", "FOREIGN", "DATA", "WRAPPER"];
        if (node.fdwname) {
          output.push(node.fdwname);
        }
        if (node.func_options && node.func_options.length > 0) {
          const fdwContext = context.spawn("CreateFdwStmt");
          const funcOptions = list_utils_1.ListUtils.unwrapList(node.func_options).map((option) => this.visit(option, fdwContext)).join(" ");
          output.push(funcOptions);
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const fdwContext = context.spawn("CreateFdwStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, fdwContext)).join(", ");
          output.push(`(${options2})`);
        }
        return output.join(" ");
      }
      SetOperationStmt(node, context) {
        const output = [];
        if (node.larg) {
          output.push(this.visit(node.larg, context));
        }
        if (node.op) {
          switch (node.op) {
            case "SETOP_UNION":
              output.push(node.all ? "UNION ALL" : "UNION");
              break;
            case "SETOP_INTERSECT":
              output.push(node.all ? "INTERSECT ALL" : "INTERSECT");
              break;
            case "SETOP_EXCEPT":
              output.push(node.all ? "EXCEPT ALL" : "EXCEPT");
              break;
            default:
              throw new Error(`Unsupported SetOperation: ${node.op}`);
          }
        }
        if (node.rarg) {
          output.push(this.visit(node.rarg, context));
        }
        return output.join(" ");
      }
      ReplicaIdentityStmt(node, context) {
        const output = [];
        if (node.identity_type) {
          switch (node.identity_type) {
            case "d":
            case "REPLICA_IDENTITY_DEFAULT":
              output.push("DEFAULT");
              break;
            case "f":
            case "REPLICA_IDENTITY_FULL":
              output.push("FULL");
              break;
            case "n":
            case "REPLICA_IDENTITY_NOTHING":
              output.push("NOTHING");
              break;
            case "i":
            case "REPLICA_IDENTITY_INDEX":
              output.push("USING", "INDEX");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            default:
              throw new Error(`Unsupported replica identity type: ${node.identity_type}`);
          }
        }
        return output.join(" ");
      }
      AlterCollationStmt(node, context) {
        const output = ["ALTER", "COLLATION"];
        if (node.collname && node.collname.length > 0) {
          const collationName = list_utils_1.ListUtils.unwrapList(node.collname).map((name) => this.visit(name, context)).join(".");
          output.push(collationName);
        }
        output.push("REFRESH", "VERSION");
        return output.join(" ");
      }
      AlterDomainStmt(node, context) {
        const output = ["ALTER", "DOMAIN"];
        if (node.typeName && node.typeName.length > 0) {
          const domainName = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(domainName);
        }
        if (node.subtype) {
          switch (node.subtype) {
            case "AT_SetNotNull":
              output.push("SET", "NOT", "NULL");
              break;
            case "AT_DropNotNull":
              output.push("DROP", "NOT", "NULL");
              break;
            case "AT_SetDefault":
              output.push("SET", "DEFAULT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DropDefault":
              output.push("DROP", "DEFAULT");
              break;
            case "AT_AddConstraint":
              output.push("ADD");
              if (node.def) {
                const domainContext = context.spawn("CreateDomainStmt", { isDomainConstraint: true });
                output.push(this.visit(node.def, domainContext));
              }
              break;
            case "AT_DropConstraint":
              output.push("DROP", "CONSTRAINT");
              if (node.missing_ok) {
                output.push("IF", "EXISTS");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "AT_ValidateConstraint":
              output.push("VALIDATE", "CONSTRAINT");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "C":
              output.push("ADD");
              if (node.def) {
                const domainContext = context.spawn("CreateDomainStmt", { isDomainConstraint: true });
                output.push(this.visit(node.def, domainContext));
              }
              break;
            case "X":
              output.push("DROP", "CONSTRAINT");
              if (node.missing_ok) {
                output.push("IF", "EXISTS");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "V":
              output.push("VALIDATE", "CONSTRAINT");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "O":
              output.push("SET", "NOT", "NULL");
              break;
            case "N":
              output.push("DROP", "NOT", "NULL");
              break;
            case "T":
              if (node.def) {
                output.push("SET", "DEFAULT");
                output.push(this.visit(node.def, context));
              } else {
                output.push("DROP", "DEFAULT");
              }
              break;
            default:
              throw new Error(`Unsupported AlterDomainStmt subtype: ${node.subtype}`);
          }
        }
        return output.join(" ");
      }
      PrepareStmt(node, context) {
        const output = ["PREPARE"];
        if (node.name) {
          output.push(node.name);
        }
        if (node.argtypes && node.argtypes.length > 0) {
          const argTypes = list_utils_1.ListUtils.unwrapList(node.argtypes).map((argType) => this.visit(argType, context)).join(", ");
          output.push(`(${argTypes})`);
        }
        output.push("AS");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        return output.join(" ");
      }
      ExecuteStmt(node, context) {
        const output = ["EXECUTE"];
        if (node.name) {
          output.push(node.name);
        }
        if (node.params && node.params.length > 0) {
          const params = list_utils_1.ListUtils.unwrapList(node.params).map((param) => this.visit(param, context)).join(", ");
          output.push(`(${params})`);
        }
        return output.join(" ");
      }
      DeallocateStmt(node, context) {
        const output = ["DEALLOCATE"];
        if (node.isall) {
          output.push("ALL");
        } else if (node.name) {
          output.push(node.name);
        }
        return output.join(" ");
      }
      NotifyStmt(node, context) {
        const output = ["NOTIFY"];
        if (node.conditionname) {
          output.push(node.conditionname);
        }
        if (node.payload !== null && node.payload !== void 0) {
          output.push(",");
          output.push(`'${node.payload}'`);
        }
        return output.join(" ");
      }
      ListenStmt(node, context) {
        const output = ["LISTEN"];
        if (node.conditionname) {
          output.push(node.conditionname);
        }
        return output.join(" ");
      }
      UnlistenStmt(node, context) {
        const output = ["UNLISTEN"];
        if (node.conditionname) {
          output.push(node.conditionname);
        } else {
          output.push("*");
        }
        return output.join(" ");
      }
      CheckPointStmt(node, context) {
        return "CHECKPOINT";
      }
      LoadStmt(node, context) {
        if (!node.filename) {
          throw new Error("LoadStmt requires filename");
        }
        return `LOAD '${node.filename}'`;
      }
      DiscardStmt(node, context) {
        switch (node.target) {
          case "DISCARD_ALL":
            return "DISCARD ALL";
          case "DISCARD_PLANS":
            return "DISCARD PLANS";
          case "DISCARD_SEQUENCES":
            return "DISCARD SEQUENCES";
          case "DISCARD_TEMP":
            return "DISCARD TEMP";
          default:
            throw new Error(`Unsupported DiscardStmt target: ${node.target}`);
        }
      }
      CommentStmt(node, context) {
        const output = ["COMMENT ON"];
        if (node.objtype) {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_COLUMN":
              output.push("COLUMN");
              break;
            case "OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTION");
              break;
            case "OBJECT_VIEW":
              output.push("VIEW");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            case "OBJECT_MATVIEW":
              output.push("MATERIALIZED VIEW");
              break;
            case "OBJECT_TABCONSTRAINT":
              output.push("CONSTRAINT");
              break;
            case "OBJECT_TRIGGER":
              output.push("TRIGGER");
              break;
            case "OBJECT_FDW":
              output.push("FOREIGN DATA WRAPPER");
              break;
            case "OBJECT_EVENT_TRIGGER":
              output.push("EVENT TRIGGER");
              break;
            case "OBJECT_FOREIGN_SERVER":
              output.push("SERVER");
              break;
            case "OBJECT_FOREIGN_TABLE":
              output.push("FOREIGN TABLE");
              break;
            case "OBJECT_STATISTIC_EXT":
              output.push("STATISTICS");
              break;
            case "OBJECT_LARGEOBJECT":
              output.push("LARGE OBJECT");
              break;
            case "OBJECT_OPERATOR":
              output.push("OPERATOR");
              break;
            case "OBJECT_OPCLASS":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_OPFAMILY":
              output.push("OPERATOR FAMILY");
              break;
            case "OBJECT_POLICY":
              output.push("POLICY");
              break;
            case "OBJECT_TSPARSER":
              output.push("TEXT SEARCH PARSER");
              break;
            case "OBJECT_TSDICTIONARY":
              output.push("TEXT SEARCH DICTIONARY");
              break;
            case "OBJECT_TSTEMPLATE":
              output.push("TEXT SEARCH TEMPLATE");
              break;
            case "OBJECT_TSCONFIGURATION":
              output.push("TEXT SEARCH CONFIGURATION");
              break;
            case "OBJECT_TRANSFORM":
              output.push("TRANSFORM");
              break;
            default:
              output.push(node.objtype.replace("OBJECT_", ""));
          }
        }
        if (node.object) {
          if (node.object && typeof node.object === "object" && "List" in node.object) {
            const list2 = node.object.List;
            if (list2.items && list2.items.length > 0) {
              const objectParts = list_utils_1.ListUtils.unwrapList(list2.items).map((item) => this.visit(item, context));
              if (node.objtype === "OBJECT_TABCONSTRAINT") {
                if (objectParts.length === 3) {
                  const [schema, table2, constraint] = objectParts;
                  output.push(constraint);
                  output.push("ON");
                  output.push(`${schema}.${table2}`);
                } else if (objectParts.length === 2) {
                  const [table2, constraint] = objectParts;
                  output.push(constraint);
                  output.push("ON");
                  output.push(table2);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_TRIGGER") {
                if (objectParts.length === 2) {
                  const [table2, trigger] = objectParts;
                  output.push(trigger);
                  output.push("ON");
                  output.push(table2);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_RULE") {
                if (objectParts.length === 2) {
                  const [table2, rule] = objectParts;
                  output.push(rule);
                  output.push("ON");
                  output.push(table2);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_OPERATOR") {
                if (node.object && node.object.ObjectWithArgs) {
                  const objWithArgs = node.object.ObjectWithArgs;
                  let operatorName = objWithArgs.objname && objWithArgs.objname[0] && objWithArgs.objname[0].String ? objWithArgs.objname[0].String.sval : "unknown";
                  if (operatorName.startsWith('"') && operatorName.endsWith('"')) {
                    operatorName = operatorName.slice(1, -1);
                  }
                  const args = [];
                  if (objWithArgs.objargs) {
                    objWithArgs.objargs.forEach((arg) => {
                      if (!arg || Object.keys(arg).length === 0) {
                        args.push("NONE");
                      } else if (arg.TypeName) {
                        const typeName = this.visit(arg, context);
                        args.push(typeName);
                      } else {
                        args.push("unknown");
                      }
                    });
                  }
                  output.push(`${operatorName} (${args.join(", ")})`);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_OPCLASS" || node.objtype === "OBJECT_OPFAMILY") {
                if (objectParts.length >= 2) {
                  const className = objectParts[objectParts.length - 1];
                  const accessMethod = objectParts[objectParts.length - 2];
                  output.push(`${className} USING ${accessMethod}`);
                } else {
                  output.push(objectParts.join(" USING "));
                }
              } else if (node.objtype === "OBJECT_POLICY") {
                if (objectParts.length === 2) {
                  const [table2, policy] = objectParts;
                  output.push(policy);
                  output.push("ON");
                  output.push(table2);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_TRANSFORM") {
                if (objectParts.length === 2) {
                  const [type, language] = objectParts;
                  output.push("FOR");
                  output.push(type);
                  output.push("LANGUAGE");
                  output.push(language);
                } else {
                  output.push(objectParts.join("."));
                }
              } else {
                output.push(objectParts.join("."));
              }
            }
          } else if (node.objtype === "OBJECT_OPERATOR" && node.object && node.object.ObjectWithArgs) {
            const objWithArgs = node.object.ObjectWithArgs;
            let operatorName = objWithArgs.objname && objWithArgs.objname[0] && objWithArgs.objname[0].String ? objWithArgs.objname[0].String.sval : "unknown";
            if (operatorName.startsWith('"') && operatorName.endsWith('"')) {
              operatorName = operatorName.slice(1, -1);
            }
            const args = [];
            if (objWithArgs.objargs) {
              objWithArgs.objargs.forEach((arg) => {
                if (!arg || Object.keys(arg).length === 0) {
                  args.push("NONE");
                } else if (arg.TypeName) {
                  const typeName = this.visit(arg, context);
                  args.push(typeName);
                } else {
                  args.push("unknown");
                }
              });
            }
            output.push(`${operatorName}(${args.join(", ")})`);
          } else {
            const objContext = context.spawn("CommentStmt", { objtype: node.objtype });
            output.push(this.visit(node.object, objContext));
          }
        }
        output.push("IS");
        if (node.comment === null || node.comment === void 0) {
          output.push("NULL");
        } else if (node.comment) {
          output.push(quotes_1.QuoteUtils.formatEString(node.comment));
        }
        return output.join(" ");
      }
      LockStmt(node, context) {
        const output = ["LOCK", "TABLE"];
        if (node.relations && node.relations.length > 0) {
          const relations = list_utils_1.ListUtils.unwrapList(node.relations).map((rel2) => this.visit(rel2, context)).join(", ");
          output.push(relations);
        }
        if (node.mode !== void 0) {
          const lockModes = [
            "",
            // mode 0 (unused)
            "ACCESS SHARE",
            // mode 1
            "ROW SHARE",
            // mode 2
            "ROW EXCLUSIVE",
            // mode 3
            "SHARE UPDATE EXCLUSIVE",
            // mode 4
            "SHARE",
            // mode 5
            "SHARE ROW EXCLUSIVE",
            // mode 6
            "EXCLUSIVE",
            // mode 7
            "ACCESS EXCLUSIVE"
            // mode 8
          ];
          if (node.mode >= 1 && node.mode < lockModes.length) {
            output.push("IN", lockModes[node.mode], "MODE");
          }
        }
        if (node.nowait) {
          output.push("NOWAIT");
        }
        return output.join(" ");
      }
      CreatePolicyStmt(node, context) {
        const output = [];
        const initialParts = ["CREATE", "POLICY"];
        if (node.policy_name) {
          initialParts.push(quotes_1.QuoteUtils.quoteIdentifier(node.policy_name));
        }
        output.push(initialParts.join(" "));
        if (node.table) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent(`ON ${this.RangeVar(node.table, context)}`));
          } else {
            output.push("ON");
            output.push(this.RangeVar(node.table, context));
          }
        }
        if (node.permissive === void 0) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent("AS RESTRICTIVE"));
          } else {
            output.push("AS", "RESTRICTIVE");
          }
        } else if (node.permissive === true) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent("AS PERMISSIVE"));
          } else {
            output.push("AS", "PERMISSIVE");
          }
        }
        if (node.cmd_name) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent(`FOR ${node.cmd_name.toUpperCase()}`));
          } else {
            output.push("FOR", node.cmd_name.toUpperCase());
          }
        }
        if (node.roles && node.roles.length > 0) {
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          if (context.isPretty()) {
            output.push(context.newline() + context.indent(`TO ${roles.join(", ")}`));
          } else {
            output.push("TO");
            output.push(roles.join(", "));
          }
        }
        if (node.qual) {
          if (context.isPretty()) {
            const qualExpr = this.visit(node.qual, context);
            output.push(context.newline() + context.indent("USING ("));
            output.push(context.newline() + context.indent(context.indent(qualExpr)));
            output.push(context.newline() + context.indent(")"));
          } else {
            output.push("USING");
            output.push(`(${this.visit(node.qual, context)})`);
          }
        }
        if (node.with_check) {
          if (context.isPretty()) {
            const checkExpr = this.visit(node.with_check, context);
            output.push(context.newline() + context.indent("WITH CHECK ("));
            output.push(context.newline() + context.indent(context.indent(checkExpr)));
            output.push(context.newline() + context.indent(")"));
          } else {
            output.push("WITH CHECK");
            output.push(`(${this.visit(node.with_check, context)})`);
          }
        }
        return context.isPretty() ? output.join("") : output.join(" ");
      }
      AlterPolicyStmt(node, context) {
        const output = ["ALTER", "POLICY"];
        if (node.policy_name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.policy_name));
        }
        if (node.table) {
          output.push("ON");
          output.push(this.RangeVar(node.table, context));
        }
        if (node.roles && node.roles.length > 0) {
          output.push("TO");
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          output.push(roles.join(", "));
        }
        if (node.qual) {
          output.push("USING");
          output.push(`(${this.visit(node.qual, context)})`);
        }
        if (node.with_check) {
          output.push("WITH CHECK");
          output.push(`(${this.visit(node.with_check, context)})`);
        }
        return output.join(" ");
      }
      CreateUserMappingStmt(node, context) {
        const output = ["CREATE"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        output.push("USER", "MAPPING");
        output.push("FOR");
        if (node.user) {
          output.push(this.RoleSpec(node.user, context));
        } else {
          output.push("CURRENT_USER");
        }
        output.push("SERVER");
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const userMappingContext = context.spawn("CreateUserMappingStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, userMappingContext));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      CreateStatsStmt(node, context) {
        const output = ["CREATE"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        output.push("STATISTICS");
        if (node.defnames && node.defnames.length > 0) {
          const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context));
          output.push(names.join("."));
        }
        if (node.stat_types && node.stat_types.length > 0) {
          const types = list_utils_1.ListUtils.unwrapList(node.stat_types).map((type) => this.visit(type, context));
          output.push(`(${types.join(", ")})`);
        }
        output.push("ON");
        if (node.exprs && node.exprs.length > 0) {
          const exprs = list_utils_1.ListUtils.unwrapList(node.exprs).map((expr) => this.visit(expr, context));
          output.push(exprs.join(", "));
        }
        if (node.relations && node.relations.length > 0) {
          output.push("FROM");
          const relations = list_utils_1.ListUtils.unwrapList(node.relations).map((rel2) => this.visit(rel2, context));
          output.push(relations.join(", "));
        }
        return output.join(" ");
      }
      StatsElem(node, context) {
        if (node.name) {
          return this.quoteIfNeeded(node.name);
        } else if (node.expr) {
          return `(${this.visit(node.expr, context)})`;
        }
        return "";
      }
      CreatePublicationStmt(node, context) {
        const output = ["CREATE", "PUBLICATION"];
        if (node.pubname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.pubname));
        }
        if (node.pubobjects && node.pubobjects.length > 0) {
          output.push("FOR", "TABLE");
          const tables = list_utils_1.ListUtils.unwrapList(node.pubobjects).map((table2) => this.visit(table2, context));
          output.push(tables.join(", "));
        } else if (node.for_all_tables) {
          output.push("FOR", "ALL", "TABLES");
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      CreateSubscriptionStmt(node, context) {
        const output = ["CREATE", "SUBSCRIPTION"];
        if (node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
        }
        output.push("CONNECTION");
        if (node.conninfo) {
          output.push(`'${node.conninfo}'`);
        }
        output.push("PUBLICATION");
        if (node.publication && node.publication.length > 0) {
          const publications = list_utils_1.ListUtils.unwrapList(node.publication).map((pub) => this.visit(pub, context));
          output.push(publications.join(", "));
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterPublicationStmt(node, context) {
        const output = ["ALTER", "PUBLICATION"];
        if (node.pubname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.pubname));
        }
        if (node.action) {
          switch (node.action) {
            case "AP_AddObjects":
              output.push("ADD");
              break;
            case "AP_DropObjects":
              output.push("DROP");
              break;
            case "AP_SetObjects":
              output.push("SET");
              break;
            default:
              throw new Error(`Unsupported AlterPublicationStmt action: ${node.action}`);
          }
        }
        if (node.for_all_tables) {
          output.push("FOR ALL TABLES");
        } else if (node.pubobjects && node.pubobjects.length > 0) {
          output.push("FOR TABLE");
          const objects = list_utils_1.ListUtils.unwrapList(node.pubobjects).map((obj) => this.visit(obj, context));
          output.push(objects.join(", "));
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterSubscriptionStmt(node, context) {
        const output = ["ALTER", "SUBSCRIPTION"];
        if (node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
        }
        if (node.kind) {
          switch (node.kind) {
            case "ALTER_SUBSCRIPTION_OPTIONS":
              output.push("SET");
              break;
            case "ALTER_SUBSCRIPTION_CONNECTION":
              output.push("CONNECTION");
              if (node.conninfo) {
                output.push(`'${node.conninfo}'`);
              }
              break;
            case "ALTER_SUBSCRIPTION_SET_PUBLICATION":
              output.push("SET PUBLICATION");
              if (node.publication && node.publication.length > 0) {
                const publications = list_utils_1.ListUtils.unwrapList(node.publication).map((pub) => this.visit(pub, context));
                output.push(publications.join(", "));
              }
              break;
            case "ALTER_SUBSCRIPTION_REFRESH":
              output.push("REFRESH PUBLICATION");
              break;
            case "ALTER_SUBSCRIPTION_ENABLED":
              output.push("ENABLE");
              break;
            case "ALTER_SUBSCRIPTION_SKIP":
              output.push("SKIP");
              break;
            default:
              throw new Error(`Unsupported AlterSubscriptionStmt kind: ${node.kind}`);
          }
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      DropSubscriptionStmt(node, context) {
        const output = ["DROP", "SUBSCRIPTION"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
        }
        if (node.behavior) {
          switch (node.behavior) {
            case "DROP_CASCADE":
              output.push("CASCADE");
              break;
            case "DROP_RESTRICT":
              output.push("RESTRICT");
              break;
          }
        }
        return output.join(" ");
      }
      DoStmt(node, context) {
        const output = ["DO"];
        if (node.args && node.args.length > 0) {
          const doContext = context.spawn("DoStmt");
          const args = list_utils_1.ListUtils.unwrapList(node.args);
          const processedArgs = [];
          for (const arg of args) {
            const nodeType = this.getNodeType(arg);
            if (nodeType === "DefElem") {
              const defElem2 = this.getNodeData(arg);
              if (defElem2.defname === "language") {
                const langValue = this.visit(defElem2.arg, doContext);
                processedArgs.push(`LANGUAGE ${langValue}`);
              } else if (defElem2.defname === "as") {
                const argNodeType = this.getNodeType(defElem2.arg);
                if (argNodeType === "String") {
                  const stringNode = this.getNodeData(defElem2.arg);
                  const delimiter = this.getFunctionDelimiter(stringNode.sval);
                  processedArgs.push(`${delimiter}${stringNode.sval}${delimiter}`);
                } else {
                  processedArgs.push(this.visit(defElem2.arg, doContext));
                }
              }
            }
          }
          output.push(...processedArgs);
        }
        return output.join(" ");
      }
      generateUniqueDollarTag(content) {
        const dollarQuotePattern = /\$[a-zA-Z0-9_]*\$/g;
        const matches = content.match(dollarQuotePattern) || [];
        if (matches.length === 0) {
          return "$$";
        }
        const existingTags = new Set(matches);
        if (existingTags.has("$$")) {
          let counter = 1;
          let tag = `$do${counter}$`;
          while (existingTags.has(tag)) {
            counter++;
            tag = `$do${counter}$`;
          }
          return tag;
        }
        return "$$";
      }
      InlineCodeBlock(node, context) {
        if (node.source_text) {
          const delimiter2 = this.getFunctionDelimiter(node.source_text);
          return `${delimiter2}${node.source_text}${delimiter2}`;
        }
        const delimiter = this.options.functionDelimiter || "$$";
        return `${delimiter}${delimiter}`;
      }
      CallContext(node, context) {
        if (node.atomic !== void 0) {
          return node.atomic ? "ATOMIC" : "NOT ATOMIC";
        }
        return "";
      }
      ConstraintsSetStmt(node, context) {
        const output = ["SET", "CONSTRAINTS"];
        if (node.constraints && node.constraints.length > 0) {
          const constraints = list_utils_1.ListUtils.unwrapList(node.constraints).map((constraint) => this.visit(constraint, context));
          output.push(constraints.join(", "));
        } else {
          output.push("ALL");
        }
        output.push(node.deferred ? "DEFERRED" : "IMMEDIATE");
        return output.join(" ");
      }
      AlterSystemStmt(node, context) {
        const output = ["ALTER", "SYSTEM"];
        if (node.setstmt) {
          const setStmt = this.VariableSetStmt(node.setstmt, context);
          const setStmtWithoutPrefix = setStmt.replace(/^SET\s+/, "");
          output.push("SET", setStmtWithoutPrefix);
        }
        return output.join(" ");
      }
      VacuumRelation(node, context) {
        const output = [];
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.va_cols && node.va_cols.length > 0) {
          output.push("(");
          const columns = list_utils_1.ListUtils.unwrapList(node.va_cols).map((col) => this.visit(col, context));
          output.push(columns.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      DropOwnedStmt(node, context) {
        const output = ["DROP", "OWNED", "BY"];
        if (node.roles && node.roles.length > 0) {
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          output.push(roles.join(", "));
        }
        if (node.behavior) {
          switch (node.behavior) {
            case "DROP_CASCADE":
              output.push("CASCADE");
              break;
            case "DROP_RESTRICT":
              output.push("RESTRICT");
              break;
          }
        }
        return output.join(" ");
      }
      ReassignOwnedStmt(node, context) {
        const output = ["REASSIGN", "OWNED", "BY"];
        if (node.roles && node.roles.length > 0) {
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          output.push(roles.join(", "));
        }
        output.push("TO");
        if (node.newrole) {
          output.push(this.RoleSpec(node.newrole, context));
        }
        return output.join(" ");
      }
      AlterTSDictionaryStmt(node, context) {
        const output = ["ALTER", "TEXT", "SEARCH", "DICTIONARY"];
        if (node.dictname && node.dictname.length > 0) {
          const dictName = list_utils_1.ListUtils.unwrapList(node.dictname).map((name) => this.visit(name, context));
          output.push(dictName.join("."));
        }
        if (node.options && node.options.length > 0) {
          output.push("(");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(options2.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      AlterTSConfigurationStmt(node, context) {
        const output = ["ALTER", "TEXT", "SEARCH", "CONFIGURATION"];
        if (node.cfgname && node.cfgname.length > 0) {
          const cfgName = list_utils_1.ListUtils.unwrapList(node.cfgname).map((name) => this.visit(name, context));
          output.push(cfgName.join("."));
        }
        if (node.kind) {
          switch (node.kind) {
            case "ALTER_TSCONFIG_ADD_MAPPING":
              output.push("ADD", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              if (node.dicts && node.dicts.length > 0) {
                output.push("WITH");
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames.join(", "));
              }
              break;
            case "ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN":
              output.push("ALTER", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              if (node.dicts && node.dicts.length > 0) {
                output.push("WITH");
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames.join(", "));
              }
              break;
            case "ALTER_TSCONFIG_REPLACE_DICT":
              output.push("ALTER", "MAPPING", "REPLACE");
              if (node.dicts && node.dicts.length >= 2) {
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames[0], "WITH", dictNames.slice(1).join(", "));
              }
              break;
            case "ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN":
              output.push("ALTER", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              if (node.dicts && node.dicts.length >= 2) {
                output.push("REPLACE");
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames[0], "WITH", dictNames.slice(1).join(", "));
              }
              break;
            case "ALTER_TSCONFIG_DROP_MAPPING":
              output.push("DROP", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              break;
            default:
              throw new Error(`Unsupported AlterTSConfigurationStmt kind: ${node.kind}`);
          }
        }
        return output.join(" ");
      }
      ClosePortalStmt(node, context) {
        const output = ["CLOSE"];
        if (node.portalname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.portalname));
        } else {
          output.push("ALL");
        }
        return output.join(" ");
      }
      FetchStmt(node, context) {
        const output = [node.ismove ? "MOVE" : "FETCH"];
        const isAll = node.howMany === 9223372036854776e3;
        if (node.direction) {
          switch (node.direction) {
            case "FETCH_FORWARD":
              if (isAll) {
                output.push("FORWARD", "ALL");
              } else if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("FORWARD", node.howMany.toString());
              } else {
                output.push("FORWARD");
              }
              break;
            case "FETCH_BACKWARD":
              if (isAll) {
                output.push("BACKWARD", "ALL");
              } else if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("BACKWARD", node.howMany.toString());
              } else {
                output.push("BACKWARD");
              }
              break;
            case "FETCH_ABSOLUTE":
              if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("ABSOLUTE", node.howMany.toString());
              }
              break;
            case "FETCH_RELATIVE":
              if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("RELATIVE", node.howMany.toString());
              } else {
                output.push("RELATIVE", "0");
              }
              break;
            default:
              throw new Error(`Unsupported FetchStmt direction: ${node.direction}`);
          }
        } else if (isAll) {
          output.push("ALL");
        }
        if (node.portalname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.portalname));
        }
        return output.join(" ");
      }
      AlterStatsStmt(node, context) {
        const output = ["ALTER", "STATISTICS"];
        if (node.defnames && node.defnames.length > 0) {
          const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context));
          output.push(names.join("."));
        }
        output.push("SET", "STATISTICS");
        if (node.stxstattarget) {
          output.push(this.visit(node.stxstattarget, context));
        }
        return output.join(" ");
      }
      ObjectWithArgs(node, context) {
        let result = "";
        if (node.objname && node.objname.length > 0) {
          const objContext = context.spawn("ObjectWithArgs");
          const names = list_utils_1.ListUtils.unwrapList(node.objname).map((name) => this.visit(name, objContext));
          result = names.join(".");
        }
        if (node.objfuncargs && node.objfuncargs.length > 0) {
          const funcArgs = list_utils_1.ListUtils.unwrapList(node.objfuncargs).map((arg) => this.visit(arg, context));
          result += `(${funcArgs.join(", ")})`;
        } else if (node.objargs && node.objargs.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.objargs).map((arg) => {
            if (!arg || Object.keys(arg).length === 0) {
              return "NONE";
            }
            return this.visit(arg, context);
          });
          result += `(${args.join(", ")})`;
        } else if (node.args_unspecified) {
        } else {
          if ((context.parentNodeTypes.includes("CommentStmt") || context.parentNodeTypes.includes("DropStmt")) && context.objtype === "OBJECT_AGGREGATE") {
            result += "(*)";
          } else if (context.parentNodeTypes.includes("CreateOpClassItem")) {
          } else {
            result += "()";
          }
        }
        return result;
      }
      AlterOperatorStmt(node, context) {
        const output = ["ALTER", "OPERATOR"];
        if (node.opername) {
          output.push(this.ObjectWithArgs(node.opername, context));
        }
        output.push("SET");
        if (node.options && node.options.length > 0) {
          const alterOpContext = context.spawn("AlterOperatorStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, alterOpContext));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterFdwStmt(node, context) {
        const output = ["ALTER", "FOREIGN", "DATA", "WRAPPER"];
        if (node.fdwname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.fdwname));
        }
        if (node.func_options && node.func_options.length > 0) {
          const fdwContext = context.spawn("AlterFdwStmt");
          const funcOptions = list_utils_1.ListUtils.unwrapList(node.func_options).map((opt) => this.visit(opt, fdwContext));
          output.push(funcOptions.join(" "));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const fdwContext = context.spawn("AlterFdwStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, fdwContext));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      CreateForeignServerStmt(node, context) {
        const output = ["CREATE", "SERVER"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.servertype) {
          output.push("TYPE", quotes_1.QuoteUtils.escape(node.servertype));
        }
        if (node.version) {
          output.push("VERSION", quotes_1.QuoteUtils.escape(node.version));
        }
        if (node.fdwname) {
          output.push("FOREIGN", "DATA", "WRAPPER", quotes_1.QuoteUtils.quoteIdentifier(node.fdwname));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          output.push("(");
          const optionsContext = context.spawn("CreateForeignServerStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, optionsContext));
          output.push(options2.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      AlterForeignServerStmt(node, context) {
        const output = ["ALTER", "SERVER"];
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.version) {
          output.push("VERSION", quotes_1.QuoteUtils.escape(node.version));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          output.push("(");
          const optionsContext = context.spawn("AlterForeignServerStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, optionsContext));
          output.push(options2.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      AlterUserMappingStmt(node, context) {
        const output = ["ALTER", "USER", "MAPPING", "FOR"];
        if (node.user) {
          output.push(this.RoleSpec(node.user, context));
        } else {
          output.push("CURRENT_USER");
        }
        output.push("SERVER");
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const userMappingContext = context.spawn("AlterUserMappingStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, userMappingContext));
          output.push(`(${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      DropUserMappingStmt(node, context) {
        const output = ["DROP", "USER", "MAPPING"];
        if (node.missing_ok) {
          output.push("IF", "EXISTS");
        }
        output.push("FOR");
        if (node.user) {
          output.push(this.RoleSpec(node.user, context));
        } else {
          output.push("CURRENT_USER");
        }
        output.push("SERVER");
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        return output.join(" ");
      }
      ImportForeignSchemaStmt(node, context) {
        const output = ["IMPORT", "FOREIGN", "SCHEMA"];
        if (node.remote_schema) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.remote_schema));
        }
        if (node.list_type) {
          switch (node.list_type) {
            case "FDW_IMPORT_SCHEMA_ALL":
              break;
            case "FDW_IMPORT_SCHEMA_LIMIT_TO":
              output.push("LIMIT", "TO");
              if (node.table_list && node.table_list.length > 0) {
                const tables = list_utils_1.ListUtils.unwrapList(node.table_list).map((table2) => this.visit(table2, context));
                output.push(`(${tables.join(", ")})`);
              }
              break;
            case "FDW_IMPORT_SCHEMA_EXCEPT":
              output.push("EXCEPT");
              if (node.table_list && node.table_list.length > 0) {
                const tables = list_utils_1.ListUtils.unwrapList(node.table_list).map((table2) => this.visit(table2, context));
                output.push(`(${tables.join(", ")})`);
              }
              break;
            default:
              throw new Error(`Unsupported ImportForeignSchemaStmt list_type: ${node.list_type}`);
          }
        }
        output.push("FROM", "SERVER");
        if (node.server_name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.server_name));
        }
        output.push("INTO");
        if (node.local_schema) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.local_schema));
        }
        if (node.options && node.options.length > 0) {
          const importSchemaContext = context.spawn("ImportForeignSchemaStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, importSchemaContext));
          output.push(`OPTIONS (${options2.join(", ")})`);
        }
        return output.join(" ");
      }
      ClusterStmt(node, context) {
        const output = ["CLUSTER"];
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
          if (node.indexname) {
            output.push("USING", quotes_1.QuoteUtils.quoteIdentifier(node.indexname));
          }
        }
        if (node.params && node.params.length > 0) {
          const params = list_utils_1.ListUtils.unwrapList(node.params).map((param) => this.visit(param, context));
          output.push(`(${params.join(", ")})`);
        }
        return output.join(" ");
      }
      VacuumStmt(node, context) {
        const output = [node.is_vacuumcmd ? "VACUUM" : "ANALYZE"];
        if (node.options && node.options.length > 0) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context));
          output.push(`(${options2.join(", ")})`);
        }
        if (node.rels && node.rels.length > 0) {
          const relations = list_utils_1.ListUtils.unwrapList(node.rels).map((rel2) => this.visit(rel2, context));
          output.push(relations.join(", "));
        }
        return output.join(" ");
      }
      ExplainStmt(node, context) {
        const output = ["EXPLAIN"];
        if (node.options && node.options.length > 0) {
          const explainContext = context.spawn("ExplainStmt");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, explainContext));
          output.push(`(${options2.join(", ")})`);
        }
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        return output.join(" ");
      }
      ReindexStmt(node, context) {
        const output = ["REINDEX"];
        if (node.params && node.params.length > 0) {
          const params = list_utils_1.ListUtils.unwrapList(node.params).map((param) => this.visit(param, context));
          output.push(`(${params.join(", ")})`);
        }
        if (node.kind) {
          switch (node.kind) {
            case "REINDEX_OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "REINDEX_OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "REINDEX_OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "REINDEX_OBJECT_SYSTEM":
              output.push("SYSTEM");
              break;
            case "REINDEX_OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            default:
              throw new Error(`Unsupported ReindexStmt kind: ${node.kind}`);
          }
        }
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        }
        return output.join(" ");
      }
      CallStmt(node, context) {
        const output = ["CALL"];
        if (node.funccall) {
          const funcCall = node.funccall;
          if (funcCall.funcname && funcCall.funcname.length > 0) {
            const funcNameParts = funcCall.funcname.map((nameNode) => {
              if (nameNode.String) {
                return nameNode.String.sval;
              }
              return this.visit(nameNode, context);
            });
            const funcName = funcNameParts.join(".");
            let argsStr = "";
            if (funcCall.args && funcCall.args.length > 0) {
              const argStrs = funcCall.args.map((arg) => this.visit(arg, context));
              argsStr = `(${argStrs.join(", ")})`;
            } else {
              argsStr = "()";
            }
            output.push(`${funcName}${argsStr}`);
          }
        } else if (node.funcexpr) {
          output.push(this.FuncExpr(node.funcexpr, context));
        } else {
          throw new Error("CallStmt requires either funccall or funcexpr");
        }
        return output.join(" ");
      }
      CreatedbStmt(node, context) {
        const output = ["CREATE DATABASE"];
        if (!node.dbname) {
          throw new Error("CreatedbStmt requires dbname");
        }
        output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        if (node.options && node.options.length > 0) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context)).join(" ");
          output.push("WITH", options2);
        }
        return output.join(" ");
      }
      DropdbStmt(node, context) {
        const output = ["DROP DATABASE"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (!node.dbname) {
          throw new Error("DropdbStmt requires dbname");
        }
        output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        if (node.options && node.options.length > 0) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context)).join(" ");
          output.push("WITH", options2);
        }
        return output.join(" ");
      }
      RenameStmt(node, context) {
        const output = ["ALTER"];
        if (!node.renameType) {
          throw new Error("RenameStmt requires renameType");
        }
        switch (node.renameType) {
          case "OBJECT_TABLE":
            output.push("TABLE");
            break;
          case "OBJECT_VIEW":
            output.push("VIEW");
            break;
          case "OBJECT_INDEX":
            output.push("INDEX");
            break;
          case "OBJECT_SEQUENCE":
            output.push("SEQUENCE");
            break;
          case "OBJECT_FUNCTION":
            output.push("FUNCTION");
            break;
          case "OBJECT_PROCEDURE":
            output.push("PROCEDURE");
            break;
          case "OBJECT_SCHEMA":
            output.push("SCHEMA");
            break;
          case "OBJECT_DATABASE":
            output.push("DATABASE");
            break;
          case "OBJECT_COLUMN":
            if (node.relationType === "OBJECT_FOREIGN_TABLE") {
              output.push("FOREIGN TABLE");
            } else if (node.relationType === "OBJECT_VIEW") {
              output.push("VIEW");
            } else {
              output.push("TABLE");
            }
            break;
          case "OBJECT_DOMAIN":
            output.push("DOMAIN");
            break;
          case "OBJECT_TYPE":
            output.push("TYPE");
            break;
          case "OBJECT_DOMCONSTRAINT":
            output.push("DOMAIN");
            break;
          case "OBJECT_TABCONSTRAINT":
            output.push("TABLE");
            break;
          case "OBJECT_AGGREGATE":
            output.push("AGGREGATE");
            break;
          case "OBJECT_COLLATION":
            output.push("COLLATION");
            break;
          case "OBJECT_CONVERSION":
            output.push("CONVERSION");
            break;
          case "OBJECT_EXTENSION":
            output.push("EXTENSION");
            break;
          case "OBJECT_FOREIGN_SERVER":
            output.push("SERVER");
            break;
          case "OBJECT_FOREIGN_TABLE":
            output.push("FOREIGN TABLE");
            break;
          case "OBJECT_LANGUAGE":
            output.push("LANGUAGE");
            break;
          case "OBJECT_MATVIEW":
            output.push("MATERIALIZED VIEW");
            break;
          case "OBJECT_OPCLASS":
            output.push("OPERATOR CLASS");
            break;
          case "OBJECT_OPERATOR":
            output.push("OPERATOR");
            break;
          case "OBJECT_OPFAMILY":
            output.push("OPERATOR FAMILY");
            break;
          case "OBJECT_POLICY":
            output.push("POLICY");
            if (node.subname) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
            }
            break;
          case "OBJECT_PUBLICATION":
            output.push("PUBLICATION");
            break;
          case "OBJECT_ROLE":
            output.push("ROLE");
            break;
          case "OBJECT_RULE":
            output.push("RULE");
            break;
          case "OBJECT_SUBSCRIPTION":
            output.push("SUBSCRIPTION");
            break;
          case "OBJECT_TABLESPACE":
            output.push("TABLESPACE");
            break;
          case "OBJECT_TRIGGER":
            output.push("TRIGGER");
            break;
          case "OBJECT_TSCONFIGURATION":
            output.push("TEXT SEARCH CONFIGURATION");
            break;
          case "OBJECT_TSDICTIONARY":
            output.push("TEXT SEARCH DICTIONARY");
            break;
          case "OBJECT_TSPARSER":
            output.push("TEXT SEARCH PARSER");
            break;
          case "OBJECT_TSTEMPLATE":
            output.push("TEXT SEARCH TEMPLATE");
            break;
          case "OBJECT_FDW":
            output.push("FOREIGN DATA WRAPPER");
            break;
          case "OBJECT_EVENT_TRIGGER":
            output.push("EVENT TRIGGER");
            break;
          case "OBJECT_ATTRIBUTE":
            if (node.relationType === "OBJECT_TYPE") {
              output.push("TYPE");
            } else {
              output.push("TABLE");
            }
            break;
          case "OBJECT_ROUTINE":
            output.push("ROUTINE");
            break;
          default:
            throw new Error(`Unsupported RenameStmt renameType: ${node.renameType}`);
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.renameType === "OBJECT_RULE" && node.subname && node.relation) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
          output.push("ON");
          output.push(this.RangeVar(node.relation, context));
        } else if (node.relation) {
          const rangeVarContext = context.spawn("RenameStmt", { objtype: node.relationType });
          if (node.renameType === "OBJECT_POLICY") {
            output.push("ON");
          }
          output.push(this.RangeVar(node.relation, rangeVarContext));
        } else if (node.object) {
          if ((node.renameType === "OBJECT_OPFAMILY" || node.renameType === "OBJECT_OPCLASS") && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const objectName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(objectName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.renameType === "OBJECT_SCHEMA" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length > 0 && items[0].String) {
              output.push(this.quoteIfNeeded(items[0].String.sval));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        if (node.renameType === "OBJECT_COLUMN" && node.subname) {
          output.push("RENAME COLUMN", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_DOMCONSTRAINT" && node.subname) {
          output.push("RENAME CONSTRAINT", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_TABCONSTRAINT" && node.subname) {
          output.push("RENAME CONSTRAINT", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_ATTRIBUTE" && node.subname) {
          output.push("RENAME ATTRIBUTE", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_ROLE" && node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname), "RENAME TO");
        } else if (node.renameType === "OBJECT_SCHEMA" && node.subname) {
          output.push(this.quoteIfNeeded(node.subname), "RENAME TO");
        } else if (node.renameType === "OBJECT_RULE") {
          output.push("RENAME TO");
        } else {
          output.push("RENAME TO");
        }
        if (!node.newname) {
          throw new Error("RenameStmt requires newname");
        }
        output.push(quotes_1.QuoteUtils.quoteIdentifier(node.newname));
        if (node.behavior === "DROP_CASCADE") {
          output.push("CASCADE");
        }
        return output.join(" ");
      }
      AlterOwnerStmt(node, context) {
        const output = ["ALTER"];
        if (!node.objectType) {
          throw new Error("AlterOwnerStmt requires objectType");
        }
        output.push(this.getObjectTypeKeyword(node.objectType));
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        } else if (node.object) {
          if ((node.objectType === "OBJECT_OPFAMILY" || node.objectType === "OBJECT_OPCLASS") && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const objectName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(objectName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        output.push("OWNER TO");
        if (!node.newowner) {
          throw new Error("AlterOwnerStmt requires newowner");
        }
        output.push(this.RoleSpec(node.newowner, context));
        return output.join(" ");
      }
      GrantStmt(node, context) {
        const output = [];
        if (node.is_grant) {
          output.push("GRANT");
        } else {
          output.push("REVOKE");
          if (node.grant_option) {
            output.push("GRANT OPTION FOR");
          }
        }
        if (node.privileges && node.privileges.length > 0) {
          const privilegeContext = context.spawn("GrantStmt");
          const privileges = list_utils_1.ListUtils.unwrapList(node.privileges).map((priv) => this.visit(priv, privilegeContext)).join(", ");
          output.push(privileges);
        } else {
          output.push("ALL");
        }
        output.push("ON");
        if (node.objtype && node.targtype === "ACL_TARGET_DEFAULTS") {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLES");
              break;
            case "OBJECT_SEQUENCE":
              output.push("SEQUENCES");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTIONS");
              break;
            case "OBJECT_PROCEDURE":
              output.push("PROCEDURES");
              break;
            case "OBJECT_ROUTINE":
              output.push("ROUTINES");
              break;
            case "OBJECT_TYPE":
              output.push("TYPES");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMAS");
              break;
            default:
              break;
          }
        }
        switch (node.targtype) {
          case "ACL_TARGET_OBJECT":
            if (node.objtype === "OBJECT_SCHEMA") {
              output.push("SCHEMA");
            } else if (node.objtype === "OBJECT_LANGUAGE") {
              output.push("LANGUAGE");
            } else if (node.objtype === "OBJECT_FUNCTION") {
              output.push("FUNCTION");
            } else if (node.objtype === "OBJECT_PROCEDURE") {
              output.push("PROCEDURE");
            } else if (node.objtype === "OBJECT_TYPE") {
              output.push("TYPE");
            } else if (node.objtype === "OBJECT_DOMAIN") {
              output.push("DOMAIN");
            } else if (node.objtype === "OBJECT_LARGEOBJECT") {
              output.push("LARGE OBJECT");
            } else if (node.objtype === "OBJECT_FDW") {
              output.push("FOREIGN", "DATA", "WRAPPER");
            } else if (node.objtype === "OBJECT_FOREIGN_SERVER") {
              output.push("FOREIGN", "SERVER");
            } else if (node.objtype === "OBJECT_DATABASE") {
              output.push("DATABASE");
            }
            if (node.objects && node.objects.length > 0) {
              const objects = list_utils_1.ListUtils.unwrapList(node.objects).map((obj) => this.visit(obj, context)).join(", ");
              output.push(objects);
            }
            break;
          case "ACL_TARGET_ALL_IN_SCHEMA":
            switch (node.objtype) {
              case "OBJECT_TABLE":
                output.push("ALL TABLES IN SCHEMA");
                break;
              case "OBJECT_SEQUENCE":
                output.push("ALL SEQUENCES IN SCHEMA");
                break;
              case "OBJECT_FUNCTION":
                output.push("ALL FUNCTIONS IN SCHEMA");
                break;
              case "OBJECT_PROCEDURE":
                output.push("ALL PROCEDURES IN SCHEMA");
                break;
              case "OBJECT_ROUTINE":
                output.push("ALL ROUTINES IN SCHEMA");
                break;
              case "OBJECT_TYPE":
                output.push("ALL TYPES IN SCHEMA");
                break;
              default:
                output.push("ALL TABLES IN SCHEMA");
                break;
            }
            if (node.objects && node.objects.length > 0) {
              const schemas = list_utils_1.ListUtils.unwrapList(node.objects).map((schema) => this.visit(schema, context)).join(", ");
              output.push(schemas);
            }
            break;
          default:
            if (node.objects && node.objects.length > 0) {
              const objects = list_utils_1.ListUtils.unwrapList(node.objects).map((obj) => this.visit(obj, context)).join(", ");
              output.push(objects);
            }
        }
        if (node.is_grant) {
          output.push("TO");
        } else {
          output.push("FROM");
        }
        if (node.grantees && node.grantees.length > 0) {
          const grantees = list_utils_1.ListUtils.unwrapList(node.grantees).map((grantee) => this.visit(grantee, context)).join(", ");
          output.push(grantees);
        }
        if (node.grant_option && node.is_grant) {
          output.push("WITH GRANT OPTION");
        }
        if (!node.is_grant) {
          if (node.behavior === "DROP_CASCADE") {
            output.push("CASCADE");
          } else if (node.behavior === "DROP_RESTRICT") {
            output.push("RESTRICT");
          }
        }
        return output.join(" ");
      }
      GrantRoleStmt(node, context) {
        const output = [];
        let hasInheritOption = false;
        let hasAdminOption = false;
        let hasSetOption = false;
        let inheritValue;
        let adminValue;
        let setValue;
        if (node.opt && node.opt.length > 0) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.opt);
          const inheritOption = options2.find((opt) => opt.DefElem && opt.DefElem.defname === "inherit");
          const adminOption = options2.find((opt) => opt.String && opt.String.sval === "admin" || opt.DefElem && opt.DefElem.defname === "admin");
          const setOption = options2.find((opt) => opt.DefElem && opt.DefElem.defname === "set");
          if (inheritOption && inheritOption.DefElem) {
            hasInheritOption = true;
            inheritValue = inheritOption.DefElem.arg?.Boolean?.boolval;
          }
          if (adminOption) {
            hasAdminOption = true;
            if (adminOption.DefElem && adminOption.DefElem.arg) {
              adminValue = adminOption.DefElem.arg.Boolean?.boolval;
            }
          }
          if (setOption && setOption.DefElem) {
            hasSetOption = true;
            setValue = setOption.DefElem.arg?.Boolean?.boolval;
          }
        }
        if (node.is_grant) {
          output.push("GRANT");
        } else {
          output.push("REVOKE");
          if (hasInheritOption) {
            output.push("INHERIT OPTION FOR");
          } else if (hasAdminOption) {
            output.push("ADMIN OPTION FOR");
          }
        }
        if (node.granted_roles && node.granted_roles.length > 0) {
          const roles = list_utils_1.ListUtils.unwrapList(node.granted_roles).map((role) => this.visit(role, context)).join(", ");
          output.push(roles);
        }
        if (node.is_grant) {
          output.push("TO");
        } else {
          output.push("FROM");
        }
        if (node.grantee_roles && node.grantee_roles.length > 0) {
          const grantees = list_utils_1.ListUtils.unwrapList(node.grantee_roles).map((grantee) => this.visit(grantee, context)).join(", ");
          output.push(grantees);
        }
        if (node.is_grant) {
          const withOptions = [];
          if (hasAdminOption) {
            if (adminValue === true) {
              withOptions.push("ADMIN OPTION");
            } else if (adminValue === false) {
              withOptions.push("ADMIN FALSE");
            } else {
              withOptions.push("ADMIN OPTION");
            }
          }
          if (hasInheritOption) {
            if (inheritValue === true) {
              withOptions.push("INHERIT OPTION");
            } else if (inheritValue === false) {
              withOptions.push("INHERIT FALSE");
            }
          }
          if (hasSetOption) {
            if (setValue === true) {
              withOptions.push("SET TRUE");
            } else if (setValue === false) {
              withOptions.push("SET FALSE");
            }
          }
          if (withOptions.length > 0) {
            output.push("WITH", withOptions.join(", "));
          }
        }
        return output.join(" ");
      }
      SecLabelStmt(node, context) {
        const output = ["SECURITY LABEL"];
        if (node.provider) {
          output.push("FOR", quotes_1.QuoteUtils.quoteIdentifier(node.provider));
        }
        output.push("ON");
        if (node.objtype) {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_COLUMN":
              output.push("COLUMN");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTION");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            case "OBJECT_ROLE":
              output.push("ROLE");
              break;
            default:
              output.push(node.objtype.replace("OBJECT_", ""));
          }
        }
        if (node.object) {
          if (typeof node.object === "object" && "List" in node.object) {
            const list2 = node.object.List;
            const objectParts = list_utils_1.ListUtils.unwrapList(list2.items).map((item) => this.visit(item, context));
            output.push(objectParts.join("."));
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        output.push("IS");
        if (node.label) {
          output.push(`'${node.label}'`);
        } else {
          output.push("NULL");
        }
        return output.join(" ");
      }
      AlterDefaultPrivilegesStmt(node, context) {
        const output = ["ALTER DEFAULT PRIVILEGES"];
        if (node.options && node.options.length > 0) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.options);
          for (const option of options2) {
            const optionData = this.getNodeData(option);
            if (optionData.defname === "schemas") {
              output.push("IN SCHEMA");
              if (optionData.arg) {
                const schemas = list_utils_1.ListUtils.unwrapList(optionData.arg).map((schema) => this.visit(schema, context)).join(", ");
                output.push(schemas);
              }
            } else if (optionData.defname === "roles") {
              output.push("FOR ROLE");
              if (optionData.arg) {
                const roles = list_utils_1.ListUtils.unwrapList(optionData.arg).map((role) => this.visit(role, context)).join(", ");
                output.push(roles);
              }
            }
          }
        }
        if (node.action) {
          const actionStr = this.GrantStmt(node.action, context);
          if (context.isPretty()) {
            return output.join(" ") + context.newline() + context.indent(actionStr);
          } else {
            output.push(actionStr);
          }
        }
        return output.join(" ");
      }
      CreateConversionStmt(node, context) {
        const output = ["CREATE"];
        if (node.def) {
          output.push("DEFAULT");
        }
        output.push("CONVERSION");
        if (node.conversion_name && node.conversion_name.length > 0) {
          const conversionName = list_utils_1.ListUtils.unwrapList(node.conversion_name).map((name) => this.visit(name, context)).join(".");
          output.push(conversionName);
        }
        if (node.for_encoding_name) {
          output.push("FOR", `'${node.for_encoding_name}'`);
        }
        if (node.to_encoding_name) {
          output.push("TO", `'${node.to_encoding_name}'`);
        }
        if (node.func_name && node.func_name.length > 0) {
          output.push("FROM");
          const funcName = list_utils_1.ListUtils.unwrapList(node.func_name).map((name) => this.visit(name, context)).join(".");
          output.push(funcName);
        }
        return output.join(" ");
      }
      CreateCastStmt(node, context) {
        const output = ["CREATE CAST"];
        output.push("(");
        if (node.sourcetype) {
          output.push(this.TypeName(node.sourcetype, context));
        }
        output.push("AS");
        if (node.targettype) {
          output.push(this.TypeName(node.targettype, context));
        }
        output.push(")");
        if (node.func) {
          output.push("WITH FUNCTION");
          output.push(this.ObjectWithArgs(node.func, context));
        } else if (node.inout) {
          output.push("WITH INOUT");
        } else {
          output.push("WITHOUT FUNCTION");
        }
        if (node.context) {
          switch (node.context) {
            case "COERCION_IMPLICIT":
              output.push("AS IMPLICIT");
              break;
            case "COERCION_ASSIGNMENT":
              output.push("AS ASSIGNMENT");
              break;
            case "COERCION_EXPLICIT":
              break;
            default:
              throw new Error(`Unsupported CreateCastStmt context: ${node.context}`);
          }
        } else if (node.context === "COERCION_ASSIGNMENT") {
          output.push("AS ASSIGNMENT");
        }
        return output.join(" ");
      }
      CreatePLangStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.pltrusted) {
          output.push("TRUSTED");
        }
        output.push("LANGUAGE");
        if (node.plname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.plname));
        }
        if (node.plhandler && node.plhandler.length > 0) {
          output.push("HANDLER");
          const handlerName = list_utils_1.ListUtils.unwrapList(node.plhandler).map((name) => this.visit(name, context)).join(".");
          output.push(handlerName);
        }
        if (node.plinline && node.plinline.length > 0) {
          output.push("INLINE");
          const inlineName = list_utils_1.ListUtils.unwrapList(node.plinline).map((name) => this.visit(name, context)).join(".");
          output.push(inlineName);
        }
        if (node.plvalidator && node.plvalidator.length > 0) {
          output.push("VALIDATOR");
          const validatorName = list_utils_1.ListUtils.unwrapList(node.plvalidator).map((name) => this.visit(name, context)).join(".");
          output.push(validatorName);
        }
        return output.join(" ");
      }
      CreateTransformStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        output.push("TRANSFORM FOR");
        if (node.type_name) {
          output.push(this.TypeName(node.type_name, context));
        }
        output.push("LANGUAGE");
        if (node.lang) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.lang));
        }
        output.push("(");
        const transforms = [];
        if (node.fromsql) {
          const fromSqlName = this.ObjectWithArgs(node.fromsql, context);
          transforms.push(`FROM SQL WITH FUNCTION ${fromSqlName}`);
        }
        if (node.tosql) {
          const toSqlName = this.ObjectWithArgs(node.tosql, context);
          transforms.push(`TO SQL WITH FUNCTION ${toSqlName}`);
        }
        output.push(transforms.join(", "));
        output.push(")");
        return output.join(" ");
      }
      CreateTrigStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.isconstraint) {
          output.push("CONSTRAINT");
        }
        output.push("TRIGGER");
        if (node.trigname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.trigname));
        }
        if (context.isPretty()) {
          const components = [];
          const timing = [];
          if (node.timing & 2)
            timing.push("BEFORE");
          else if (node.timing & 64)
            timing.push("INSTEAD OF");
          else
            timing.push("AFTER");
          const events = [];
          if (node.events & 4)
            events.push("INSERT");
          if (node.events & 8)
            events.push("DELETE");
          if (node.events & 16) {
            let updateStr = "UPDATE";
            if (node.columns && node.columns.length > 0) {
              const columnNames = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context)).join(", ");
              updateStr += " OF " + columnNames;
            }
            events.push(updateStr);
          }
          if (node.events & 32)
            events.push("TRUNCATE");
          components.push(context.indent(timing.join(" ") + " " + events.join(" OR ")));
          if (node.relation) {
            components.push(context.indent("ON " + this.RangeVar(node.relation, context)));
          }
          if (node.transitionRels && node.transitionRels.length > 0) {
            const transitionClauses = list_utils_1.ListUtils.unwrapList(node.transitionRels).map((rel2) => this.visit(rel2, context)).join(" ");
            components.push(context.indent("REFERENCING " + transitionClauses));
          }
          if (node.deferrable) {
            components.push(context.indent("DEFERRABLE"));
          }
          if (node.initdeferred) {
            components.push(context.indent("INITIALLY DEFERRED"));
          }
          if (node.row) {
            components.push(context.indent("FOR EACH ROW"));
          } else {
            components.push(context.indent("FOR EACH STATEMENT"));
          }
          if (node.whenClause) {
            const whenStr = "WHEN (" + this.visit(node.whenClause, context) + ")";
            components.push(context.indent(whenStr));
          }
          let executeStr = "EXECUTE";
          if (node.funcname && node.funcname.length > 0) {
            const funcName = list_utils_1.ListUtils.unwrapList(node.funcname).map((name) => this.visit(name, context)).join(".");
            executeStr += " PROCEDURE " + funcName;
          }
          if (node.args && node.args.length > 0) {
            const argContext = context.spawn("CreateTrigStmt", { isStringLiteral: true });
            const args = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, argContext)).join(", ");
            executeStr += "(" + args + ")";
          } else {
            executeStr += "()";
          }
          components.push(context.indent(executeStr));
          return output.join(" ") + context.newline() + components.join(context.newline());
        } else {
          const timing = [];
          if (node.timing & 2)
            timing.push("BEFORE");
          else if (node.timing & 64)
            timing.push("INSTEAD OF");
          else
            timing.push("AFTER");
          output.push(timing.join(" "));
          const events = [];
          if (node.events & 4)
            events.push("INSERT");
          if (node.events & 8)
            events.push("DELETE");
          if (node.events & 16)
            events.push("UPDATE");
          if (node.events & 32)
            events.push("TRUNCATE");
          output.push(events.join(" OR "));
          if (node.columns && node.columns.length > 0) {
            output.push("OF");
            const columnNames = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context)).join(", ");
            output.push(columnNames);
          }
          output.push("ON");
          if (node.relation) {
            output.push(this.RangeVar(node.relation, context));
          }
          if (node.constrrel) {
            output.push("FROM");
            output.push(this.RangeVar(node.constrrel, context));
          }
          if (node.deferrable) {
            output.push("DEFERRABLE");
          }
          if (node.initdeferred) {
            output.push("INITIALLY DEFERRED");
          }
          if (node.transitionRels && node.transitionRels.length > 0) {
            output.push("REFERENCING");
            const transitionClauses = list_utils_1.ListUtils.unwrapList(node.transitionRels).map((rel2) => this.visit(rel2, context)).join(" ");
            output.push(transitionClauses);
          }
          if (node.row) {
            output.push("FOR EACH ROW");
          } else {
            output.push("FOR EACH STATEMENT");
          }
          if (node.whenClause) {
            output.push("WHEN");
            output.push("(");
            output.push(this.visit(node.whenClause, context));
            output.push(")");
          }
          output.push("EXECUTE");
          if (node.funcname && node.funcname.length > 0) {
            const funcName = list_utils_1.ListUtils.unwrapList(node.funcname).map((name) => this.visit(name, context)).join(".");
            output.push("FUNCTION", funcName);
          }
          if (node.args && node.args.length > 0) {
            output.push("(");
            const argContext = context.spawn("CreateTrigStmt", { isStringLiteral: true });
            const args = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, argContext)).join(", ");
            output.push(args);
            output.push(")");
          } else {
            output.push("()");
          }
          return output.join(" ");
        }
      }
      TriggerTransition(node, context) {
        const output = [];
        if (node.isNew) {
          output.push("NEW TABLE AS");
        } else {
          output.push("OLD TABLE AS");
        }
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        }
        return output.join(" ");
      }
      CreateEventTrigStmt(node, context) {
        const output = ["CREATE EVENT TRIGGER"];
        if (node.trigname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.trigname));
        }
        output.push("ON");
        if (node.eventname) {
          output.push(node.eventname);
        }
        if (node.whenclause && node.whenclause.length > 0) {
          output.push("WHEN");
          const eventTriggerContext = context.spawn("CreateEventTrigStmt");
          const conditions = list_utils_1.ListUtils.unwrapList(node.whenclause).map((condition) => this.visit(condition, eventTriggerContext)).join(" AND ");
          output.push(conditions);
        }
        output.push("EXECUTE");
        if (node.funcname && node.funcname.length > 0) {
          const funcName = list_utils_1.ListUtils.unwrapList(node.funcname).map((name) => this.visit(name, context)).join(".");
          output.push("PROCEDURE", funcName + "()");
        }
        return output.join(" ");
      }
      AlterEventTrigStmt(node, context) {
        const output = ["ALTER EVENT TRIGGER"];
        if (node.trigname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.trigname));
        }
        if (node.tgenabled) {
          switch (node.tgenabled) {
            case "O":
              output.push("ENABLE");
              break;
            case "D":
              output.push("DISABLE");
              break;
            case "R":
              output.push("ENABLE REPLICA");
              break;
            case "A":
              output.push("ENABLE ALWAYS");
              break;
            default:
              throw new Error(`Unsupported trigger enable state: ${node.tgenabled}`);
          }
        }
        return output.join(" ");
      }
      CreateOpClassStmt(node, context) {
        const output = ["CREATE OPERATOR CLASS"];
        if (node.opclassname && node.opclassname.length > 0) {
          const className = list_utils_1.ListUtils.unwrapList(node.opclassname).map((name) => this.visit(name, context)).join(".");
          output.push(className);
        }
        if (node.isDefault) {
          output.push("DEFAULT");
        }
        output.push("FOR TYPE");
        if (node.datatype) {
          output.push(this.TypeName(node.datatype, context));
        }
        output.push("USING");
        if (node.amname) {
          output.push(node.amname);
        }
        if (node.opfamilyname && node.opfamilyname.length > 0) {
          output.push("FAMILY");
          const familyName = list_utils_1.ListUtils.unwrapList(node.opfamilyname).map((name) => this.visit(name, context)).join(".");
          output.push(familyName);
        }
        output.push("AS");
        if (node.items && node.items.length > 0) {
          const items = list_utils_1.ListUtils.unwrapList(node.items).map((item) => this.visit(item, context)).join(", ");
          output.push(items);
        }
        return output.join(" ");
      }
      CreateOpFamilyStmt(node, context) {
        const output = ["CREATE OPERATOR FAMILY"];
        if (node.opfamilyname && node.opfamilyname.length > 0) {
          const familyName = list_utils_1.ListUtils.unwrapList(node.opfamilyname).map((name) => this.visit(name, context)).join(".");
          output.push(familyName);
        }
        output.push("USING");
        if (node.amname) {
          output.push(node.amname);
        }
        return output.join(" ");
      }
      AlterOpFamilyStmt(node, context) {
        const output = ["ALTER OPERATOR FAMILY"];
        if (node.opfamilyname && node.opfamilyname.length > 0) {
          const familyName = list_utils_1.ListUtils.unwrapList(node.opfamilyname).map((name) => this.visit(name, context)).join(".");
          output.push(familyName);
        }
        output.push("USING");
        if (node.amname) {
          output.push(node.amname);
        }
        if (node.isDrop) {
          output.push("DROP");
        } else {
          output.push("ADD");
        }
        if (node.items && node.items.length > 0) {
          const items = list_utils_1.ListUtils.unwrapList(node.items).map((item) => this.visit(item, context)).join(", ");
          output.push(items);
        }
        return output.join(" ");
      }
      MergeStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        output.push("MERGE INTO");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.sourceRelation) {
          output.push("USING");
          output.push(this.visit(node.sourceRelation, context));
        }
        if (node.joinCondition) {
          output.push("ON");
          output.push(this.visit(node.joinCondition, context));
        }
        if (node.mergeWhenClauses && node.mergeWhenClauses.length > 0) {
          const whenClauses = list_utils_1.ListUtils.unwrapList(node.mergeWhenClauses).map((clause) => this.visit(clause, context)).join(" ");
          output.push(whenClauses);
        }
        if (node.returningList && node.returningList.length > 0) {
          output.push("RETURNING");
          const returningList = list_utils_1.ListUtils.unwrapList(node.returningList).map((target) => this.visit(target, context)).join(", ");
          output.push(returningList);
        }
        return output.join(" ");
      }
      MergeWhenClause(node, context) {
        const output = ["WHEN"];
        switch (node.matchKind) {
          case "MERGE_WHEN_MATCHED":
            output.push("MATCHED");
            break;
          case "MERGE_WHEN_NOT_MATCHED_BY_SOURCE":
            output.push("NOT MATCHED BY SOURCE");
            break;
          case "MERGE_WHEN_NOT_MATCHED_BY_TARGET":
            output.push("NOT MATCHED");
            break;
        }
        if (node.condition) {
          output.push("AND");
          output.push(this.visit(node.condition, context));
        }
        output.push("THEN");
        switch (node.commandType) {
          case "CMD_UPDATE": {
            output.push("UPDATE SET");
            const assignments = list_utils_1.ListUtils.unwrapList(node.targetList).map((target) => this.visit(target, context.spawn("UpdateStmt", { update: true }))).join(", ");
            output.push(assignments);
            break;
          }
          case "CMD_INSERT": {
            output.push("INSERT");
            const targetList = list_utils_1.ListUtils.unwrapList(node.targetList);
            if (targetList.length > 0) {
              const columns = targetList.map((target) => quotes_1.QuoteUtils.quoteIdentifier(target.ResTarget?.name)).join(", ");
              output.push(`(${columns})`);
            }
            if (node.override === "OVERRIDING_USER_VALUE") {
              output.push("OVERRIDING USER VALUE");
            } else if (node.override === "OVERRIDING_SYSTEM_VALUE") {
              output.push("OVERRIDING SYSTEM VALUE");
            }
            const values = list_utils_1.ListUtils.unwrapList(node.values);
            if (values.length > 0) {
              const valueItems = values.map((value) => this.visit(value, context)).join(", ");
              output.push(`VALUES (${valueItems})`);
            } else {
              output.push("DEFAULT VALUES");
            }
            break;
          }
          case "CMD_DELETE":
            output.push("DELETE");
            break;
          case "CMD_NOTHING":
            output.push("DO NOTHING");
            break;
        }
        return output.join(" ");
      }
      AlterTableMoveAllStmt(node, context) {
        const output = ["ALTER"];
        if (node.objtype === "OBJECT_TABLE") {
          output.push("TABLE");
        } else if (node.objtype === "OBJECT_INDEX") {
          output.push("INDEX");
        } else {
          output.push("TABLE");
        }
        output.push("ALL", "IN", "TABLESPACE");
        if (node.orig_tablespacename) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.orig_tablespacename));
        }
        output.push("SET", "TABLESPACE");
        if (node.new_tablespacename) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.new_tablespacename));
        }
        if (node.nowait) {
          output.push("NOWAIT");
        }
        return output.join(" ");
      }
      CreateSeqStmt(node, context) {
        const output = ["CREATE"];
        if (node.sequence) {
          const seq = node.sequence;
          if (seq.relpersistence === "t") {
            output.push("TEMPORARY");
          }
        }
        output.push("SEQUENCE");
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.sequence) {
          const sequenceName = [];
          const seq = node.sequence;
          if (seq.schemaname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.schemaname));
          }
          if (seq.relname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.relname));
          }
          output.push(sequenceName.join("."));
        }
        if (node.options && node.options.length > 0) {
          const seqContext = context.spawn("CreateSeqStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).filter((option) => option != null && this.getNodeType(option) !== "undefined").map((option) => {
            try {
              return this.visit(option, seqContext);
            } catch (error) {
              console.warn(`Error processing option in CreateSeqStmt: ${error instanceof Error ? error.message : String(error)}`);
              return "";
            }
          }).filter((str) => str !== "").join(" ");
          if (optionStrs) {
            output.push(optionStrs);
          }
        }
        return output.join(" ");
      }
      AlterSeqStmt(node, context) {
        const output = ["ALTER", "SEQUENCE"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.sequence) {
          const sequenceName = [];
          const seq = node.sequence;
          if (seq.schemaname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.schemaname));
          }
          if (seq.relname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.relname));
          }
          output.push(sequenceName.join("."));
        }
        if (node.options && node.options.length > 0) {
          const seqContext = context.spawn("AlterSeqStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).filter((option) => option && option !== void 0).map((option) => {
            try {
              if (!option || this.getNodeType(option) === "undefined") {
                return "";
              }
              return this.visit(option, seqContext);
            } catch (error) {
              console.warn(`Error processing option in AlterSeqStmt: ${error instanceof Error ? error.message : String(error)}`);
              return "";
            }
          }).filter((str) => str && str.trim().length > 0).join(" ");
          if (optionStrs) {
            output.push(optionStrs);
          }
        }
        if (node.for_identity) {
          output.push("FOR IDENTITY");
        }
        return output.join(" ");
      }
      CompositeTypeStmt(node, context) {
        const output = ["CREATE", "TYPE"];
        if (node.typevar) {
          const typeContext = context.spawn("CompositeTypeStmt");
          output.push(this.RangeVar(node.typevar, typeContext));
        }
        output.push("AS");
        if (node.coldeflist && node.coldeflist.length > 0) {
          const colDefs = list_utils_1.ListUtils.unwrapList(node.coldeflist).map((colDef) => this.visit(colDef, context)).join(", ");
          output.push(`(${colDefs})`);
        } else {
          output.push("()");
        }
        return output.join(" ");
      }
      CreateRangeStmt(node, context) {
        const output = ["CREATE", "TYPE"];
        if (node.typeName && node.typeName.length > 0) {
          const typeNameStr = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeNameStr);
        }
        output.push("AS", "RANGE");
        if (node.params && node.params.length > 0) {
          const paramStrs = list_utils_1.ListUtils.unwrapList(node.params).map((param) => {
            const paramData = this.getNodeData(param);
            if (paramData.defname && paramData.arg) {
              const argValue = this.visit(paramData.arg, context);
              return `${paramData.defname} = ${argValue}`;
            }
            return this.visit(param, context);
          });
          output.push(`(${paramStrs.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterEnumStmt(node, context) {
        const output = ["ALTER", "TYPE"];
        if (node.typeName && node.typeName.length > 0) {
          const typeNameStr = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeNameStr);
        }
        if (node.oldVal && node.newVal) {
          const escapedOldVal = node.oldVal.replace(/'/g, "''");
          const escapedNewVal = node.newVal.replace(/'/g, "''");
          output.push("RENAME", "VALUE", `'${escapedOldVal}'`, "TO", `'${escapedNewVal}'`);
        } else if (node.newVal) {
          output.push("ADD", "VALUE");
          if (node.skipIfNewValExists) {
            output.push("IF NOT EXISTS");
          }
          const escapedNewVal = node.newVal.replace(/'/g, "''");
          output.push(`'${escapedNewVal}'`);
          if (node.newValNeighbor) {
            const escapedNeighbor = node.newValNeighbor.replace(/'/g, "''");
            if (node.newValIsAfter) {
              output.push("AFTER", `'${escapedNeighbor}'`);
            } else {
              output.push("BEFORE", `'${escapedNeighbor}'`);
            }
          }
        }
        return output.join(" ");
      }
      AlterTypeStmt(node, context) {
        const output = ["ALTER", "TYPE"];
        if (node.typeName && node.typeName.length > 0) {
          const typeNameStr = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeNameStr);
        }
        output.push("SET");
        if (node.options && node.options.length > 0) {
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => {
            const optionData = this.getNodeData(option);
            if (optionData.defname && optionData.arg) {
              const argValue = this.visit(optionData.arg, context);
              return `${optionData.defname} = ${argValue}`;
            }
            return this.visit(option, context);
          });
          output.push(`(${optionStrs.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterRoleStmt(node, context) {
        const isGroupStatement = node.options && list_utils_1.ListUtils.unwrapList(node.options).some((option) => option.DefElem && option.DefElem.defname === "rolemembers");
        const output = ["ALTER", isGroupStatement ? "GROUP" : "ROLE"];
        if (node.role) {
          output.push(this.RoleSpec(node.role, context));
        }
        if (node.options) {
          const roleContext = context.spawn("AlterRoleStmt");
          if (isGroupStatement) {
            const roleMembersOption = list_utils_1.ListUtils.unwrapList(node.options).find((option) => option.DefElem && option.DefElem.defname === "rolemembers");
            if (roleMembersOption && roleMembersOption.DefElem) {
              const operation = node.action === 1 ? "ADD" : "DROP";
              output.push(operation, "USER");
              if (roleMembersOption.DefElem.arg && roleMembersOption.DefElem.arg.List) {
                const users = list_utils_1.ListUtils.unwrapList(roleMembersOption.DefElem.arg.List.items).map((user) => this.visit(user, roleContext)).join(", ");
                output.push(users);
              }
            }
          } else {
            const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, roleContext)).join(" ");
            if (options2) {
              output.push(options2);
            }
          }
        }
        return output.join(" ");
      }
      DropRoleStmt(node, context) {
        const output = ["DROP", "ROLE"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.roles) {
          const roleNames2 = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context)).join(", ");
          output.push(roleNames2);
        }
        return output.join(" ");
      }
      targetList(node, context) {
        if (!node || !Array.isArray(node)) {
          return "";
        }
        return node.map((target) => this.visit(target, context)).join(", ");
      }
      CreateAggregateStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        output.push("AGGREGATE");
        if (node.defnames && node.defnames.length > 0) {
          const aggName = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join(".");
          output.push(aggName);
        }
        output.push("(");
        if (node.args && node.args.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context)).join(", ");
          output.push(args);
        } else {
          output.push("*");
        }
        output.push(")");
        output.push("(");
        const options2 = [];
        if (node.definition && node.definition.length > 0) {
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.definition).map((option) => {
            const optionData = this.getNodeData(option);
            if (optionData.defname === "sfunc" || optionData.defname === "sfunc1") {
              const funcValue = this.visit(optionData.arg, context);
              return `SFUNC = ${funcValue}`;
            } else if (optionData.defname === "stype" || optionData.defname === "stype1") {
              const typeValue = this.visit(optionData.arg, context);
              return `STYPE = ${typeValue}`;
            } else if (optionData.defname === "basetype") {
              const baseValue = this.visit(optionData.arg, context);
              return `BASETYPE = ${baseValue}`;
            } else if (optionData.defname === "finalfunc") {
              const finalValue = this.visit(optionData.arg, context);
              return `FINALFUNC = ${finalValue}`;
            } else if (optionData.defname === "initcond" || optionData.defname === "initcond1") {
              const initValue = this.visit(optionData.arg, context);
              return `INITCOND = ${initValue}`;
            } else if (optionData.defname === "combinefunc") {
              const combineValue = this.visit(optionData.arg, context);
              return `COMBINEFUNC = ${combineValue}`;
            } else if (optionData.defname === "serialfunc") {
              const serialValue = this.visit(optionData.arg, context);
              return `SERIALFUNC = ${serialValue}`;
            } else if (optionData.defname === "deserialfunc") {
              const deserialValue = this.visit(optionData.arg, context);
              return `DESERIALFUNC = ${deserialValue}`;
            } else if (optionData.defname === "parallel") {
              const parallelValue = this.visit(optionData.arg, context);
              return `PARALLEL = ${parallelValue}`;
            }
            return this.visit(option, context);
          });
          options2.push(...optionStrs);
        }
        output.push(options2.join(", "));
        output.push(")");
        return output.join(" ");
      }
      CreateTableAsStmt(node, context) {
        const output = ["CREATE"];
        if (node.objtype === "OBJECT_MATVIEW") {
          output.push("MATERIALIZED VIEW");
        } else {
          if (node.into && node.into.rel && node.into.rel.relpersistence === "t") {
            output.push("TEMPORARY TABLE");
          } else {
            output.push("TABLE");
          }
        }
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.into && node.into.rel) {
          output.push(this.RangeVar(node.into.rel, context));
        }
        if (node.into && node.into.colNames && node.into.colNames.length > 0) {
          output.push("(");
          const colNames = list_utils_1.ListUtils.unwrapList(node.into.colNames).map((col) => this.visit(col, context)).join(", ");
          output.push(colNames);
          output.push(")");
        }
        if (node.into && node.into.accessMethod) {
          output.push("USING");
          output.push(node.into.accessMethod);
        }
        if (node.into && node.into.onCommit && node.into.onCommit !== "ONCOMMIT_NOOP") {
          output.push("ON COMMIT");
          switch (node.into.onCommit) {
            case "ONCOMMIT_PRESERVE_ROWS":
              output.push("PRESERVE ROWS");
              break;
            case "ONCOMMIT_DELETE_ROWS":
              output.push("DELETE ROWS");
              break;
            case "ONCOMMIT_DROP":
              output.push("DROP");
              break;
          }
        }
        output.push("AS");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        if (node.into && node.into.options && node.into.options.length > 0) {
          output.push("WITH");
          const options2 = list_utils_1.ListUtils.unwrapList(node.into.options).map((option) => this.visit(option, context)).join(", ");
          output.push(`(${options2})`);
        }
        if (node.into && node.into.skipData) {
          output.push("WITH NO DATA");
        }
        return output.join(" ");
      }
      RefreshMatViewStmt(node, context) {
        const output = ["REFRESH", "MATERIALIZED", "VIEW"];
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.relation) {
          output.push(this.visit(node.relation, context));
        }
        if (node.skipData) {
          output.push("WITH NO DATA");
        }
        return output.join(" ");
      }
      AccessPriv(node, context) {
        const output = [];
        if (node.priv_name) {
          output.push(node.priv_name.toUpperCase());
        } else {
          output.push("ALL");
        }
        if (node.cols && node.cols.length > 0) {
          output.push("(");
          const colContext = context.spawn("AccessPriv");
          const columns = list_utils_1.ListUtils.unwrapList(node.cols).map((col) => this.visit(col, colContext));
          output.push(columns.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      aliasname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        return this.visit(node, context);
      }
      DefineStmt(node, context) {
        const output = [];
        if (!node.kind) {
          throw new Error("DefineStmt requires kind property");
        }
        switch (node.kind) {
          case "OBJECT_OPERATOR":
            output.push("CREATE OPERATOR");
            if (node.defnames && node.defnames.length > 0) {
              const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name, index) => {
                if (index === node.defnames.length - 1) {
                  const nodeData = this.getNodeData(name);
                  if (nodeData && nodeData.sval) {
                    return nodeData.sval;
                  }
                }
                return this.visit(name, context);
              });
              output.push(names.join("."));
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem2 = def.DefElem;
                  const defName = defElem2.defname;
                  const defValue = defElem2.arg;
                  if (defName && defValue) {
                    const quotedDefName = quotes_1.QuoteUtils.quoteIdentifier(defName);
                    const preservedDefName = quotedDefName !== defName ? quotedDefName : this.preserveOperatorDefElemCase(defName);
                    if ((defName.toLowerCase() === "commutator" || defName.toLowerCase() === "negator") && defValue.List) {
                      const listItems = list_utils_1.ListUtils.unwrapList(defValue.List.items);
                      if (listItems.length === 1 && listItems[0].String) {
                        return `${preservedDefName} = ${listItems[0].String.sval}`;
                      }
                    }
                    if (defName.toLowerCase() === "commutator" || defName.toLowerCase() === "negator") {
                      return `${preservedDefName} = ${this.visit(defValue, context)}`;
                    }
                    return `${preservedDefName} = ${this.visit(defValue, context)}`;
                  } else if (defName && !defValue) {
                    if (defName === "Hashes" || defName === "Merges") {
                      return quotes_1.QuoteUtils.quoteIdentifier(defName);
                    }
                    return this.preserveOperatorDefElemCase(defName).toUpperCase();
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TYPE":
            output.push("CREATE TYPE");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              const defineStmtContext = context.spawn("DefineStmt");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                return this.visit(def, defineStmtContext);
              });
              output.push(`(${definitions.join(", ")})`);
            }
            break;
          case "OBJECT_AGGREGATE":
            output.push("CREATE");
            if (node.replace) {
              output.push("OR REPLACE");
            }
            output.push("AGGREGATE");
            if (node.defnames && node.defnames.length > 0) {
              const nameStrs = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context));
              output.push(nameStrs.join("."));
            }
            if (node.args && node.args.length > 0) {
              const args = list_utils_1.ListUtils.unwrapList(node.args);
              const hasOrderedSetIndicator = args.some((arg) => arg.Integer && arg.Integer.ival === 1);
              const hasOrderByPattern = args.length >= 2 && args[0].List && args[0].List.items && args[0].List.items.length === 1 && args[0].List.items[0].FunctionParameter && args[0].List.items[0].FunctionParameter.mode === "FUNC_PARAM_DEFAULT" && args[1].Integer && Object.keys(args[1].Integer).length === 0;
              const filteredArgs = args.filter((arg) => {
                if (arg.Integer && (arg.Integer.ival === -1 || arg.Integer.ival === 1)) {
                  return false;
                }
                if (arg.Integer && Object.keys(arg.Integer).length === 0 && hasOrderByPattern) {
                  return false;
                }
                return true;
              });
              if (filteredArgs.length > 0) {
                if (hasOrderByPattern) {
                  const listArg = filteredArgs[0];
                  if (listArg.List && listArg.List.items && listArg.List.items[0].FunctionParameter) {
                    const functionParam = listArg.List.items[0].FunctionParameter;
                    let paramStr;
                    if (functionParam.argType && functionParam.argType.names) {
                      const names = functionParam.argType.names;
                      if (names.length >= 2 && names[0].String && names[0].String.sval === "pg_catalog") {
                        paramStr = names[1].String.sval;
                      } else if (names.length >= 1 && names[0].String) {
                        paramStr = names[0].String.sval;
                      } else {
                        paramStr = "unknown";
                      }
                    } else {
                      paramStr = this.visit({ TypeName: functionParam.argType }, context);
                    }
                    output.push(`(ORDER BY ${paramStr})`);
                  } else {
                    const paramStr = this.visit(listArg, context);
                    output.push(`(ORDER BY ${paramStr})`);
                  }
                } else if (hasOrderedSetIndicator && filteredArgs.length === 1 && filteredArgs[0].List) {
                  const listArg = filteredArgs[0].List;
                  if (listArg.items && listArg.items.length >= 2) {
                    const items = list_utils_1.ListUtils.unwrapList(listArg.items);
                    const firstItem = this.visit(items[0], context);
                    const remainingItems = items.slice(1).map((item) => this.visit(item, context));
                    output.push(`(${firstItem} ORDER BY ${remainingItems.join(", ")})`);
                  } else if (listArg.items && listArg.items.length === 1) {
                    const item = listArg.items[0];
                    if (item.FunctionParameter && item.FunctionParameter.mode === "FUNC_PARAM_VARIADIC") {
                      const paramStr = this.visit(item, context);
                      output.push(`(${paramStr} ORDER BY ${paramStr})`);
                    } else {
                      const paramStr = this.visit(item, context);
                      output.push(`(${paramStr})`);
                    }
                  } else {
                    const argStrs = filteredArgs.map((arg) => {
                      if (Object.keys(arg).length === 0) {
                        return "*";
                      }
                      return this.visit(arg, context);
                    });
                    output.push(`(${argStrs.join(", ")})`);
                  }
                } else {
                  const argStrs = filteredArgs.map((arg) => {
                    if (Object.keys(arg).length === 0) {
                      return "*";
                    }
                    return this.visit(arg, context);
                  });
                  output.push(`(${argStrs.join(", ")})`);
                }
              }
            }
            if (node.definition && node.definition.length > 0) {
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem2 = def.DefElem;
                  const defName = defElem2.defname;
                  const defValue = defElem2.arg;
                  if (defName && defValue) {
                    const quotedDefName = quotes_1.QuoteUtils.quoteIdentifier(defName);
                    const preservedDefName = quotedDefName !== defName ? quotedDefName : defName;
                    if (defValue.String) {
                      return `${preservedDefName} = '${defValue.String.sval}'`;
                    }
                    return `${preservedDefName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(`(${definitions.join(", ")})`);
            }
            break;
          case "OBJECT_TSDICTIONARY":
            output.push("CREATE TEXT SEARCH DICTIONARY");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem2 = def.DefElem;
                  const defName = defElem2.defname;
                  const defValue = defElem2.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TSCONFIGURATION":
            output.push("CREATE TEXT SEARCH CONFIGURATION");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem2 = def.DefElem;
                  const defName = defElem2.defname;
                  const defValue = defElem2.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TSPARSER":
            output.push("CREATE TEXT SEARCH PARSER");
            if (node.defnames && node.defnames.length > 0) {
              const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join(".");
              output.push(names);
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem2 = def.DefElem;
                  const defName = defElem2.defname;
                  const defValue = defElem2.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TSTEMPLATE":
            output.push("CREATE TEXT SEARCH TEMPLATE");
            if (node.defnames && node.defnames.length > 0) {
              const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join(".");
              output.push(names);
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem2 = def.DefElem;
                  const defName = defElem2.defname;
                  const defValue = defElem2.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_COLLATION":
            output.push("CREATE COLLATION");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem2 = def.DefElem;
                  const defName = defElem2.defname;
                  const defValue = defElem2.arg;
                  if (defName && defValue) {
                    if (defName === "from") {
                      return `FROM ${this.visit(defValue, context)}`;
                    }
                    let valueStr;
                    if (defValue.String) {
                      valueStr = `'${defValue.String.sval}'`;
                    } else {
                      valueStr = this.visit(defValue, context);
                    }
                    return `${defName} = ${valueStr}`;
                  }
                }
                return this.visit(def, context);
              });
              const hasFromClause = definitions.some((def) => def.startsWith("FROM "));
              if (hasFromClause) {
                output.push(definitions.join(" "));
              } else {
                output.push(`(${definitions.join(", ")})`);
              }
            }
            break;
          default:
            throw new Error(`Unsupported DefineStmt kind: ${node.kind}`);
        }
        return output.join(" ");
      }
      AlterDatabaseStmt(node, context) {
        const output = ["ALTER", "DATABASE"];
        if (node.dbname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        }
        if (node.options && node.options.length > 0) {
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(options2.join(" "));
        }
        return output.join(" ");
      }
      AlterDatabaseRefreshCollStmt(node, context) {
        const output = ["ALTER", "DATABASE"];
        if (node.dbname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        }
        output.push("REFRESH", "COLLATION", "VERSION");
        return output.join(" ");
      }
      AlterDatabaseSetStmt(node, context) {
        const output = ["ALTER", "DATABASE"];
        if (node.dbname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        }
        if (node.setstmt) {
          const setClause = this.VariableSetStmt(node.setstmt, context);
          output.push(setClause);
        }
        return output.join(" ");
      }
      DeclareCursorStmt(node, context) {
        const output = ["DECLARE"];
        if (node.portalname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.portalname));
        }
        const cursorOptions = [];
        if (node.options) {
          if (node.options & 2) {
            cursorOptions.push("SCROLL");
          } else if (node.options & 4) {
            cursorOptions.push("NO SCROLL");
          }
          if (node.options & 1)
            cursorOptions.push("BINARY");
          if (node.options & 8)
            cursorOptions.push("INSENSITIVE");
        }
        if (cursorOptions.length > 0) {
          output.push(...cursorOptions);
        }
        output.push("CURSOR");
        if (node.options && node.options & 32) {
          output.push("WITH HOLD");
        }
        output.push("FOR");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        return output.join(" ");
      }
      PublicationObjSpec(node, context) {
        const output = [];
        if (node.pubobjtype === "PUBLICATIONOBJ_TABLE") {
          output.push("TABLE");
          if (node.pubtable) {
            output.push(this.PublicationTable(node.pubtable, context));
          }
        } else if (node.pubobjtype === "PUBLICATIONOBJ_TABLES_IN_SCHEMA") {
          output.push("TABLES IN SCHEMA");
          if (node.name) {
            output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          }
        } else if (node.pubobjtype === "PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA") {
          output.push("TABLES IN SCHEMA CURRENT_SCHEMA");
        }
        return output.join(" ");
      }
      PublicationTable(node, context) {
        const output = [];
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.columns && node.columns.length > 0) {
          const columns = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context));
          output.push(`(${columns.join(", ")})`);
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(this.visit(node.whereClause, context));
        }
        return output.join(" ");
      }
      CreateAmStmt(node, context) {
        const output = ["CREATE", "ACCESS", "METHOD"];
        if (node.amname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.amname));
        }
        output.push("TYPE");
        switch (node.amtype) {
          case "i":
            output.push("INDEX");
            break;
          case "t":
            output.push("TABLE");
            break;
          default:
            output.push(node.amtype || "");
            break;
        }
        if (node.handler_name && node.handler_name.length > 0) {
          output.push("HANDLER");
          const handlerName = list_utils_1.ListUtils.unwrapList(node.handler_name).map((name) => this.visit(name, context)).join(".");
          output.push(handlerName);
        }
        return output.join(" ");
      }
      IntoClause(node, context) {
        const output = [];
        if (node.rel) {
          output.push(this.RangeVar(node.rel, context));
        }
        if (node.colNames && node.colNames.length > 0) {
          const columns = list_utils_1.ListUtils.unwrapList(node.colNames).map((col) => this.visit(col, context)).join(", ");
          output.push(`(${columns})`);
        }
        if (node.accessMethod) {
          output.push("USING", node.accessMethod);
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options2 = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context)).join(", ");
          output.push(`(${options2})`);
        }
        if (node.onCommit && node.onCommit !== "ONCOMMIT_NOOP") {
          output.push("ON COMMIT");
          switch (node.onCommit) {
            case "ONCOMMIT_PRESERVE_ROWS":
              output.push("PRESERVE ROWS");
              break;
            case "ONCOMMIT_DELETE_ROWS":
              output.push("DELETE ROWS");
              break;
            case "ONCOMMIT_DROP":
              output.push("DROP");
              break;
          }
        }
        if (node.tableSpaceName) {
          output.push("TABLESPACE", quotes_1.QuoteUtils.quoteIdentifier(node.tableSpaceName));
        }
        return output.join(" ");
      }
      OnConflictExpr(node, context) {
        const output = ["ON CONFLICT"];
        if (node.arbiterElems && node.arbiterElems.length > 0) {
          const arbiters = list_utils_1.ListUtils.unwrapList(node.arbiterElems).map((elem) => this.visit(elem, context)).join(", ");
          output.push(`(${arbiters})`);
        }
        if (node.arbiterWhere) {
          output.push("WHERE");
          output.push(this.visit(node.arbiterWhere, context));
        }
        if (node.action === "ONCONFLICT_NOTHING") {
          output.push("DO NOTHING");
        } else if (node.action === "ONCONFLICT_UPDATE") {
          output.push("DO UPDATE SET");
          if (node.onConflictSet && node.onConflictSet.length > 0) {
            const updates = list_utils_1.ListUtils.unwrapList(node.onConflictSet).map((set) => this.visit(set, context)).join(", ");
            output.push(updates);
          }
          if (node.onConflictWhere) {
            output.push("WHERE");
            output.push(this.visit(node.onConflictWhere, context));
          }
        }
        return output.join(" ");
      }
      ScanToken(node, context) {
        return "";
      }
      CreateOpClassItem(node, context) {
        const output = [];
        if (node.itemtype === 1) {
          output.push("OPERATOR");
          const operatorNumber = node.number !== void 0 ? node.number : 0;
          output.push(operatorNumber.toString());
          if (node.name) {
            const opClassContext = context.spawn("CreateOpClassItem");
            output.push(this.ObjectWithArgs(node.name, opClassContext));
          }
        } else if (node.itemtype === 2) {
          output.push("FUNCTION");
          const functionNumber = node.number !== void 0 ? node.number : 0;
          output.push(functionNumber.toString());
          if (node.name) {
            const opClassContext = context.spawn("CreateOpClassItem");
            output.push(this.ObjectWithArgs(node.name, opClassContext));
          }
        } else if (node.itemtype === 3) {
          output.push("STORAGE");
          if (node.storedtype) {
            output.push(this.TypeName(node.storedtype, context));
          }
        }
        if (node.order_family && node.order_family.length > 0) {
          output.push("FOR ORDER BY");
          const orderFamily = list_utils_1.ListUtils.unwrapList(node.order_family).map((family) => this.visit(family, context)).join(".");
          output.push(orderFamily);
        }
        if (node.class_args && node.class_args.length > 0) {
          const classArgs = list_utils_1.ListUtils.unwrapList(node.class_args).map((arg) => this.visit(arg, context)).join(", ");
          output.push(`(${classArgs})`);
        }
        return output.join(" ");
      }
      Var(node, context) {
        if (node.varno && node.varattno) {
          return `$${node.varno}.${node.varattno}`;
        }
        return "$var";
      }
      TableFunc(node, context) {
        const output = [];
        if (node.functype === "TFT_XMLTABLE") {
          output.push("XMLTABLE");
          if (node.ns_names && node.ns_names.length > 0) {
            output.push("XMLNAMESPACES");
            const namespaces = list_utils_1.ListUtils.unwrapList(node.ns_names).map((ns) => this.visit(ns, context)).join(", ");
            output.push(`(${namespaces})`);
          }
          if (node.rowexpr) {
            output.push(`(${this.visit(node.rowexpr, context)})`);
          }
          if (node.docexpr) {
            output.push("PASSING");
            output.push(this.visit(node.docexpr, context));
          }
          if (node.colexprs && node.colexprs.length > 0) {
            output.push("COLUMNS");
            const columns = list_utils_1.ListUtils.unwrapList(node.colexprs).map((col) => this.visit(col, context)).join(", ");
            output.push(columns);
          }
        } else if (node.functype === "TFT_JSON_TABLE") {
          output.push("JSON_TABLE");
          if (node.docexpr) {
            output.push(`(${this.visit(node.docexpr, context)})`);
          }
          if (node.rowexpr) {
            output.push(",");
            output.push(`'${this.visit(node.rowexpr, context)}'`);
          }
          if (node.colexprs && node.colexprs.length > 0) {
            output.push("COLUMNS");
            const columns = list_utils_1.ListUtils.unwrapList(node.colexprs).map((col) => this.visit(col, context)).join(", ");
            output.push(`(${columns})`);
          }
        }
        return output.join(" ");
      }
      RangeTableFunc(node, context) {
        const output = [];
        if (node.lateral) {
          output.push("LATERAL");
        }
        if (node.docexpr) {
          output.push(this.visit(node.docexpr, context));
        }
        if (node.rowexpr) {
          output.push("PASSING");
          output.push(this.visit(node.rowexpr, context));
        }
        if (node.columns && node.columns.length > 0) {
          output.push("COLUMNS");
          const columns = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context)).join(", ");
          output.push(`(${columns})`);
        }
        if (node.alias) {
          output.push(this.Alias(node.alias, context));
        }
        return output.join(" ");
      }
      RangeTableFuncCol(node, context) {
        const output = [];
        if (node.colname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.colname));
        }
        if (node.for_ordinality) {
          output.push("FOR ORDINALITY");
        } else if (node.typeName) {
          output.push(this.TypeName(node.typeName, context));
        }
        if (node.colexpr) {
          output.push("PATH");
          output.push(`'${this.visit(node.colexpr, context)}'`);
        }
        if (node.coldefexpr) {
          output.push("DEFAULT");
          output.push(this.visit(node.coldefexpr, context));
        }
        return output.join(" ");
      }
      JsonArrayQueryConstructor(node, context) {
        const output = ["JSON_ARRAYAGG"];
        if (node.query) {
          output.push(`(${this.visit(node.query, context)})`);
        }
        if (node.format) {
          output.push("FORMAT JSON");
        }
        if (node.output) {
          output.push("RETURNING TEXT");
        }
        if (node.absent_on_null) {
          output.push("ABSENT ON NULL");
        } else {
          output.push("NULL ON NULL");
        }
        return output.join(" ");
      }
      RangeFunction(node, context) {
        const output = [];
        if (node.lateral) {
          output.push("LATERAL");
        }
        if (node.is_rowsfrom) {
          output.push("ROWS FROM");
          if (node.functions && node.functions.length > 0) {
            const functionStrs = list_utils_1.ListUtils.unwrapList(node.functions).filter((func) => func != null).map((func) => {
              try {
                const nodeType = this.getNodeType(func);
                if (nodeType === "List") {
                  const listData = this.getNodeData(func);
                  if (listData && listData.items && Array.isArray(listData.items)) {
                    const items = listData.items;
                    if (items.length >= 2) {
                      const funcCall = this.visit(items[0], context);
                      const coldefList = this.getNodeData(items[1]);
                      if (coldefList && coldefList.items && Array.isArray(coldefList.items)) {
                        const coldefs = coldefList.items.map((coldef) => this.visit(coldef, context)).filter((str) => str && str.trim());
                        if (coldefs.length > 0) {
                          return `${funcCall} AS (${coldefs.join(", ")})`;
                        }
                      }
                      return funcCall;
                    } else if (items.length === 1) {
                      return this.visit(items[0], context);
                    }
                  }
                }
                return this.visit(func, context);
              } catch (error) {
                console.warn(`Error processing function in RangeFunction: ${error instanceof Error ? error.message : String(error)}`);
                return "";
              }
            }).filter((str) => str && str.trim());
            if (functionStrs.length > 0) {
              output.push(`(${functionStrs.join(", ")})`);
            }
          }
        } else {
          if (node.functions && node.functions.length > 0) {
            const functionStrs = list_utils_1.ListUtils.unwrapList(node.functions).filter((func) => func != null).map((func) => {
              try {
                const nodeType = this.getNodeType(func);
                if (nodeType === "List") {
                  const listData = this.getNodeData(func);
                  if (listData && listData.items && Array.isArray(listData.items)) {
                    const items = listData.items;
                    if (items.length >= 1) {
                      return this.visit(items[0], context);
                    }
                  }
                }
                return this.visit(func, context);
              } catch (error) {
                console.warn(`Error processing function in RangeFunction: ${error instanceof Error ? error.message : String(error)}`);
                return "";
              }
            }).filter((str) => str && str.trim());
            if (functionStrs.length > 0) {
              output.push(functionStrs.join(", "));
            }
          }
        }
        if (node.ordinality) {
          output.push("WITH ORDINALITY");
        }
        if (node.alias) {
          if (node.coldeflist && node.coldeflist.length > 0) {
            const aliasName = node.alias.aliasname;
            const coldefs = list_utils_1.ListUtils.unwrapList(node.coldeflist).map((coldef) => this.visit(coldef, context)).filter((str) => str && str.trim());
            output.push(`${aliasName} (${coldefs.join(", ")})`);
          } else {
            output.push(this.Alias(node.alias, context));
          }
        } else if (node.coldeflist && node.coldeflist.length > 0) {
          const coldefs = list_utils_1.ListUtils.unwrapList(node.coldeflist).map((coldef) => this.visit(coldef, context)).filter((str) => str && str.trim());
          output.push(`AS (${coldefs.join(", ")})`);
        }
        return output.join(" ");
      }
      XmlExpr(node, context) {
        if (node.op === "IS_XMLPI") {
          if (node.name && node.args && node.args.length > 0) {
            const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
            return `xmlpi(name ${quotes_1.QuoteUtils.quoteIdentifier(node.name)}, ${argStrs.join(", ")})`;
          } else if (node.name) {
            return `xmlpi(name ${quotes_1.QuoteUtils.quoteIdentifier(node.name)})`;
          } else {
            return "XMLPI()";
          }
        }
        const output = [];
        switch (node.op) {
          case "IS_XMLCONCAT":
            output.push("XMLCONCAT");
            break;
          case "IS_XMLELEMENT":
            output.push("XMLELEMENT");
            const elementParts = [];
            if (node.name) {
              elementParts.push(`NAME ${quotes_1.QuoteUtils.quoteIdentifier(node.name)}`);
            }
            if (node.named_args && node.named_args.length > 0) {
              const namedArgStrs = list_utils_1.ListUtils.unwrapList(node.named_args).map((arg) => this.visit(arg, context));
              elementParts.push(`XMLATTRIBUTES(${namedArgStrs.join(", ")})`);
            }
            if (node.args && node.args.length > 0) {
              const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
              elementParts.push(...argStrs);
            }
            if (elementParts.length > 0) {
              output.push(`(${elementParts.join(", ")})`);
            }
            break;
          case "IS_XMLFOREST":
            output.push("XMLFOREST");
            break;
          case "IS_XMLPARSE":
            output.push("XMLPARSE");
            const parseParts = [];
            if (node.xmloption) {
              if (node.xmloption === "XMLOPTION_DOCUMENT") {
                parseParts.push("DOCUMENT");
              } else if (node.xmloption === "XMLOPTION_CONTENT") {
                parseParts.push("CONTENT");
              }
            }
            if (node.args && node.args.length > 0) {
              const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
              if (argStrs.length > 0) {
                parseParts.push(argStrs[0]);
              }
            }
            if (parseParts.length > 0) {
              output.push(`(${parseParts.join(" ")})`);
            }
            break;
          case "IS_XMLROOT":
            output.push("XMLROOT");
            if (node.args && node.args.length > 0) {
              const args = list_utils_1.ListUtils.unwrapList(node.args);
              const rootParts = [];
              if (args[0]) {
                rootParts.push(this.visit(args[0], context));
              }
              if (args[1]) {
                const versionArg = args[1];
                if (versionArg.A_Const && versionArg.A_Const.isnull) {
                  rootParts.push("version NO VALUE");
                } else {
                  rootParts.push(`version ${this.visit(versionArg, context)}`);
                }
              }
              if (args[2]) {
                const standaloneArg = args[2];
                if (standaloneArg.A_Const && standaloneArg.A_Const.ival !== void 0) {
                  if (standaloneArg.A_Const.ival.ival === 1) {
                    rootParts.push("STANDALONE NO");
                  } else if (standaloneArg.A_Const.ival.ival === 2) {
                    rootParts.push("STANDALONE NO VALUE");
                  } else if (standaloneArg.A_Const.ival.ival === 3) {
                  } else if (Object.keys(standaloneArg.A_Const.ival).length === 0) {
                    rootParts.push("STANDALONE YES");
                  } else {
                    rootParts.push(`STANDALONE ${this.visit(standaloneArg, context)}`);
                  }
                } else {
                  rootParts.push(`STANDALONE ${this.visit(standaloneArg, context)}`);
                }
              }
              if (rootParts.length > 0) {
                output.push(`(${rootParts.join(", ")})`);
              }
            }
            break;
          case "IS_XMLSERIALIZE":
            output.push("XMLSERIALIZE");
            break;
          case "IS_DOCUMENT":
            if (node.args && node.args.length > 0) {
              const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
              output.push(`${argStrs[0]} IS DOCUMENT`);
            } else {
              output.push("IS DOCUMENT");
            }
            break;
          default:
            throw new Error(`Unsupported XmlExpr op: ${node.op}`);
        }
        if (node.op !== "IS_XMLELEMENT" && node.op !== "IS_XMLPARSE" && node.op !== "IS_XMLROOT" && node.op !== "IS_DOCUMENT") {
          if (node.name) {
            const quotedName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            output.push(`NAME ${quotedName}`);
          }
          if (node.args && node.args.length > 0) {
            const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
            output.push(`(${argStrs.join(", ")})`);
          }
        }
        if (node.named_args && node.named_args.length > 0 && node.op !== "IS_XMLELEMENT") {
          const namedArgStrs = list_utils_1.ListUtils.unwrapList(node.named_args).map((arg) => this.visit(arg, context));
          if (node.op === "IS_XMLFOREST") {
            output.push(`(${namedArgStrs.join(", ")})`);
          } else {
            output.push(`XMLATTRIBUTES(${namedArgStrs.join(", ")})`);
          }
        }
        return output.join(" ");
      }
      schemaname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (node && typeof node === "object") {
          if (node.sval !== void 0) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.sval);
          }
          if (node.List && Array.isArray(node.List.items)) {
            const items = node.List.items;
            if (items.length > 0 && items[0].String && items[0].String.sval) {
              return quotes_1.QuoteUtils.quoteIdentifier(items[0].String.sval);
            }
          }
          if (node.val !== void 0) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.val);
          }
          return "";
        }
        return "";
      }
      RangeTableSample(node, context) {
        const output = [];
        if (node.relation) {
          output.push(this.visit(node.relation, context));
        }
        output.push("TABLESAMPLE");
        if (node.method && node.method.length > 0) {
          const methodParts = node.method.map((m) => this.visit(m, context));
          output.push(methodParts.join("."));
        }
        if (node.args && node.args.length > 0) {
          const argStrs = node.args.map((arg) => this.visit(arg, context));
          output.push(`(${argStrs.join(", ")})`);
        }
        if (node.repeatable) {
          output.push("REPEATABLE");
          output.push(`(${this.visit(node.repeatable, context)})`);
        }
        return output.join(" ");
      }
      XmlSerialize(node, context) {
        const output = ["XMLSERIALIZE"];
        output.push("(");
        if (node.typeName) {
          if (node.xmloption === "XMLOPTION_DOCUMENT") {
            output.push("DOCUMENT");
          } else {
            output.push("CONTENT");
          }
          output.push(this.visit(node.expr, context));
          output.push("AS");
          output.push(this.TypeName(node.typeName, context));
        }
        output.push(")");
        return output.join(" ");
      }
      ctes(node, context) {
        if (!node || !Array.isArray(node)) {
          return "";
        }
        const output = ["WITH"];
        if (node.length > 0 && node[0] && node[0].CommonTableExpr && node[0].CommonTableExpr.recursive) {
          output.push("RECURSIVE");
        }
        const cteStrs = node.map((cte) => this.visit(cte, context));
        output.push(cteStrs.join(", "));
        return output.join(" ");
      }
      RuleStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        output.push("RULE");
        if (node.rulename) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.rulename));
        }
        output.push("AS ON");
        if (node.event) {
          switch (node.event) {
            case "CMD_SELECT":
              output.push("SELECT");
              break;
            case "CMD_INSERT":
              output.push("INSERT");
              break;
            case "CMD_UPDATE":
              output.push("UPDATE");
              break;
            case "CMD_DELETE":
              output.push("DELETE");
              break;
            default:
              output.push(node.event.toString());
          }
        }
        output.push("TO");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(this.visit(node.whereClause, context));
        }
        output.push("DO");
        if (node.instead) {
          output.push("INSTEAD");
        }
        if (node.actions && node.actions.length > 0) {
          if (node.actions.length === 1) {
            output.push(this.visit(node.actions[0], context));
          } else {
            output.push("(");
            const actionStrs = list_utils_1.ListUtils.unwrapList(node.actions).map((action) => this.visit(action, context));
            output.push(actionStrs.join("; "));
            output.push(")");
          }
        } else {
          output.push("NOTHING");
        }
        return output.join(" ");
      }
      RangeSubselect(node, context) {
        const output = [];
        if (node.lateral) {
          output.push("LATERAL");
        }
        if (node.subquery) {
          output.push("(");
          output.push(this.visit(node.subquery, context));
          output.push(")");
        }
        if (node.alias) {
          output.push(this.Alias(node.alias, context));
        }
        return output.join(" ");
      }
      relname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (node && typeof node === "object" && node.relname) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.relname);
        }
        return this.visit(node, context);
      }
      rel(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (node && node.RangeVar) {
          return this.RangeVar(node.RangeVar, context);
        }
        if (node && typeof node === "object" && node.relname) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.relname);
        }
        return this.visit(node, context);
      }
      objname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (Array.isArray(node)) {
          const parts = node.map((part) => {
            if (part && part.String && part.String.sval) {
              return quotes_1.QuoteUtils.quoteIdentifier(part.String.sval);
            }
            return this.visit(part, context);
          });
          return parts.join(".");
        }
        return this.visit(node, context);
      }
      SQLValueFunction(node, context) {
        switch (node.op) {
          case "SVFOP_CURRENT_DATE":
            return "CURRENT_DATE";
          case "SVFOP_CURRENT_TIME":
            return "CURRENT_TIME";
          case "SVFOP_CURRENT_TIME_N":
            return `CURRENT_TIME(${node.typmod || 0})`;
          case "SVFOP_CURRENT_TIMESTAMP":
            return "CURRENT_TIMESTAMP";
          case "SVFOP_CURRENT_TIMESTAMP_N":
            return `CURRENT_TIMESTAMP(${node.typmod || 0})`;
          case "SVFOP_LOCALTIME":
            return "LOCALTIME";
          case "SVFOP_LOCALTIME_N":
            return `LOCALTIME(${node.typmod || 0})`;
          case "SVFOP_LOCALTIMESTAMP":
            return "LOCALTIMESTAMP";
          case "SVFOP_LOCALTIMESTAMP_N":
            return `LOCALTIMESTAMP(${node.typmod || 0})`;
          case "SVFOP_CURRENT_ROLE":
            return "CURRENT_ROLE";
          case "SVFOP_CURRENT_USER":
            return "CURRENT_USER";
          case "SVFOP_USER":
            return "USER";
          case "SVFOP_SESSION_USER":
            return "SESSION_USER";
          case "SVFOP_CURRENT_CATALOG":
            return "CURRENT_CATALOG";
          case "SVFOP_CURRENT_SCHEMA":
            return "CURRENT_SCHEMA";
          default:
            throw new Error(`Unsupported SQLValueFunction op: ${node.op}`);
        }
      }
      GroupingFunc(node, context) {
        const output = ["GROUPING"];
        if (node.args && node.args.length > 0) {
          const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
          output.push(`(${argStrs.join(", ")})`);
        } else {
          output.push("()");
        }
        return output.join("");
      }
      MultiAssignRef(node, context) {
        const output = [];
        if (node.source) {
          output.push(this.visit(node.source, context));
        }
        if (node.colno > 0) {
          output.push(`[${node.colno}]`);
        }
        return output.join("");
      }
      SetToDefault(node, context) {
        return "DEFAULT";
      }
      CurrentOfExpr(node, context) {
        const output = ["CURRENT OF"];
        if (node.cursor_name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.cursor_name));
        }
        if (node.cursor_param > 0) {
          output.push(`$${node.cursor_param}`);
        }
        return output.join(" ");
      }
      TableLikeClause(node, context) {
        const output = ["LIKE"];
        if (node.relation) {
          output.push(this.visit(node.relation, context));
        }
        if (node.options && typeof node.options === "number") {
          if (node.options === 2147483647 || node.options === 2147483647) {
            output.push("INCLUDING ALL");
          } else {
            const optionStrs = [];
            if (node.options & 1)
              optionStrs.push("INCLUDING COMMENTS");
            if (node.options & 4)
              optionStrs.push("INCLUDING CONSTRAINTS");
            if (node.options & 8)
              optionStrs.push("INCLUDING DEFAULTS");
            if (node.options & 16)
              optionStrs.push("INCLUDING GENERATED");
            if (node.options & 32)
              optionStrs.push("INCLUDING IDENTITY");
            if (node.options & 64)
              optionStrs.push("INCLUDING INDEXES");
            if (node.options & 128)
              optionStrs.push("INCLUDING STATISTICS");
            if (node.options & 256)
              optionStrs.push("INCLUDING STORAGE");
            if (optionStrs.length > 0) {
              output.push(optionStrs.join(" "));
            }
          }
        }
        return output.join(" ");
      }
      AlterFunctionStmt(node, context) {
        const output = ["ALTER"];
        if (node.objtype === "OBJECT_PROCEDURE") {
          output.push("PROCEDURE");
        } else {
          output.push("FUNCTION");
        }
        if (node.func) {
          output.push(this.ObjectWithArgs(node.func, context));
        }
        if (node.actions && node.actions.length > 0) {
          const alterFunctionContext = context.spawn("AlterFunctionStmt");
          const actionStrs = list_utils_1.ListUtils.unwrapList(node.actions).map((action) => this.visit(action, alterFunctionContext));
          output.push(actionStrs.join(" "));
        }
        return output.join(" ");
      }
      AlterObjectSchemaStmt(node, context) {
        const output = ["ALTER"];
        try {
          output.push(this.getObjectTypeKeyword(node.objectType));
        } catch {
          output.push(node.objectType.toString());
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.relation && (node.objectType === "OBJECT_TABLE" || node.objectType === "OBJECT_FOREIGN_TABLE" || node.objectType === "OBJECT_MATVIEW")) {
          output.push(this.RangeVar(node.relation, context));
        } else if (node.object) {
          if (node.objectType === "OBJECT_DOMAIN" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const domainName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, domainName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TYPE" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const typeName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, typeName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_CONVERSION" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const conversionName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, conversionName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSPARSER" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const parserName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, parserName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSCONFIGURATION" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const configName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, configName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSTEMPLATE" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const templateName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, templateName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSDICTIONARY" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const dictionaryName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, dictionaryName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_OPCLASS" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const opClassName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(opClassName)} USING ${accessMethod}`);
            } else if (items.length === 3) {
              const accessMethod = items[0].String?.sval || "";
              const schemaName = items[1].String?.sval || "";
              const opClassName = items[2].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, opClassName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_OPFAMILY" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const opFamilyName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(opFamilyName)} USING ${accessMethod}`);
            } else if (items.length === 3) {
              const accessMethod = items[0].String?.sval || "";
              const schemaName = items[1].String?.sval || "";
              const opFamilyName = items[2].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, opFamilyName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        output.push("SET SCHEMA");
        if (node.newschema) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.newschema));
        }
        return output.join(" ");
      }
      AlterRoleSetStmt(node, context) {
        const output = ["ALTER", "ROLE"];
        if (node.role) {
          output.push(this.RoleSpec(node.role, context));
        } else {
          output.push("ALL");
        }
        if (node.database) {
          output.push("IN DATABASE");
          output.push(this.quoteIfNeeded(node.database));
        }
        if (node.setstmt) {
          if (node.setstmt.kind === "VAR_RESET") {
            output.push("RESET");
            if (node.setstmt.name) {
              output.push(node.setstmt.name);
            }
          } else {
            output.push("SET");
            if (node.setstmt.name) {
              output.push(node.setstmt.name);
            }
            if (node.setstmt.args && node.setstmt.args.length > 0) {
              output.push("TO");
              const args = list_utils_1.ListUtils.unwrapList(node.setstmt.args).map((arg) => this.visit(arg, context)).join(", ");
              output.push(args);
            }
          }
        }
        return output.join(" ");
      }
      CreateForeignTableStmt(node, context) {
        const output = ["CREATE FOREIGN TABLE"];
        if (node.base && node.base.relation) {
          const relationContext = context.spawn("CreateForeignTableStmt");
          output.push(this.RangeVar(node.base.relation, relationContext));
        }
        if (node.base && node.base.tableElts) {
          const elementStrs = list_utils_1.ListUtils.unwrapList(node.base.tableElts).map((el) => this.visit(el, context));
          output.push(`(${elementStrs.join(", ")})`);
        } else if (!node.base?.partbound) {
          output.push("()");
        }
        if (node.base && node.base.inhRelations && node.base.inhRelations.length > 0) {
          if (node.base.partbound) {
            const inheritStrs = list_utils_1.ListUtils.unwrapList(node.base.inhRelations).map((rel2) => this.visit(rel2, context));
            output.push(`PARTITION OF ${inheritStrs.join(", ")}`);
            if (node.base.partbound.is_default) {
              output.push("DEFAULT");
            }
          } else {
            const inheritStrs = list_utils_1.ListUtils.unwrapList(node.base.inhRelations).map((rel2) => this.visit(rel2, context));
            output.push(`INHERITS (${inheritStrs.join(", ")})`);
          }
        }
        if (node.servername) {
          output.push("SERVER");
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.options && node.options.length > 0) {
          const foreignTableContext = context.spawn("CreateForeignTableStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, foreignTableContext));
          output.push(`OPTIONS (${optionStrs.join(", ")})`);
        }
        return output.join(" ");
      }
      containsMultilineStringLiteral(content) {
        const stringLiteralRegex = /'[^']*\n[^']*'/g;
        return stringLiteralRegex.test(content);
      }
    };
    exports.Deparser = Deparser;
  }
});

// node_modules/pgsql-deparser/index.js
var require_pgsql_deparser = __commonJS({
  "node_modules/pgsql-deparser/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuoteUtils = exports.Deparser = exports.deparse = exports.deparseSync = void 0;
    var deparser_1 = require_deparser();
    Object.defineProperty(exports, "Deparser", { enumerable: true, get: function() {
      return deparser_1.Deparser;
    } });
    var deparseMethod = deparser_1.Deparser.deparse;
    exports.deparseSync = deparseMethod;
    var deparse2 = async (...args) => {
      return deparseMethod(...args);
    };
    exports.deparse = deparse2;
    var quotes_1 = require_quotes();
    Object.defineProperty(exports, "QuoteUtils", { enumerable: true, get: function() {
      return quotes_1.QuoteUtils;
    } });
  }
});

// src/node-builtins.ts
var import_node_module = __toESM(require_node_module(), 1);
var requireBuiltin = (0, import_node_module.createRequire)(import.meta.url);
var childProcessModule;
function childProcess() {
  return childProcessModule ??= requireBuiltin("node:child_process");
}
var parseArgs = (config) => requireBuiltin("node:util").parseArgs(config);

// src/analysis/rules.ts
function defineRule(rule) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`);
  if (rule.phase === "static" && rule.check && !rule.statements) {
    throw new Error(`static rule ${rule.id} has a check but no \`statements\`: name the statement kinds it judges, or 'every'`);
  }
  return rule;
}

// rules/require-concurrent-index-creation.ts
function indexName(n, table2) {
  if (n.idxname) return n.idxname;
  const cols = (n.indexParams ?? []).map((p) => p?.IndexElem?.name ?? "expr");
  return `${table2}_${cols.join("_")}_${n.unique ? "key" : "idx"}`;
}
var require_concurrent_index_creation_default = defineRule({
  id: "require-concurrent-index-creation",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "Index built without CONCURRENTLY on an existing table",
  statements: ["IndexStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "IndexStmt" || stmt.node.concurrent) return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    if (ctx.table(table2)?.partitioned) return;
    const name = indexName(stmt.node, table2.name);
    ctx.report({
      stmt,
      // The index, qualified by its table's schema: two findings on one table stay two objects.
      object: `${table2.schema}.${name}`,
      title: `Index ${name} on ${table2.qualified} built without CONCURRENTLY`,
      message: `CREATE INDEX ${name} takes a SHARE lock on ${table2.qualified} for the whole build: every INSERT, UPDATE and DELETE waits until the index is built, which on a large table is minutes of write downtime.`,
      fix: {
        description: "Build the index concurrently, outside a transaction; if the build fails, drop the INVALID index it leaves and retry.",
        sql: stmt.sql.replace(/^\s*create\s+(unique\s+)?index\s+/i, (m, u) => `CREATE ${u ? "UNIQUE " : ""}INDEX CONCURRENTLY `) + ";"
      },
      evidence: { index: name, table: table2.qualified, lock: "SHARE" }
    });
  }
});

// rules/_locking-util.ts
var import_pgsql_deparser = __toESM(require_pgsql_deparser(), 1);

// src/migrations/tool-advice.ts
function outsideTransactionAdvice(layout, how) {
  if (how === "explicit") return "Move it out of the BEGIN … COMMIT block written in the file (and keep the runner from wrapping the file, see below if it does).";
  switch (layout) {
    case "dbmate":
      return "Put it in its own migration whose section header reads `-- migrate:up transaction:false`.";
    case "postgres-migrations":
      return "Put it alone in its own migration file whose first line is `-- postgres-migrations disable-transaction` (the file is still sent as one query string, so it must hold only this statement).";
    case "diesel":
      return "Put it in its own migration and add a `metadata.toml` next to its up.sql containing `run_in_transaction = false`.";
    case "flyway":
      return "Put it in its own migration: Flyway runs a script that contains such a statement without a transaction (or set `executeInTransaction=false` in the script config file `<script>.sql.conf`).";
    case "prisma":
      return "Prisma has no per-migration opt-out: put the statement alone in its own migration folder (a migration.sql holding only it runs outside a transaction).";
    case "golang-migrate":
      return how === "implicit" ? "golang-migrate sends the file as one query string: put the statement alone in its own migration file (or enable `x-multi-statement=true`)." : "This runner wraps every migration in a transaction and has no per-file opt-out: run the statement outside the migrator (a separate deploy step).";
    case "drizzle":
      return "drizzle-kit migrate runs all pending migrations in one transaction and has no per-file opt-out: run the statement as a separate script outside drizzle-kit (a deploy step before or after it).";
    case "popx":
      return "Put it alone in its own migration file with `.autocommit.` in its name (e.g. `20240101000000_add_index.autocommit.up.sql`): popx runs such files without a transaction.";
    case "supabase":
      return "Put it alone in its own migration file: Supabase CLI v2.109+ runs such statements on their own outside the file's transaction; with an older CLI, upgrade it or run the statement separately.";
    default:
      return how === "implicit" ? "The runner sends the file as one query string: put the statement alone in its own migration file." : "Put it in its own migration and turn the runner's transaction off for that migration.";
  }
}
var TOOL_NAME = {
  supabase: "the Supabase CLI",
  prisma: "Prisma Migrate",
  drizzle: "drizzle-kit",
  "golang-migrate": "golang-migrate",
  dbmate: "dbmate",
  flyway: "Flyway",
  diesel: "Diesel",
  "postgres-migrations": "postgres-migrations",
  popx: "popx",
  plain: "your migration runner"
};
function toolName(layout) {
  return TOOL_NAME[layout] ?? layout;
}

// rules/_locking-util.ts
function txHow(ctx) {
  if (ctx.tx.explicit) return "explicit";
  if (ctx.migration.transactionMode === "implicit" && !ctx.migration.transactional && executableCount(ctx.statements) > 1) return "implicit";
  if (ctx.tx.wrapped) return "wrapped";
  return void 0;
}
function executableCount(stmts) {
  let n = executableCounts.get(stmts);
  if (n === void 0) {
    n = stmts.filter((s) => s.kind !== "TransactionStmt" || !["TRANS_STMT_BEGIN", "TRANS_STMT_START", "TRANS_STMT_COMMIT"].includes(s.node?.kind)).length;
    executableCounts.set(stmts, n);
  }
  return n;
}
var executableCounts = /* @__PURE__ */ new WeakMap();
var ENDS = /* @__PURE__ */ new Set(["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED", "TRANS_STMT_PREPARE"]);
var BEGINS = /* @__PURE__ */ new Set(["TRANS_STMT_BEGIN", "TRANS_STMT_START"]);
function sameTxBefore(ctx, stmt) {
  const how = txHow(ctx);
  if (!how) return [];
  const pos = ctx.statements.indexOf(stmt);
  if (pos < 0) return [];
  let start = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const s = ctx.statements[i];
    if (s.kind !== "TransactionStmt") continue;
    if (how === "explicit" && BEGINS.has(s.node?.kind)) {
      start = i + 1;
      break;
    }
    if (ENDS.has(s.node?.kind)) {
      start = i + 1;
      break;
    }
  }
  return ctx.statements.slice(start, pos);
}
function nonTxAdvice(ctx, how) {
  return outsideTransactionAdvice(ctx.set.layout, how);
}
var states = /* @__PURE__ */ new WeakMap();
function reviewState(ctx, key2, init) {
  let m = states.get(ctx.model);
  if (!m) states.set(ctx.model, m = /* @__PURE__ */ new Map());
  if (!m.has(key2)) m.set(key2, init());
  return m.get(key2);
}
function indexTable(ctx, index) {
  const owner = ctx.model.indexOwner.get(index.qualified);
  if (owner) return owner;
  let guess;
  for (const t of ctx.model.tables.values()) {
    if (t.schema !== index.schema) continue;
    if (t.indexes.some((i) => i.name === index.name)) return t.qualified;
    if (!/_(key|pkey|idx|key\d+|pkey\d+|idx\d+)$/.test(index.name)) continue;
    for (const name of [t.name, ...t.formerNames ?? []]) {
      if (index.name.startsWith(`${name}_`) && (!guess || name.length > guess.len)) guess = { table: t, len: name.length };
    }
  }
  return guess?.table.qualified;
}
function ident(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
var RESERVED = /* @__PURE__ */ new Set(["user", "order", "group", "table", "select", "where", "from", "to", "default", "check", "column", "constraint", "primary", "references", "unique", "limit", "offset", "end", "desc", "asc", "all", "and", "or", "not", "null", "true", "false", "case", "when", "then", "else", "grant", "on", "in", "as", "is", "into", "create", "having", "window", "analyse", "analyze", "array", "both", "cast", "collate", "current_date", "current_role", "current_time", "current_timestamp", "current_user", "deferrable", "distinct", "do", "except", "fetch", "for", "foreign", "initially", "intersect", "lateral", "leading", "localtime", "localtimestamp", "only", "placing", "returning", "session_user", "some", "symmetric", "trailing", "union", "using", "variadic", "with"]);
function relSql(q, rv) {
  return rv && !rv.schemaname ? ident(q.name) : `${ident(q.schema)}.${ident(q.name)}`;
}
var SHARE_UPDATE_EXCLUSIVE_CMDS = /* @__PURE__ */ new Set([
  "AT_SetStatistics",
  "AT_ClusterOn",
  "AT_DropCluster",
  "AT_SetOptions",
  "AT_ResetOptions",
  "AT_ValidateConstraint",
  "AT_SetRelOptions",
  "AT_ResetRelOptions",
  "AT_AttachPartition",
  "AT_DetachPartitionFinalize"
]);
var SHARE_ROW_EXCLUSIVE_CMDS = /* @__PURE__ */ new Set([
  "AT_EnableTrig",
  "AT_EnableAlwaysTrig",
  "AT_EnableReplicaTrig",
  "AT_EnableTrigAll",
  "AT_EnableTrigUser",
  "AT_DisableTrig",
  "AT_DisableTrigAll",
  "AT_DisableTrigUser"
]);
var LOCK_MODES = { 6: "SHARE ROW EXCLUSIVE", 7: "EXCLUSIVE", 8: "ACCESS EXCLUSIVE" };
var STRONG_LOCK_STATEMENTS = [
  "AlterTableStmt",
  "RenameStmt",
  "DropStmt",
  "TruncateStmt",
  "CreateTrigStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
  "RuleStmt",
  "CreateStmt",
  "LockStmt",
  "VacuumStmt",
  "ClusterStmt",
  "RefreshMatViewStmt",
  "ReindexStmt"
];
function strongLocks(stmt, ctx) {
  const n = stmt.node;
  const out = [];
  const add = (q, mode) => {
    const name = typeof q === "string" ? q : q?.qualified;
    if (name) out.push({ table: name, mode });
  };
  switch (stmt.kind) {
    case "AlterTableStmt": {
      if (n.objtype !== "OBJECT_TABLE") return out;
      const t = rangeVarName(n.relation);
      let mode;
      const stronger = (m) => {
        if (!mode || m === "ACCESS EXCLUSIVE" || m === "EXCLUSIVE" && mode === "SHARE ROW EXCLUSIVE") mode = m;
      };
      for (const c of n.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (!cmd) continue;
        const st = cmd.subtype;
        if (st === "AT_AddConstraint" && cmd.def?.Constraint?.contype === "CONSTR_FOREIGN") {
          stronger("SHARE ROW EXCLUSIVE");
          add(rangeVarName(cmd.def.Constraint.pktable), "SHARE ROW EXCLUSIVE");
        } else if (st === "AT_DetachPartition") {
          if (cmd.def?.PartitionCmd?.concurrent) continue;
          stronger("ACCESS EXCLUSIVE");
          add(rangeVarName(cmd.def?.PartitionCmd?.name), "ACCESS EXCLUSIVE");
        } else if (st === "AT_AttachPartition") {
          add(rangeVarName(cmd.def?.PartitionCmd?.name), "ACCESS EXCLUSIVE");
        } else if (SHARE_ROW_EXCLUSIVE_CMDS.has(st)) {
          stronger("SHARE ROW EXCLUSIVE");
        } else if (!SHARE_UPDATE_EXCLUSIVE_CMDS.has(st)) {
          stronger("ACCESS EXCLUSIVE");
          if (st === "AT_AddColumn") {
            for (const con of cmd.def?.ColumnDef?.constraints ?? [])
              if (con?.Constraint?.contype === "CONSTR_FOREIGN") add(rangeVarName(con.Constraint.pktable), "SHARE ROW EXCLUSIVE");
          }
        }
      }
      if (mode) add(t, mode);
      return out;
    }
    case "RenameStmt":
      if (n.renameType === "OBJECT_TABLE" || ["OBJECT_COLUMN", "OBJECT_TABCONSTRAINT"].includes(n.renameType) && n.relationType === "OBJECT_TABLE")
        add(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "DropStmt": {
      if (n.removeType === "OBJECT_TABLE") {
        for (const o of n.objects ?? []) add(listName(o?.List?.items), "ACCESS EXCLUSIVE");
      } else if (n.removeType === "OBJECT_INDEX" && !n.concurrent) {
        for (const o of n.objects ?? []) {
          const q = listName(o?.List?.items);
          if (q) add(indexTable(ctx, q), "ACCESS EXCLUSIVE");
        }
      } else if (["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"].includes(n.removeType)) {
        for (const o of n.objects ?? []) {
          const items = strings(o?.List?.items);
          items.pop();
          if (items.length) add(listName(items.map((s) => ({ String: { sval: s } }))), "ACCESS EXCLUSIVE");
        }
      }
      return out;
    }
    case "TruncateStmt":
      for (const r of n.relations ?? []) add(rangeVarName(r?.RangeVar), "ACCESS EXCLUSIVE");
      return out;
    case "CreateTrigStmt":
      add(rangeVarName(n.relation), "SHARE ROW EXCLUSIVE");
      return out;
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      add(rangeVarName(n.table), "ACCESS EXCLUSIVE");
      return out;
    case "RuleStmt":
      add(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "CreateStmt": {
      for (const elt of n.tableElts ?? []) {
        for (const con of [elt?.Constraint, ...(elt?.ColumnDef?.constraints ?? []).map((c) => c?.Constraint)])
          if (con?.contype === "CONSTR_FOREIGN") add(rangeVarName(con.pktable), "SHARE ROW EXCLUSIVE");
      }
      if (n.partbound) for (const p of n.inhRelations ?? []) add(rangeVarName(p?.RangeVar), "ACCESS EXCLUSIVE");
      return out;
    }
    case "LockStmt": {
      const mode = LOCK_MODES[n.mode ?? 8];
      if (mode) for (const r of n.relations ?? []) add(rangeVarName(r?.RangeVar), mode);
      return out;
    }
    case "VacuumStmt":
      if (isVacuumFull(n)) for (const r of n.rels ?? []) add(rangeVarName(r?.VacuumRelation?.relation), "ACCESS EXCLUSIVE");
      return out;
    case "ClusterStmt":
      add(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "RefreshMatViewStmt":
      if (!n.concurrent) add(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "ReindexStmt":
      if (hasOption(n.params, "concurrently")) return out;
      if (n.kind === "REINDEX_OBJECT_TABLE") add(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      else if (n.kind === "REINDEX_OBJECT_INDEX") {
        const q = rangeVarName(n.relation);
        if (q) add(indexTable(ctx, q), "ACCESS EXCLUSIVE");
      }
      return out;
    default:
      return out;
  }
}
function hasOption(params, name) {
  const d = (params ?? []).map((p) => p?.DefElem).find((d2) => d2?.defname === name);
  if (!d) return false;
  const v = d.arg?.String?.sval ?? d.arg?.Boolean?.boolval ?? d.arg?.Integer?.ival;
  if (v === void 0) return true;
  return !(v === false || v === 0 || typeof v === "string" && /^(false|off|0|no)$/i.test(v));
}
function isVacuumFull(n) {
  return hasOption(n?.options, "full");
}
function isView(t) {
  return t?.kind === "view";
}
function createdInSource(ctx) {
  const cached = createdCache.get(ctx.statements);
  if (cached) return cached;
  const out = /* @__PURE__ */ new Set();
  createdCache.set(ctx.statements, out);
  for (const s of ctx.statements) {
    if (s.kind === "CreateStmt") {
      const q = rangeVarName(s.node.relation);
      if (q) out.add(q.qualified);
    } else if (s.kind === "CreateTableAsStmt") {
      const q = rangeVarName(s.node.into?.rel);
      if (q) out.add(q.qualified);
    } else if (s.kind === "ViewStmt") {
      const q = rangeVarName(s.node.view);
      if (q) out.add(q.qualified);
    }
  }
  return out;
}
var createdCache = /* @__PURE__ */ new WeakMap();
function deparse(kind, node) {
  if (pg18Constructs(node).length) return void 0;
  try {
    const out = (0, import_pgsql_deparser.deparseSync)({ [kind]: node }, { pretty: false });
    return typeof out === "string" ? out.trim() : void 0;
  } catch {
    return void 0;
  }
}
function clone(v) {
  if (v === null || typeof v !== "object") return JSON.parse(JSON.stringify(v));
  return copyJson(v);
}
function copyJson(v) {
  if (Array.isArray(v)) {
    const out2 = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      out2[i] = x === void 0 || typeof x === "function" || typeof x === "symbol" ? null : typeof x === "object" && x !== null ? copyJson(x) : plain(x);
    }
    return out2;
  }
  const out = {};
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const x = v[k];
    if (x === void 0 || typeof x === "function" || typeof x === "symbol") continue;
    const copy = typeof x === "object" && x !== null ? copyJson(x) : plain(x);
    if (k === "__proto__") Object.defineProperty(out, k, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[k] = copy;
  }
  return out;
}
function plain(x) {
  return typeof x === "number" && !Number.isFinite(x) ? null : x;
}
function inPlaceOf(stmt, cmd, replacement) {
  const cmds = stmt.node.cmds ?? [];
  const at = cmds.findIndex((c) => c?.AlterTableCmd === cmd);
  if (at < 0) return replacement;
  return [...cmds.slice(0, at), ...replacement, ...cmds.slice(at + 1)];
}
var ConstraintNamer = class {
  constructor(ctx, stmt, table2) {
    this.ctx = ctx;
    this.table = table2;
    this.own = new Set(namedConstraints(stmt));
    const cmds = stmt.node.cmds ?? [];
    this.dropped = new Set(cmds.flatMap((c) => c?.AlterTableCmd?.subtype === "AT_DropConstraint" && c.AlterTableCmd.name ? [c.AlterTableCmd.name] : []));
  }
  ctx;
  table;
  own;
  dropped;
  inSchema;
  taken = (name) => {
    if (this.own.has(name)) return true;
    if (this.dropped.has(name)) return false;
    if (!this.inSchema) {
      this.inSchema = /* @__PURE__ */ new Set();
      for (const t of this.ctx.model.tables.values()) if (t.schema === this.table.schema) for (const n of t.constraintNames ?? []) this.inSchema.add(n);
    }
    return this.inSchema.has(name);
  };
  check(expr) {
    return this.give(defaultConstraintName(this.table.name, { contype: "CONSTR_CHECK", raw_expr: expr }, [], this.taken));
  }
  foreignKey(columns) {
    return this.give(defaultConstraintName(this.table.name, { contype: "CONSTR_FOREIGN" }, columns, this.taken));
  }
  give(name) {
    this.own.add(name);
    return name;
  }
};
function keyName(table2, contype, columns) {
  return contype === "CONSTR_PRIMARY" ? makeObjectName(table2.name, void 0, "pkey") : makeObjectName(table2.name, columnNameAddition(columns), "key");
}
function namedConstraints(stmt) {
  return (stmt.node.cmds ?? []).flatMap((c) => {
    const def = c?.AlterTableCmd?.def;
    const cons = def?.Constraint ? [def.Constraint] : (def?.ColumnDef?.constraints ?? []).map((k) => k?.Constraint);
    return cons.flatMap((con) => con?.conname ? [con.conname] : []);
  });
}
function renameColumnRefs(expr, rename) {
  const out = clone(expr);
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const fields = v.ColumnRef?.fields && rename(v.ColumnRef.fields);
      if (fields) v.ColumnRef.fields = fields;
      else for (const k in v) visit(v[k]);
    }
  };
  visit(out);
  return out;
}
function notValidCopy(con, name) {
  const out = clone(con);
  out.conname = name;
  out.skip_validation = true;
  delete out.initially_valid;
  return out;
}
function addNotValidSql(stmt, con, colname, name) {
  const copy = notValidCopy(con.contype === "CONSTR_FOREIGN" ? { ...con, fk_attrs: [{ String: { sval: colname } }] } : con, name);
  return alterSql(stmt, [{ AlterTableCmd: { subtype: "AT_AddConstraint", def: { Constraint: copy } } }]);
}
function validateSql(stmt, table2, name) {
  return `ALTER TABLE ${relSql(table2, stmt.node.relation)} VALIDATE CONSTRAINT ${ident(name)};`;
}
function validateLater(stmt, table2, name) {
  return `-- in a separate migration (its own transaction):
${validateSql(stmt, table2, name)}`;
}
function alterSql(stmt, cmds) {
  const copies = clone(cmds);
  for (const c of copies) if (c?.AlterTableCmd?.behavior === "DROP_RESTRICT") delete c.AlterTableCmd.behavior;
  const sql = deparse("AlterTableStmt", { ...stmt.node, cmds: copies });
  return sql ? sql + ";" : void 0;
}
function indexThenConstraint(tableSql, con, name, columns, drops = "") {
  const kw = con.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : "UNIQUE";
  const nnd = con.nulls_not_distinct ? " NULLS NOT DISTINCT" : "";
  const include = strings(con.including);
  const index = `${name}_idx`;
  const idx = `CREATE UNIQUE INDEX CONCURRENTLY ${ident(index)} ON ${tableSql} (${columns.map(ident).join(", ")})${include.length ? ` INCLUDE (${include.map(ident).join(", ")})` : ""}${nnd};`;
  const deferrable = con.deferrable ? ` DEFERRABLE${con.initdeferred ? " INITIALLY DEFERRED" : ""}` : "";
  const attach = `ALTER TABLE ${tableSql} ${drops}ADD CONSTRAINT ${ident(name)} ${kw} USING INDEX ${ident(index)}${deferrable};`;
  return { idx, attach };
}
function constraintsLater(ctx, stmt, table2, col) {
  const tableSql = relSql(table2, stmt.node.relation);
  const out = [];
  const names = new ConstraintNamer(ctx, stmt, table2);
  for (const con of columnConstraints(col)) {
    if (con.contype === "CONSTR_FOREIGN" || con.contype === "CONSTR_CHECK") {
      const name = con.conname ?? (con.contype === "CONSTR_FOREIGN" ? names.foreignKey([col.colname]) : names.check(con.raw_expr));
      const add = addNotValidSql(stmt, con, col.colname, name);
      if (add) out.push(add, validateSql(stmt, table2, name));
    } else if (con.contype === "CONSTR_UNIQUE" || con.contype === "CONSTR_PRIMARY") {
      const name = con.conname ?? keyName(table2, con.contype, [col.colname]);
      const { idx, attach } = indexThenConstraint(tableSql, con, name, [col.colname]);
      out.push(idx, attach);
    }
  }
  return out;
}
function indexConstraintHits(stmt, contype, table2) {
  const out = [];
  const tableSql = relSql(table2, stmt.node.relation);
  const drops = (stmt.node.cmds ?? []).map((c) => c?.AlterTableCmd).filter((c) => c?.subtype === "AT_DropConstraint" && c.name).map((c) => `DROP CONSTRAINT ${c.missing_ok ? "IF EXISTS " : ""}${ident(c.name)}, `).join("");
  const build = (con, name, columns) => indexThenConstraint(tableSql, con, name, columns, drops);
  for (const c of stmt.node.cmds ?? []) {
    const cmd = c?.AlterTableCmd;
    if (cmd?.subtype === "AT_AddConstraint") {
      const con = cmd.def?.Constraint;
      if (con?.contype !== contype || con.indexname) continue;
      const columns = strings(con.keys);
      if (!columns.length) continue;
      const name = con.conname ?? keyName(table2, contype, columns);
      const { idx, attach } = build(con, name, columns);
      out.push({ location: con.location, name, columns, sql: `${idx}
${attach}` });
    } else if (cmd?.subtype === "AT_AddColumn") {
      const col = cmd.def?.ColumnDef;
      const con = (col?.constraints ?? []).map((x) => x?.Constraint).find((x) => x?.contype === contype);
      if (!con || !col?.colname) continue;
      const name = con.conname ?? keyName(table2, contype, [col.colname]);
      const bare2 = { ...cmd, def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x) => x?.Constraint?.contype !== contype) } } };
      const add = alterSql(stmt, [{ AlterTableCmd: bare2 }]);
      const { idx, attach } = build(con, name, [col.colname]);
      out.push({ location: con.location ?? col.location, name, columns: [col.colname], viaColumn: col.colname, sql: [add, idx, attach].filter(Boolean).join("\n") });
    }
  }
  return out;
}
function isNullConst(expr) {
  if (expr?.TypeCast) return isNullConst(expr.TypeCast.arg);
  return expr?.A_Const?.isnull === true;
}
var MORE_VOLATILE = /* @__PURE__ */ new Set(["uuid_generate_v7", "gen_random_uuid_v7", "uuid_generate_v6", "gen_ulid", "generate_ulid", "ulid_generate", "nanoid", "random_normal", "setval"]);
function volatileCall(expr, ctx) {
  if (isVolatileDefault(expr)) return funcCalls(expr).find((f) => isVolatileDefault({ FuncCall: f.node }))?.name ?? "a volatile function";
  for (const f of funcCalls(expr)) {
    if (MORE_VOLATILE.has(f.name)) return f.name;
    const fn = ctx.model.functions.get(`${f.schema ?? "public"}.${f.name}`);
    if (fn) {
      const v = defElemString(defElem(fn.origin.statement.node?.options, "volatility"))?.toLowerCase();
      if (v !== "immutable" && v !== "stable") return f.name;
    }
  }
  return void 0;
}
function addColumnRewrite(col, ctx) {
  const cons = columnConstraints(col);
  if (cons.some((x) => x.contype === "CONSTR_GENERATED" && x.generated_kind !== "v")) return { kind: "generated" };
  if (cons.some((x) => x.contype === "CONSTR_IDENTITY")) return { kind: "identity" };
  const type = typeInfo(col?.typeName);
  if (type && isSerial(type)) return { kind: "serial", type };
  const name = type && !type.array ? `${type.schema ?? "public"}.${type.name}` : void 0;
  const domain = name ? ctx.model.domains.get(name) : void 0;
  if (domain?.known && (domain.checks.length || domain.notNull)) return { kind: "domain", name, domain };
  const def = cons.find((x) => x.contype === "CONSTR_DEFAULT")?.raw_expr;
  const volatile = def ? volatileCall(def, ctx) : void 0;
  if (volatile) return { kind: "volatile", fn: volatile };
  if (def && ctx.settings.pgVersion < 11 && !isNullConst(def)) return { kind: "pre11" };
  return void 0;
}

// rules/_security-util.ts
var SYSTEM_SCHEMAS = /* @__PURE__ */ new Set([
  "auth",
  "cron",
  "extensions",
  "graphql",
  "graphql_public",
  "information_schema",
  "net",
  "pgmq",
  "pgsodium",
  "pgsodium_masks",
  "pgbouncer",
  "pg_catalog",
  "pgtle",
  "realtime",
  "storage",
  "supabase_functions",
  "supabase_migrations",
  "vault"
]);
var BYPASS_RLS_ROLES = /* @__PURE__ */ new Set(["service_role", "postgres", "supabase_admin", "supabase_auth_admin", "supabase_storage_admin"]);
function rangeVars(node) {
  const out = [];
  walk(node, (key2, value) => {
    if (key2 === "RangeVar") {
      const q = rangeVarName(value);
      if (q) out.push({ ...q, location: value.location });
    }
  });
  return out;
}
function cteNames(node) {
  const out = /* @__PURE__ */ new Set();
  walk(node, (key2, value) => {
    if (key2 === "CommonTableExpr" && typeof value.ctename === "string") out.add(value.ctename);
  });
  return out;
}
function relationsRead(stmt) {
  const n = stmt.node;
  const ctes = cteNames(n);
  let parts = [];
  switch (stmt.kind) {
    case "InsertStmt":
      parts = [n.selectStmt];
      break;
    case "UpdateStmt":
      parts = [n.fromClause, n.targetList, n.whereClause];
      break;
    case "DeleteStmt":
      parts = [n.usingClause, n.whereClause];
      break;
    case "CreateTableAsStmt":
      parts = [n.query];
      break;
    case "SelectStmt":
      parts = [n];
      break;
    default:
      return [];
  }
  return parts.flatMap((p) => rangeVars(p)).filter((q) => !(ctes.has(q.name) && q.schema === "public"));
}
function dmlTarget(stmt) {
  if (stmt.kind === "InsertStmt" || stmt.kind === "UpdateStmt" || stmt.kind === "DeleteStmt") return rangeVarName(stmt.node.relation);
  return void 0;
}
function revokedFromApi(statements, qualified) {
  const canSelect = /* @__PURE__ */ new Map();
  for (const s of statements) {
    if (s.kind !== "GrantStmt" || s.node.objtype !== "OBJECT_TABLE") continue;
    const objects = (s.node.objects ?? []).map((o) => rangeVarName(o.RangeVar)?.qualified);
    if (!objects.includes(qualified)) continue;
    const named = (s.node.privileges ?? []).filter((p) => s.node.is_grant || !p?.AccessPriv?.cols?.length);
    if (s.node.privileges?.length && !named.length) continue;
    const privs = named.map((p) => String(p?.AccessPriv?.priv_name ?? "all").toLowerCase());
    if (privs.length && !privs.some((p) => p === "all" || p === "select")) continue;
    for (const r of roleNames(s.node.grantees)) {
      if (!s.node.is_grant && r !== "public") canSelect.set(r, false);
      else if (s.node.is_grant) for (const role of r === "public" ? ["anon", "authenticated"] : [r]) canSelect.set(role, true);
    }
  }
  return canSelect.get("anon") === false && canSelect.get("authenticated") === false;
}
function apiRoles(ctx) {
  if (ctx.supabase) return ["anon", "authenticated"];
  if (ctx.settings.preset === "neon") return ["authenticated", "anonymous"];
  return void 0;
}
function unreachableThroughApi(table2, ctx) {
  const roles = apiRoles(ctx);
  const revoked = table2.apiRevoked;
  if (!roles || !revoked || table2.publicGranted?.size) return void 0;
  if (roles.some((r) => ctx.model.rolesGivenRoles.has(r))) return void 0;
  return roles.every((r) => ["select", "insert", "update", "delete"].every((p) => revoked.get(r)?.has(p))) ? roles : void 0;
}
function optionOn(d) {
  if (!d) return false;
  if (d.arg === void 0) return true;
  const v = (defElemString(d) ?? "").toLowerCase();
  return ["true", "on", "yes", "1", "t"].includes(v);
}
function optionNumber(d) {
  const a = d?.arg;
  if (!a) return void 0;
  if (a.Integer) return a.Integer.ival ?? 0;
  if (a.Float) return Number(a.Float.fval);
  if (a.String) {
    const n = Number(a.String.sval);
    return Number.isFinite(n) ? n : void 0;
  }
  return void 0;
}
function objectWithArgsName(owa) {
  return listName(owa?.objname);
}
function searchPathOption(options2) {
  for (const o of options2 ?? []) {
    const d = o?.DefElem;
    const v = d?.defname === "set" ? d.arg?.VariableSetStmt : void 0;
    if (v?.name !== "search_path") continue;
    if (v.kind === "VAR_RESET" || v.kind === "VAR_RESET_ALL") return void 0;
    if (v.kind === "VAR_SET_CURRENT") return ["<current>"];
    return (v.args ?? []).map((a) => String(a?.A_Const?.sval?.sval ?? "").trim().toLowerCase());
  }
  return void 0;
}
function ident2(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function qident(q) {
  return `${ident2(q.schema)}.${ident2(q.name)}`;
}
function functionSignature(n) {
  const q = listName(n.funcname);
  const args = (n.parameters ?? []).map((p) => p?.FunctionParameter).filter((p) => p && !["FUNC_PARAM_OUT", "FUNC_PARAM_TABLE"].includes(p.mode)).map((p) => {
    const t = typeInfo(p.argType);
    return t ? `${t.schema ? `${t.schema}.` : ""}${t.display}` : "unknown";
  });
  return `${q ? qident(q) : "unknown"}(${args.join(", ")})`;
}
function unqualifiedBodyNames(stmt, model, supabase, later = /* @__PURE__ */ new Set()) {
  const n = stmt.node;
  const body = defElem(n.options, "as")?.arg?.List?.items?.[0]?.String?.sval;
  const onPath = supabase ? ["public", "extensions"] : ["public"];
  const found = { names: [], schemas: [] };
  if (typeof body !== "string") return found;
  const lang = defElemString(defElem(n.options, "language"))?.toLowerCase();
  if (lang !== "sql" && lang !== "plpgsql") return found;
  const schemasOf = (name) => onPath.filter((schema) => {
    const key2 = `${schema}.${name}`;
    return model.tables.has(key2) || model.functions.has(key2) || model.enums.has(key2) || later.has(key2) || extensionSchemas(name, model, supabase).includes(schema);
  });
  const onPathHas = (name) => {
    for (const schema of onPath) {
      const key2 = `${schema}.${name}`;
      if (model.tables.has(key2) || model.functions.has(key2) || model.enums.has(key2) || later.has(key2)) return true;
    }
    return EXTENSIONS_BY_NAME.has(name) && schemasOf(name).length > 0;
  };
  if (!mayNameKnown(body, [...(n.parameters ?? []).map((p) => p?.FunctionParameter?.argType), n.returnType], onPathHas)) return found;
  const named = /* @__PURE__ */ new Set();
  if (lang === "sql") namesInSql(body, 0, named);
  else namesInPlpgsql(stmt.plpgsql, named);
  for (const name of named) {
    const schemas = schemasOf(name);
    if (!schemas.length) continue;
    found.names.push(name);
    for (const s of schemas) if (!found.schemas.includes(s)) found.schemas.push(s);
  }
  found.schemas.sort((a, b) => onPath.indexOf(a) - onPath.indexOf(b));
  return found;
}
function extensionSchemas(name, model, supabase) {
  const out = [];
  for (const ext of EXTENSIONS_BY_NAME.get(name) ?? []) {
    const made = model.extensions.get(ext);
    const schema = supabase && SUPABASE_EXTENSIONS.has(ext) ? "extensions" : made ? made.schema ?? "public" : void 0;
    if (schema) out.push(schema);
  }
  return out;
}
var EXTENSIONS_BY_NAME = extensionsByAnyName();
var SUPABASE_EXTENSIONS = /* @__PURE__ */ new Set(["uuid-ossp", "pgcrypto", "pgjwt"]);
function mayNameKnown(body, types, known) {
  if (NOT_PLAIN_WORDS.test(body)) return true;
  const seen = /* @__PURE__ */ new Set();
  IDENTIFIER_WORD.lastIndex = 0;
  for (let m = IDENTIFIER_WORD.exec(body); m; m = IDENTIFIER_WORD.exec(body)) {
    if (body.charCodeAt(m.index - 1) === DOT) continue;
    const word = m[0].toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    if (known(word)) return true;
  }
  for (const t of types)
    for (const part of strings(t?.TypeName?.names ?? t?.names))
      for (const word of [part, ...part.split(".")]) if (known(word) || known(word.toLowerCase())) return true;
  return false;
}
var NOT_PLAIN_WORDS = /["\u0080-\uffff]/;
var IDENTIFIER_WORD = /[A-Za-z_][\w$]*/g;
var DOT = 46;
function namesInSql(text, mode, out, wordsIfUnparsed = true) {
  const sql = plpgsqlExprSql(text, mode);
  let stmts;
  try {
    stmts = parseStatementsSync(sql);
  } catch {
    if (!wordsIfUnparsed) return;
    for (const m of text.matchAll(/"((?:[^"]|"")+)"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/g)) {
      const before = text.slice(0, m.index).trimEnd();
      if (!before.endsWith(".") && !text.slice(m.index + m[0].length).trimStart().startsWith(".")) out.add(m[1] !== void 0 ? m[1].replace(/""/g, '"') : m[0].toLowerCase());
    }
    return;
  }
  for (const { node } of stmts) {
    const ctes = cteNames(node);
    walk(node, (key2, value) => {
      if ((key2 === "RangeVar" || key2 === "relation") && typeof value.relname === "string" && !value.schemaname && !ctes.has(value.relname)) out.add(value.relname);
      else if (key2 === "FuncCall" || key2 === "TypeName") {
        const parts = strings(key2 === "FuncCall" ? value.funcname : value.names);
        if (parts.length === 1) out.add(parts[0]);
      }
    });
  }
}
function namesInPlpgsql(tree, out) {
  walkPlpgsqlQueries(
    tree,
    // A constant string's query runs with the same path; read only when it parses.
    (text, mode, constant) => namesInSql(text, mode, out, !constant),
    (key2, value) => {
      if (key2 !== "PLpgSQL_type" || typeof value.typname !== "string") return;
      const column = /%TYPE$/i.test(value.typname);
      const parts = value.typname.replace(/%(ROW)?TYPE$/i, "").match(/"(?:[^"]|"")*"|[^.]+/g) ?? [];
      const name = parts.length === (column ? 2 : 1) ? parts[0] : void 0;
      if (name) out.add(name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase());
    }
  );
}
function pinSearchPath(stmt, kind, ctx) {
  const alter = `ALTER ${kind.toUpperCase()} ${functionSignature(stmt.node)} SET search_path`;
  const { names, schemas } = unqualifiedBodyNames(stmt, ctx.model, ctx.supabase, createdLater(stmt, ctx.statements));
  if (!names.length) return { sql: `${alter} = '';` };
  const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ", …" : "");
  const breaks = `Its body names ${shown} without a schema, so an empty search_path alone would make every call fail ("does not exist") until each is qualified (${schemas[0]}.${names[0]}).`;
  if (schemas.includes("public") && ctx.settings.pgVersion < 15 && !ctx.supabase) {
    return { note: `${breaks} Pinning public instead is safe only once CREATE on it is revoked from PUBLIC (before PostgreSQL 15 every role may create there).` };
  }
  return { sql: `${alter} = ${[...schemas, "pg_temp"].join(", ")};`, note: `${breaks} Until then, pin the schemas they live in, with pg_temp last so that no temporary object can shadow them.` };
}
function createdLater(stmt, statements) {
  const lastCreated = lastIndexBy(lastCreatedIn, statements, createdTargets);
  const at = positionOf(stmt, statements);
  return { has: (name) => at >= 0 && (lastCreated.get(name) ?? -1) > at };
}
var lastCreatedIn = /* @__PURE__ */ new WeakMap();
function lastIndexBy(cache2, statements, keysOf) {
  let last = cache2.get(statements);
  if (!last) {
    last = /* @__PURE__ */ new Map();
    for (let i = 0; i < statements.length; i++) for (const key2 of keysOf(statements[i])) last.set(key2, i);
    cache2.set(statements, last);
  }
  return last;
}
function positionOf(stmt, statements) {
  return statements[stmt.index] === stmt ? stmt.index : statements.indexOf(stmt);
}
function holdPolicyFinding(ctx, ruleId, stmt, input) {
  if (stmt.kind !== "CreatePolicyStmt" || !ctx.table(rangeVarName(stmt.node.table))) return ctx.report(input);
  reviewState(ctx, `${ruleId}:held-policies`, () => []).push({ stmt, input });
}
function reportHeldPolicies(ctx, ruleId) {
  const held = reviewState(ctx, `${ruleId}:held-policies`, () => []);
  if (!held.length) return;
  const standing = /* @__PURE__ */ new Set();
  if (ctx.set.changedSource !== "all") for (const t of ctx.model.tables.values()) for (const p of t.policies) standing.add(p.origin.statement);
  for (const h of held) if (ctx.set.changedSource === "all" || standing.has(h.stmt)) ctx.report(h.input);
}
function laterSearchPath(statements, from, qualified) {
  const lastPinned = lastIndexBy(lastPinnedIn, statements, pinnedFunction);
  return (lastPinned.get(qualified) ?? -1) > positionOf(from, statements);
}
var lastPinnedIn = /* @__PURE__ */ new WeakMap();
function pinnedFunction(s) {
  if (s.kind !== "AlterFunctionStmt" || searchPathOption(s.node.actions) === void 0) return [];
  const name = listName(s.node.func?.objname)?.qualified;
  return name === void 0 ? [] : [name];
}
function dynamicDdlMayTouch(sources, ddl, table2) {
  for (const src of sources) {
    for (const s of src.statements) {
      if (s.kind !== "DoStmt" && s.kind !== "CreateFunctionStmt") continue;
      if (!ddl.test(s.sql)) continue;
      const lower = s.sql.toLowerCase();
      if (lower.includes(table2.name.toLowerCase())) return true;
      if (/\bexecute\b/.test(lower) && /(format\s*\(|\|\|)/.test(lower)) return true;
    }
  }
  return false;
}
var OWNER_COLUMNS = ["user_id", "owner_id", "profile_id", "created_by", "author_id"];
function examplePolicy(table2, columns, supabase) {
  const owner = OWNER_COLUMNS.find((c) => columns.includes(c));
  const policy = `CREATE POLICY "owner can read" ON ${table2}
  FOR SELECT TO authenticated
  USING (${owner ?? "<owner column>"} = (select auth.uid()));`;
  if (owner && supabase) return `-- then, for example:
${policy}`;
  return `-- then policies for the access you intend, for example:
${policy.replace(/^/gm, "-- ")}`;
}
var SUPABASE_DEFAULT_GRANTEES = ["anon", "authenticated", "service_role", "postgres"];
var NEON_DEFAULT_GRANTEE = "neon_superuser";
function isPlatformDefaultGrant(stmt, ctx) {
  const n = stmt.node;
  if (stmt.kind !== "GrantStmt" || !n.is_grant) return false;
  const kind = defaultPrivilegeKind(n.objtype);
  if (!kind) return false;
  if (n.grant_option && !roleNames(n.grantees).every((r) => r === NEON_DEFAULT_GRANTEE)) return false;
  let schemas;
  if (n.targtype === "ACL_TARGET_ALL_IN_SCHEMA") schemas = strings(n.objects);
  else if (n.targtype === "ACL_TARGET_OBJECT") {
    schemas = (n.objects ?? []).map((o) => (kind === "functions" ? objectWithArgsName(o.ObjectWithArgs)?.schema : rangeVarName(o.RangeVar)?.schema) ?? "");
  } else return false;
  if (!schemas.length || schemas.some((x) => !x)) return false;
  const privs = (n.privileges ?? []).map((p) => String(p?.AccessPriv?.priv_name ?? "").toLowerCase());
  const declared = declaredInFile(ctx.statements);
  const allowed = (schema, role) => {
    const out = /* @__PURE__ */ new Set();
    if (!privs.length) {
      if (ctx.supabase && schema === "public" && SUPABASE_DEFAULT_GRANTEES.includes(role)) out.add("all");
      if (role === NEON_DEFAULT_GRANTEE && schema === "public" && (kind === "tables" || kind === "sequences")) out.add("all");
      if (kind === "functions" && role === "public") out.add("all");
    }
    for (const model of [ctx.model, declared])
      for (const key2 of [`${schema}|${kind}`, `*|${kind}`]) for (const p of model.defaultGrants.get(key2)?.get(role) ?? []) out.add(p);
    return out;
  };
  const every = kind === "functions" ? ["execute"] : kind === "sequences" ? ["usage", "select", "update"] : ["all"];
  const roles = roleNames(n.grantees);
  if (!roles.length) return false;
  return schemas.every(
    (schema) => roles.every((role) => {
      const a = allowed(schema, role);
      if (a.has("all")) return true;
      return (privs.length ? privs : every).every((p) => a.has(p));
    })
  );
}
var declaredCache = /* @__PURE__ */ new WeakMap();
function declaredInFile(statements) {
  let m = declaredCache.get(statements);
  if (m) return m;
  m = new SchemaModel();
  for (const s of statements) if (s.kind === "AlterDefaultPrivilegesStmt") m.declareDefaultPrivileges(s.node);
  declaredCache.set(statements, m);
  return m;
}

// rules/rls-not-enabled.ts
var rls_not_enabled_default = defineRule({
  id: "rls-not-enabled",
  phase: "static",
  severity: "critical",
  category: "security",
  title: "Table in an API-exposed schema without row level security",
  finish(ctx) {
    for (const table2 of ctx.model.tables.values()) {
      if (table2.kind !== "table" || !ctx.createdInReview(table2) || table2.rls) continue;
      if (!ctx.exposedSchemas.has(table2.schema)) continue;
      const stmt = table2.origin.statement;
      const revoked = unreachableThroughApi(table2, ctx);
      ctx.report({
        stmt,
        object: table2.qualified,
        // Without Supabase's anon key the exposure is less direct: keep it high, not critical.
        severity: revoked ? "low" : ctx.supabase ? "critical" : "high",
        message: revoked ? `${table2.qualified} is in the ${table2.schema} schema, which the API exposes, and row level security is never enabled on it. The migrations revoke SELECT, INSERT, UPDATE and DELETE on it from ${revoked.join(" and ")}, so no API request reaches its rows today; a later GRANT would make every row public.` : `${table2.qualified} is in the ${table2.schema} schema, which the API exposes, and row level security is never enabled on it: any client holding the ${ctx.supabase ? "anon or authenticated key" : "API credentials"} can read and write every row.`,
        fix: {
          description: "Enable RLS in the same migration and add policies for the access you intend.",
          sql: `ALTER TABLE ${table2.qualified} ENABLE ROW LEVEL SECURITY;
${examplePolicy(table2.qualified, [...table2.columns.keys()], ctx.supabase)}`
        }
      });
    }
  }
});

// rules/syntax-error.ts
var syntax_error_default = defineRule({
  id: "syntax-error",
  phase: "static",
  severity: "critical",
  category: "deploy",
  title: "Migration does not parse",
  directions: ["up", "down"],
  finish(ctx) {
    for (const src of ctx.sources) {
      if (src.migration.status === "base") continue;
      for (const err of src.errors) {
        if (err.reason === "template") continue;
        ctx.report({
          at: { file: src.source.file, line: err.line, column: err.column, migrationId: src.migration.id },
          object: src.source.file,
          // A broken down migration only bites on rollback; a broken up migration fails the deploy.
          severity: src.direction === "down" ? "high" : "critical",
          message: `Postgres's parser rejects this ${src.direction} migration at line ${err.line}, column ${err.column}: ${err.message}. It will fail when it runs${src.migration.transactional ? "" : ", after the statements before it have already been applied"}.`
        });
      }
    }
  }
});

// rules/needs-newer-postgres.ts
var needs_newer_postgres_default = defineRule({
  id: "needs-newer-postgres",
  phase: "static",
  severity: "medium",
  category: "deploy",
  title: "Migration needs a newer PostgreSQL than the target",
  directions: ["up", "down"],
  finish(ctx) {
    const target = ctx.settings.pgVersion;
    for (const src of ctx.sources) {
      if (src.migration.status === "base") continue;
      for (const use of [...src.newerSyntax ?? [], ...target < 17 ? olderGrammarUses(src.statements) : []]) {
        if (target >= use.major) continue;
        const down = src.direction === "down";
        const stated = ctx.settings.pgVersionSet === true;
        const fails = `PostgreSQL ${target} rejects it as a syntax error, so this ${src.direction} migration will fail when it runs${down ? " (on rollback)" : ""}`;
        ctx.report({
          at: { file: src.source.file, line: use.line, column: use.column, migrationId: src.migration.id },
          object: src.source.file,
          // Told production runs an older major, it is a failure; with the default target, the author decides.
          severity: stated ? down ? "high" : "critical" : down ? "low" : "medium",
          message: stated ? `Line ${use.line} uses ${use.construct}, which needs PostgreSQL ${use.major}; production runs PostgreSQL ${target} (pgVersion): ${fails}.` : `Line ${use.line} uses ${use.construct}, which needs PostgreSQL ${use.major}. pgreview assumes PostgreSQL ${target} when pgVersion is not set: if production runs ${target}, ${fails}; if it runs ${use.major} or later, set pgVersion: ${use.major} in .pgreview.yml.`
        });
      }
    }
  }
});

// rules/require-concurrent-index-deletion.ts
var require_concurrent_index_deletion_default = defineRule({
  id: "require-concurrent-index-deletion",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "Index dropped without CONCURRENTLY on an existing table",
  statements: ["DropStmt"],
  check(stmt, ctx) {
    const n = stmt.node;
    if (stmt.kind !== "DropStmt" || n.removeType !== "OBJECT_INDEX" || n.concurrent) return;
    const indexes = (n.objects ?? []).map((o) => listName(o?.List?.items)).filter(Boolean);
    const hits = [];
    for (const index of indexes) {
      const table2 = indexTable(ctx, index);
      if (table2 && !ctx.isExisting(table2)) continue;
      if (table2 && ctx.table(table2)?.partitioned) continue;
      hits.push({ index, table: table2 });
    }
    if (!hits.length) return;
    const tables = [...new Set(hits.map((h) => h.table).filter(Boolean))];
    const on = tables.length ? tables.join(", ") : "the indexed table";
    const how = txHow(ctx);
    const cascade = n.behavior === "DROP_CASCADE";
    ctx.report({
      stmt,
      // The index (with its table in the title): several drops on one table stay separate objects.
      object: hits.map((h) => h.index.qualified).join(", "),
      title: `Index ${hits.map((h) => h.index.name).join(", ")}${tables.length ? ` on ${tables.join(", ")}` : ""} dropped without CONCURRENTLY`,
      message: `DROP INDEX ${hits.map((h) => h.index.qualified).join(", ")} takes an ACCESS EXCLUSIVE lock on ${on}. The drop itself is quick, but it first waits for every running query on the table to finish, and while it waits every new read and write of the table queues behind it: one long-running query turns into an outage.`,
      fix: {
        description: "Drop each index with DROP INDEX CONCURRENTLY (one index per statement, outside a transaction block), which waits for other transactions without blocking them." + (cascade ? " CONCURRENTLY does not support CASCADE: drop the dependent objects first." : "") + (how ? " " + nonTxAdvice(ctx, how) : ""),
        sql: hits.map((h) => {
          const name = n.objects && h.index.schema !== "public" ? `${ident(h.index.schema)}.${ident(h.index.name)}` : ident(h.index.name);
          return `DROP INDEX CONCURRENTLY ${n.missing_ok ? "IF EXISTS " : ""}${name};`;
        }).join("\n")
      },
      evidence: { indexes: hits.map((h) => h.index.qualified), lock: "ACCESS EXCLUSIVE" }
    });
  }
});

// rules/constraint-missing-not-valid.ts
var constraint_missing_not_valid_default = defineRule({
  id: "constraint-missing-not-valid",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "CHECK constraint added without NOT VALID on an existing table",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    if (!(stmt.node.cmds ?? []).some(addsValidatedCheck)) return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    if (rewritesTable(stmt, ctx, table2)) return;
    const names = new ConstraintNamer(ctx, stmt, table2);
    checkAddColumns(stmt, ctx, table2, names);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const con = cmd?.def?.Constraint;
      if (cmd?.subtype !== "AT_AddConstraint" || con?.contype !== "CONSTR_CHECK" || con.skip_validation) continue;
      const name = con.conname ?? names.check(con.raw_expr);
      const fixed = { ...cmd, def: { ...cmd.def, Constraint: notValidCopy(con, name) } };
      const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
      ctx.report({
        stmt,
        location: con.location,
        object: `${table2.qualified}.${name}`,
        message: `ADD CONSTRAINT ${con.conname ? ident(name) : "(unnamed)"} CHECK takes an ACCESS EXCLUSIVE lock on ${table2.qualified} and keeps it while it reads every row to prove the constraint holds: every read and write of the table waits for the whole scan, which on a large table is minutes.`,
        fix: { description: FIX, sql: add ? `${add}
${validateLater(stmt, table2, name)}` : void 0 },
        evidence: { lock: "ACCESS EXCLUSIVE", scan: true }
      });
    }
  }
});
function addsValidatedCheck(c) {
  const cmd = c?.AlterTableCmd;
  if (cmd?.subtype === "AT_AddConstraint") return cmd.def?.Constraint?.contype === "CONSTR_CHECK" && !cmd.def.Constraint.skip_validation;
  return cmd?.subtype === "AT_AddColumn" && (cmd.def?.ColumnDef?.constraints ?? []).some((k) => k?.Constraint?.contype === "CONSTR_CHECK");
}
function rewritesTable(stmt, ctx, table2) {
  const info = ctx.table(table2);
  return (stmt.node.cmds ?? []).some((c) => {
    const cmd = c?.AlterTableCmd;
    const col = cmd?.subtype === "AT_AddColumn" ? cmd.def?.ColumnDef : void 0;
    if (!col?.colname || cmd.missing_ok && info?.columns.has(col.colname)) return false;
    return !!addColumnRewrite(col, ctx);
  });
}
var FIX = "Add the constraint NOT VALID (enforced for new rows at once, no scan), then validate it in a separate transaction (a later migration): VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.";
function columnChecks(info, cmd, names) {
  const def = cmd?.subtype === "AT_AddColumn" ? cmd.def?.ColumnDef : void 0;
  if (!def?.colname || cmd.missing_ok && info?.columns.has(def.colname)) return [];
  const checks = (def.constraints ?? []).filter((k) => k?.Constraint?.contype === "CONSTR_CHECK");
  return checks.map((k) => ({ colname: def.colname, con: k.Constraint, name: k.Constraint.conname ?? names.check(k.Constraint.raw_expr) }));
}
function checkAddColumns(stmt, ctx, table2, names) {
  const cmds = stmt.node.cmds ?? [];
  const info = ctx.table(table2);
  const found = cmds.map((c) => columnChecks(info, c?.AlterTableCmd, names));
  if (!found.some((f) => f.length)) return;
  const fixed = cmds.flatMap((c, i) => {
    const checks = found[i];
    if (!checks.length) return [c];
    const bare2 = clone(c.AlterTableCmd);
    bare2.def.ColumnDef.constraints = bare2.def.ColumnDef.constraints.filter((k) => k?.Constraint?.contype !== "CONSTR_CHECK");
    if (!bare2.def.ColumnDef.constraints.length) delete bare2.def.ColumnDef.constraints;
    const adds = checks.map(({ con, name }) => {
      return { AlterTableCmd: { subtype: "AT_AddConstraint", def: { Constraint: notValidCopy(con, name) } } };
    });
    return [{ AlterTableCmd: bare2 }, ...adds];
  });
  const all = found.flat();
  const sql = alterSql(stmt, fixed);
  for (const { colname, con, name } of all) {
    ctx.report({
      stmt,
      location: con.location,
      object: `${table2.qualified}.${name}`,
      message: `ADD COLUMN ${ident(colname)} … CHECK takes an ACCESS EXCLUSIVE lock on ${table2.qualified} and keeps it while it reads every row to prove the check holds, even when every row holds the column's default or NULL: every read and write of the table waits for the whole scan, which on a large table is minutes.`,
      fix: {
        description: "Add the column without the check and, in the same statement, the check as a constraint NOT VALID (enforced for new rows at once, no scan); then validate it in a separate transaction (a later migration): VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.",
        sql: sql ? `${sql}
${all.map((c) => validateLater(stmt, table2, c.name)).join("\n")}` : void 0
      },
      evidence: { lock: "ACCESS EXCLUSIVE", scan: true, column: colname }
    });
  }
}

// rules/adding-foreign-key-constraint.ts
var adding_foreign_key_constraint_default = defineRule({
  id: "adding-foreign-key-constraint",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "Foreign key added without NOT VALID on an existing table",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    const partitioned = !!info?.partitioned && ctx.settings.pgVersion < 18;
    let names;
    const keyName2 = (cols) => (names ??= new ConstraintNamer(ctx, stmt, table2)).foreignKey(cols);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (!cmd) continue;
      if (cmd.subtype === "AT_AddConstraint") {
        const con = cmd.def?.Constraint;
        if (con?.contype !== "CONSTR_FOREIGN" || con.skip_validation) continue;
        const ref = rangeVarName(con.pktable);
        const cols = strings(con.fk_attrs);
        const name = con.conname ?? keyName2(cols);
        const fixed = { ...cmd, def: { ...cmd.def, Constraint: notValidCopy(con, name) } };
        const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
        report2(con.location, `${table2.qualified}.${name}`, cols, ref?.qualified, name, add ? [add] : [], "constraint");
      } else if (cmd.subtype === "AT_AddColumn") {
        const col = cmd.def?.ColumnDef;
        const constraints = columnConstraints(col);
        const fks = constraints.filter((x) => x.contype === "CONSTR_FOREIGN");
        if (!fks.length) continue;
        const serial = isSerial(typeInfo(col.typeName));
        const identity = constraints.some((x) => x.contype === "CONSTR_IDENTITY");
        const defaults = constraints.filter((x) => x.contype === "CONSTR_DEFAULT" || x.contype === "CONSTR_GENERATED");
        if (!defaults.length && !serial && !identity) continue;
        const nullDefault = !serial && !identity && defaults.every((x) => x.contype === "CONSTR_DEFAULT" && isNullConst(x.raw_expr));
        if (nullDefault) {
          const bare2 = clone(cmd);
          bare2.def.ColumnDef.constraints = (bare2.def.ColumnDef.constraints ?? []).filter((x) => x?.Constraint?.contype !== "CONSTR_DEFAULT");
          const sql = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare2 }]));
          for (const con of fks) reportNullDefault(con.location, `${table2.qualified}.${col.colname}`, rangeVarName(con.pktable)?.qualified, sql);
          continue;
        }
        const via = identity && !serial && !defaults.length ? "identity" : defaults.some((x) => x.contype === "CONSTR_GENERATED") ? "generated" : "default";
        for (const con of fks) {
          const ref = rangeVarName(con.pktable);
          const name = con.conname ?? keyName2([col.colname]);
          const bare2 = clone(cmd);
          bare2.def.ColumnDef.constraints = (bare2.def.ColumnDef.constraints ?? []).filter((x) => x?.Constraint?.contype !== "CONSTR_FOREIGN");
          const sql = [alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare2 }])), addNotValidSql(stmt, con, col.colname, name)].filter((s) => !!s);
          report2(con.location, `${table2.qualified}.${col.colname}`, [col.colname], ref?.qualified, name, sql, via);
        }
      }
    }
    function reportNullDefault(location2, object, ref, sql) {
      const refText = ref ?? "the referenced table";
      ctx.report({
        stmt,
        location: location2,
        object,
        message: `ADD COLUMN … REFERENCES with DEFAULT NULL takes an ACCESS EXCLUSIVE lock on ${table2.qualified} and a SHARE ROW EXCLUSIVE lock on ${refText}, and validates the new foreign key by scanning all of ${table2.qualified} while both are held: reads and writes of ${table2.qualified} and writes to ${refText} wait for the whole scan. Postgres skips that scan when the new column has no DEFAULT clause at all (it is all NULL), but an explicit DEFAULT NULL, though it changes nothing, turns the check back on.`,
        fix: {
          description: "Drop the DEFAULT NULL clause (NULL is the default anyway): the column is then added with its foreign key marked valid, without a scan.",
          sql: sql ? `${sql}` : void 0
        },
        evidence: { lock: "ACCESS EXCLUSIVE", tables: [table2.qualified, ref].filter(Boolean), scan: true }
      });
    }
    function report2(location2, object, cols, ref, name, sql, via) {
      const refText = ref ?? "the referenced table";
      const locks = `an ACCESS EXCLUSIVE lock on ${table2.qualified} and a SHARE ROW EXCLUSIVE lock on ${refText}`;
      const lockText = via === "constraint" ? `ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE locks on ${table2.qualified} and on ${refText} and holds them while it checks every existing row of ${table2.qualified} (${cols.join(", ")}) against ${refText}` : via === "identity" ? `ADD COLUMN … GENERATED AS IDENTITY REFERENCES takes ${locks} and gives every existing row of ${table2.qualified} a sequence value, but Postgres marks the new foreign key valid without checking those rows (it checks a key added with its column only when the column has a DEFAULT clause, a serial type or a generation expression; measured on PostgreSQL 15 and 17)` : `ADD COLUMN … REFERENCES on ${via === "generated" ? "a STORED generated column" : "a column with a default"} takes ${locks}, and validates the new foreign key by scanning all of ${table2.qualified} while both are held`;
      const blocked = via === "constraint" ? `every INSERT, UPDATE and DELETE on both tables waits for the whole scan.` : via === "identity" ? `existing rows whose new value has no match in ${refText} break a key the catalog calls valid, and nothing says so until a later VALIDATE or a restore of a dump fails.` : `reads and writes of ${table2.qualified} and writes to ${refText} wait for the whole scan.`;
      ctx.report({
        stmt,
        location: location2,
        object,
        message: `${lockText}: ${blocked}` + (partitioned ? ` ${table2.qualified} is partitioned, and before PostgreSQL 18 a foreign key on a partitioned table cannot be NOT VALID.` : ""),
        fix: partitioned ? {
          description: "Before PostgreSQL 18 a partitioned table cannot take a NOT VALID foreign key. Add the foreign key NOT VALID to each partition and VALIDATE it there (in separate transactions), then add it to the parent: Postgres reuses the matching partition constraints instead of scanning again."
        } : {
          description: (via === "constraint" ? "Add the foreign key" : "Add the column without REFERENCES, then add the foreign key") + " NOT VALID (checked for new rows at once, no scan; the locks are held only briefly), and run VALIDATE CONSTRAINT in a separate transaction (a later migration): it scans under SHARE UPDATE EXCLUSIVE on the table and ROW SHARE on the referenced table, so reads and writes continue" + (via === "identity" ? ", and it does check the existing rows: it fails on any whose value has no match." : "."),
          sql: sql.length ? `${sql.join("\n")}
${validateLater(stmt, table2, name)}` : void 0
        },
        // ADD COLUMN holds ACCESS EXCLUSIVE on the table (pg_locks): the key's own lock is the weaker one.
        evidence: {
          lock: via === "constraint" ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE",
          tables: [table2.qualified, ref].filter(Boolean),
          ...via === "identity" ? { unchecked: true } : { scan: true }
        }
      });
    }
  }
});

// rules/validate-in-same-transaction.ts
function notValidAdds(stmt) {
  if (stmt.kind !== "AlterTableStmt") return [];
  const table2 = rangeVarName(stmt.node.relation);
  if (!table2) return [];
  const out = [];
  for (const c of stmt.node.cmds ?? []) {
    const cmd = c?.AlterTableCmd;
    const con = cmd?.def?.Constraint;
    if (cmd?.subtype !== "AT_AddConstraint" || !con?.skip_validation || !con.conname) continue;
    if (con.contype !== "CONSTR_CHECK" && con.contype !== "CONSTR_FOREIGN") continue;
    out.push({
      key: `${table2.qualified}|${con.conname}`,
      kind: con.contype === "CONSTR_CHECK" ? "CHECK" : "FOREIGN KEY",
      ref: rangeVarName(con.pktable)?.qualified
    });
  }
  return out;
}
var validate_in_same_transaction_default = defineRule({
  id: "validate-in-same-transaction",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "VALIDATE CONSTRAINT in the same transaction as its NOT VALID constraint",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    const seen = reviewState(ctx, "validate-in-same-transaction", () => /* @__PURE__ */ new Map());
    for (const a of notValidAdds(stmt))
      seen.set(a.key, { migrationId: ctx.migration.id, mode: ctx.migration.transactionMode, kind: a.kind, ref: a.ref });
    if (stmt.kind !== "AlterTableStmt") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== "AT_ValidateConstraint" || !cmd.name) continue;
      const key2 = `${table2.qualified}|${cmd.name}`;
      let added;
      let where = "";
      for (const s of sameTxBefore(ctx, stmt)) {
        const hit = notValidAdds(s).find((a) => a.key === key2);
        if (hit) {
          added = hit;
          where = ctx.tx.explicit ? "inside the same BEGIN … COMMIT block" : "in the same migration, which runs as one transaction";
        }
      }
      const prior = seen.get(key2);
      if (!added && prior && prior.migrationId !== ctx.migration.id && prior.mode === "all-pending" && ctx.migration.transactionMode === "all-pending") {
        added = prior;
        where = `in migration ${prior.migrationId}, and this runner applies all pending migrations in one transaction`;
      }
      if (!added) continue;
      const locks = added.kind === "CHECK" ? `the ACCESS EXCLUSIVE lock that ADD CONSTRAINT … CHECK took on ${table2.qualified}` : `the SHARE ROW EXCLUSIVE locks that ADD FOREIGN KEY took on ${table2.qualified}${added.ref ? ` and ${added.ref}` : ""}`;
      ctx.report({
        stmt,
        object: `${table2.qualified}.${cmd.name}`,
        message: `${cmd.name} was added NOT VALID ${where}. Locks last until commit, so the validation scan runs while ${locks} is still held: ` + (added.kind === "CHECK" ? "every read and write of the table" : "every write to both tables") + " waits for the whole scan, exactly as if NOT VALID had not been used.",
        fix: {
          description: "Commit the NOT VALID constraint first and validate it in a separate transaction: move VALIDATE CONSTRAINT to the next migration (for an explicit block, after its COMMIT).",
          sql: `-- in a separate migration:
ALTER TABLE ${relSql(table2, stmt.node.relation)} VALIDATE CONSTRAINT ${ident(cmd.name)};`
        },
        evidence: { constraint: cmd.name, kind: added.kind }
      });
    }
  }
});

// rules/changing-column-type.ts
var TEXTISH = /* @__PURE__ */ new Set(["text", "varchar"]);
var TIMEISH = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "time", "timetz"]);
function judgeTypeChange(old, neu, pgVersion = 17) {
  if (!old) return { kind: "unknown" };
  if (old.array !== neu.array) return { kind: "rewrite" };
  if (old.name === neu.name && (old.schema ?? "") === (neu.schema ?? "") && sameMods(old.mods, neu.mods)) return { kind: "none" };
  if (old.array) return { kind: "rewrite" };
  const o = old.name;
  const n = neu.name;
  if (TEXTISH.has(o) && n === "text") return { kind: "none" };
  if (TEXTISH.has(o) && n === "varchar") {
    if (!neu.mods.length) return { kind: "none" };
    if (o === "varchar" && old.mods.length && neu.mods[0] >= old.mods[0]) return { kind: "none" };
    return { kind: "rewrite", why: `every value must be checked against the new length limit of ${neu.mods[0]}` };
  }
  if ((TEXTISH.has(o) || o === "citext") && (n === "citext" || o === "citext" && TEXTISH.has(n) && !neu.mods.length))
    return { kind: "indexes", why: `${old.display} and ${neu.display} are binary-coercible, but indexes on the column use a different operator class and are rebuilt` };
  if (o === "numeric" && n === "numeric") {
    if (!neu.mods.length) return { kind: "none" };
    if (old.mods.length) {
      const [p, s = 0] = old.mods;
      const [p2, s2 = 0] = neu.mods;
      if (s2 === s && p2 >= p) return { kind: "none" };
    }
    return { kind: "rewrite", why: "every value must be re-checked or re-rounded to the new precision and scale" };
  }
  if (TIMEISH.has(o) && o === n) {
    const p = old.mods[0] ?? 6;
    const p2 = neu.mods[0] ?? 6;
    if (p2 >= p) return { kind: "none" };
    return { kind: "rewrite", why: "every value must be rounded to the new precision" };
  }
  if (o === "timestamp" && n === "timestamptz" && pgVersion >= 12 && (neu.mods[0] ?? 6) >= (old.mods[0] ?? 6))
    return {
      kind: "conditional",
      why: "since PostgreSQL 12 this change skips the rewrite only when the session TimeZone is UTC; in any other time zone every row is rewritten"
    };
  if (o === "varbit" && n === "varbit" && (!neu.mods.length || old.mods.length && neu.mods[0] >= old.mods[0])) return { kind: "none" };
  if (o === "bit" && n === "varbit" && (!neu.mods.length || old.mods.length && neu.mods[0] >= old.mods[0])) return { kind: "none" };
  if (o === "cidr" && n === "inet") return { kind: "none" };
  if (o === "interval" && n === "interval" && !neu.mods.length) return { kind: "none" };
  return { kind: "rewrite" };
}
function baseOf(ctx, t) {
  for (let i = 0; i < 8 && t && !t.array; i++) {
    const d = ctx.model.domains.get(`${t.schema ?? "public"}.${t.name}`);
    if (!d) break;
    t = typeInfo(d.baseType);
  }
  return t;
}
function judgeWithDomains(ctx, old, neu) {
  const domain = neu.array ? void 0 : ctx.model.domains.get(`${neu.schema ?? "public"}.${neu.name}`);
  const same = old && old.name === neu.name && (old.schema ?? "") === (neu.schema ?? "") && old.array === neu.array;
  if (domain && !same && (!domain.known || domain.checks.length || domain.notNull))
    return domain.known ? { kind: "rewrite", why: `${neu.display} is a domain with ${domain.checks.length ? "CHECK" : "NOT NULL"}, checked against every row` } : judgeTypeChange(old, neu, ctx.settings.pgVersion);
  const from = baseOf(ctx, old);
  const to = baseOf(ctx, neu);
  return from && to ? judgeTypeChange(from, to, ctx.settings.pgVersion) : judgeTypeChange(old, neu, ctx.settings.pgVersion);
}
function sameMods(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function usingIsIdentity(expr, col) {
  if (!expr) return true;
  const e = expr.TypeCast ? expr.TypeCast.arg : expr;
  const ref = strings(e?.ColumnRef?.fields);
  return ref.length > 0 && ref[ref.length - 1] === col && !!e?.ColumnRef;
}
var UTC_NAMES = /^(utc|etc\/utc|gmt|etc\/gmt|etc\/gmt[+-]0|gmt[+-]0|z|zulu|uct|etc\/uct|universal|etc\/universal|utc0|\+00(:00)?|-00(:00)?)$/i;
function sessionIsUtc(stmts, stmt) {
  let utc = false;
  for (const s of stmts) {
    if (s === stmt) break;
    if (s.kind === "VariableSetStmt" && s.node.name === "timezone") {
      const a = s.node.args?.[0]?.A_Const;
      utc = s.node.kind === "VAR_SET_VALUE" && !!a && (a.sval ? UTC_NAMES.test(a.sval.sval ?? "") : a.ival ? (a.ival.ival ?? 0) === 0 : false);
    } else if (s.kind === "SelectStmt" && /set_config\s*\(\s*'timezone'\s*,\s*'(utc|etc\/utc|gmt)'/i.test(s.sql)) utc = true;
  }
  return utc;
}
function spell(typeName, info, quote = false) {
  const parts = strings(typeName?.names).filter((p) => p !== "pg_catalog");
  const last = parts[parts.length - 1];
  if (!last || last === info.name) return info.display;
  return `${parts.map((p) => quote ? ident(p) : p).join(".")}${info.mods.length ? `(${info.mods.join(",")})` : ""}${info.array ? "[]" : ""}`;
}
var changing_column_type_default = defineRule({
  id: "changing-column-type",
  phase: "static",
  severity: "high",
  category: "rewrite",
  title: "Column type change rewrites an existing table",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    const tableSql = relSql(table2, stmt.node.relation);
    checkSetExpression(stmt, ctx, table2, info);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== "AT_AlterColumnType" || !cmd.name) continue;
      const def = cmd.def?.ColumnDef;
      const neu = typeInfo(def?.typeName);
      if (!neu) continue;
      const col = cmd.name;
      const column = info?.columns.get(col);
      const old = column?.type;
      const usingChanges = !usingIsIdentity(def?.raw_default, col);
      let verdict = usingChanges ? { kind: "rewrite", why: "the USING expression computes a new value for every row" } : judgeWithDomains(ctx, old, neu);
      const indexed = info?.indexes.some((i) => i.columns.includes(col));
      if (def?.collClause && verdict.kind === "none") verdict = { kind: "indexes", why: "the collation changes, so indexes on the column are rebuilt" };
      if (verdict.kind === "conditional" && sessionIsUtc(ctx.statements, stmt)) continue;
      if (verdict.kind === "none") continue;
      if (verdict.kind === "indexes" && !indexed) continue;
      const newText = spell(def?.typeName, neu);
      const oldText = old?.display;
      const typeSql = spell(def?.typeName, neu, true);
      const from = oldText && oldText.toLowerCase() !== newText.toLowerCase() ? `${oldText} → ${newText}` : `→ ${newText}`;
      const object = `${table2.qualified}.${col}`;
      let message;
      let severity = "high";
      if (verdict.kind === "rewrite") {
        message = `ALTER COLUMN ${col} TYPE (${from}) rewrites every row of ${table2.qualified} and rebuilds all of its indexes while holding an ACCESS EXCLUSIVE lock` + (verdict.why ? ` (${verdict.why})` : "") + `: every read and write of the table waits for the whole rewrite, which on a large table is minutes to hours, and it needs disk space for a second copy of the table.`;
      } else if (verdict.kind === "indexes") {
        message = `ALTER COLUMN ${col} TYPE (${from}) does not rewrite ${table2.qualified}, but ${verdict.why}, under an ACCESS EXCLUSIVE lock that blocks every read and write until they are built.`;
      } else if (verdict.kind === "conditional") {
        severity = "medium";
        message = `ALTER COLUMN ${col} TYPE (${from}) takes an ACCESS EXCLUSIVE lock on ${table2.qualified}; ${verdict.why}, blocking reads and writes for the whole rewrite.`;
      } else {
        severity = "medium";
        message = `pgreview cannot see the current type of ${object}. Unless the change is one Postgres makes without a rewrite (a longer varchar, varchar → text, more numeric precision at the same scale, cidr → inet…), ALTER COLUMN TYPE rewrites every row of ${table2.qualified} and rebuilds its indexes under an ACCESS EXCLUSIVE lock, blocking reads and writes throughout.`;
      }
      const limit = neu.name === "varchar" && neu.mods.length ? neu.mods[0] : void 0;
      const fix = verdict.kind === "conditional" ? {
        description: "Run the change with the session time zone set to UTC, so that PostgreSQL 12+ skips the rewrite. The existing values are then read as UTC times: right only if that is what they hold (otherwise the conversion needs the rewrite, or an expand/contract migration).",
        sql: ctx.tx.inTransaction ? `SET LOCAL timezone = 'UTC';
${stmt.sql};` : `SET timezone = 'UTC';
${stmt.sql};
RESET timezone;`
      } : limit !== void 0 && (!old || TEXTISH.has(old.name)) ? {
        description: "To enforce a maximum length, keep the column type (text or a wider varchar) and add a CHECK constraint NOT VALID, then validate it in a separate migration: no rewrite, and validation does not block reads or writes.",
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(`${table2.name}_${col}_length`)} CHECK (char_length(${ident(col)}) <= ${limit}) NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(`${table2.name}_${col}_length`)};`
      } : {
        description: "Change the type without a long lock by expanding and contracting: add a new column of the new type, keep it in sync for new writes (a trigger, or the application writing both), backfill existing rows in small batches, move readers to it, then drop the old column and rename. On a small table, run the change with a short lock_timeout in a quiet period.",
        sql: `ALTER TABLE ${tableSql} ADD COLUMN ${ident(col + "_new")} ${typeSql};
-- keep ${col}_new in sync (trigger), then backfill in batches, e.g.:
-- UPDATE ${tableSql} SET ${ident(col + "_new")} = ${ident(col)}::${typeSql} WHERE <key range> AND ${ident(col + "_new")} IS NULL;
-- after the application reads ${col}_new:
-- ALTER TABLE ${tableSql} DROP COLUMN ${ident(col)};
-- ALTER TABLE ${tableSql} RENAME COLUMN ${ident(col + "_new")} TO ${ident(col)};`
      };
      ctx.report({ stmt, location: def?.location, object, message, severity, fix, evidence: { from: old?.display, to: neu.display, lock: "ACCESS EXCLUSIVE", rewrite: verdict.kind } });
    }
  }
});
function columnDef(info, col) {
  const node = info?.columns.get(col)?.origin.statement.node;
  const defs = [...node?.tableElts ?? [], ...(node?.cmds ?? []).map((c) => c?.AlterTableCmd?.subtype === "AT_AddColumn" ? c.AlterTableCmd.def : void 0)];
  return defs.map((d) => d?.ColumnDef).find((d) => d?.colname === col);
}
function exprSql(expr) {
  return deparse("SelectStmt", { targetList: [{ ResTarget: { val: expr } }], limitOption: "LIMIT_OPTION_DEFAULT", op: "SETOP_NONE" })?.replace(/^SELECT /, "");
}
function onNewRow(expr) {
  return renameColumnRefs(expr, (f) => f.length === 1 && f[0]?.String ? [{ String: { sval: "new" } }, f[0]] : void 0);
}
function checkSetExpression(stmt, ctx, table2, info) {
  const cmds = (stmt.node.cmds ?? []).map((c) => c?.AlterTableCmd).filter((cmd) => cmd?.subtype === "AT_SetExpression" && cmd.name && cmd.def);
  const stored = cmds.filter((cmd) => !columnDef(info, cmd.name)?.constraints?.some((k) => k?.Constraint?.contype === "CONSTR_GENERATED" && k.Constraint.generated_kind === "v"));
  if (!stored.length) return;
  const tableSql = relSql(table2, stmt.node.relation);
  const replaced = (stmt.node.cmds ?? []).map(
    (c) => stored.includes(c?.AlterTableCmd) ? { AlterTableCmd: { subtype: "AT_DropExpression", name: c.AlterTableCmd.name, behavior: "DROP_RESTRICT" } } : c
  );
  const drop = alterSql(stmt, replaced);
  const parts = stored.map((cmd) => ({ col: cmd.name, expr: exprSql(cmd.def), onNew: exprSql(onNewRow(cmd.def)) }));
  const schemaSql = ident(table2.schema);
  const sql = drop && parts.every((p) => p.expr && p.onNew) ? [
    drop,
    ...parts.flatMap(({ col, onNew }) => {
      const fn = `${schemaSql}.${ident(`${table2.name}_${col}_compute`)}`;
      return [
        `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  new.${ident(col)} := ${onNew};
  RETURN new;
END
$$;`,
        `CREATE TRIGGER ${ident(`${table2.name}_${col}_compute`)} BEFORE INSERT OR UPDATE ON ${tableSql} FOR EACH ROW EXECUTE FUNCTION ${fn}();`
      ];
    }),
    ...parts.map(({ col, expr }) => `-- backfill in batches: UPDATE ${tableSql} SET ${ident(col)} = ${expr} WHERE <key range>;`)
  ].join("\n") : void 0;
  const virtual = ctx.settings.pgVersion >= 18 ? " On PostgreSQL 18, a VIRTUAL generated column with the new expression is added without a rewrite (computed on read; it cannot be indexed): move readers to it, then drop the old column." : "";
  for (const cmd of stored) {
    ctx.report({
      stmt,
      location: cmd.def.location,
      object: `${table2.qualified}.${cmd.name}`,
      title: "Generated column expression change rewrites an existing table",
      message: `ALTER COLUMN ${cmd.name} SET EXPRESSION recomputes the stored generated column for every row: Postgres rewrites all of ${table2.qualified} and rebuilds all of its indexes while holding an ACCESS EXCLUSIVE lock (even when the expression is unchanged). Every read and write of the table waits for the whole rewrite, which on a large table is minutes to hours, and it needs disk space for a second copy of the table.`,
      fix: {
        description: "On a small table, or in a maintenance window with a short lock_timeout, accept the rewrite. Otherwise change how the column is computed without one: DROP EXPRESSION makes it a plain column that keeps its values (a catalog change, no rewrite), a BEFORE INSERT OR UPDATE trigger computes the new expression for every row written from then on, and a batched backfill recomputes the existing rows. The column is then no longer GENERATED (a write to it is overridden by the trigger), and making it generated again would rewrite the table." + virtual,
        sql
      },
      evidence: { lock: "ACCESS EXCLUSIVE", rewrite: "rewrite", expression: true }
    });
  }
}

// rules/adding-field-with-default.ts
function withValueAs(expr, col) {
  return renameColumnRefs(expr, (f) => f.length === 1 && f[0]?.String?.sval === "value" ? [{ String: { sval: col } }] : void 0);
}
var adding_field_with_default_default = defineRule({
  id: "adding-field-with-default",
  phase: "static",
  severity: "high",
  category: "rewrite",
  title: "New column forces a table rewrite",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const tableSql = relSql(table2, stmt.node.relation);
    const pg = ctx.settings.pgVersion;
    for (const c of stmt.node.cmds ?? []) {
      let afterBackfill2 = function() {
        const later = constraintsLater(ctx, stmt, table2, col);
        return later.length ? [`-- then this column's constraints, on the filled column:`, ...later] : [];
      }, domainAsChecks2 = function(domain) {
        const names = new ConstraintNamer(ctx, stmt, table2);
        const onColumn = (expr) => withValueAs(expr, name);
        const exprs = [...domain.checks.map((c2) => onColumn(c2.expr)), ...domain.notNull ? [{ NullTest: { arg: { ColumnRef: { fields: [{ String: { sval: name } }] } }, nulltesttype: "IS_NOT_NULL" } }] : []];
        const checks = exprs.map((expr) => notValidCopy({ contype: "CONSTR_CHECK", raw_expr: expr, initially_valid: true }, names.check(expr)));
        const own = columnConstraints(col).some((x) => x.contype === "CONSTR_DEFAULT");
        const inherited = !own && domain.default ? [{ Constraint: { contype: "CONSTR_DEFAULT", raw_expr: domain.default } }] : [];
        const bare2 = { ...cmd, def: { ColumnDef: { ...col, typeName: domain.baseType, constraints: [...col.constraints ?? [], ...inherited] } } };
        const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare2 }, ...checks.map((con) => ({ AlterTableCmd: { subtype: "AT_AddConstraint", def: { Constraint: con } } }))]));
        return {
          description: "Add the column with the domain's base type and, in the same statement, the domain's constraints as CHECK constraints NOT VALID (enforced for new rows at once, no rewrite, no scan); validate them in a separate transaction (a later migration), which scans under SHARE UPDATE EXCLUSIVE and lets reads and writes go on. The column is then not of the domain type (changing it to the domain later rewrites the table too). On a small table, accepting the rewrite in a quiet period is simpler.",
          sql: add ? [add, ...checks.map((con) => validateLater(stmt, table2, con.conname))].join("\n") : void 0
        };
      }, defaultLater2 = function() {
        const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: { ...cmd, def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x) => !["CONSTR_DEFAULT", "CONSTR_NOTNULL"].includes(x?.Constraint?.contype)) } } } }]));
        const setDefault = alterSql(stmt, [{ AlterTableCmd: { subtype: "AT_ColumnDefault", name, def, behavior: "DROP_RESTRICT" } }]);
        return {
          description: "Add the column without the default, then set the default in a separate statement: it applies only to rows inserted from then on, so nothing is rewritten. Backfill existing rows in small batches, and add NOT NULL afterwards without a long scan (see setting-not-null-field).",
          sql: [add, setDefault, `-- backfill in batches: UPDATE ${tableSql} SET ${colSql} = <default> WHERE ${colSql} IS NULL AND <key range>;`].filter(Boolean).join("\n")
        };
      };
      var afterBackfill = afterBackfill2, domainAsChecks = domainAsChecks2, defaultLater = defaultLater2;
      const cmd = c?.AlterTableCmd;
      const col = cmd?.def?.ColumnDef;
      if (cmd?.subtype !== "AT_AddColumn" || !col?.colname) continue;
      const rewrite = addColumnRewrite(col, ctx);
      if (!rewrite) continue;
      const type = typeInfo(col.typeName);
      const def = columnConstraints(col).find((x) => x.contype === "CONSTR_DEFAULT")?.raw_expr;
      const name = col.colname;
      const colSql = ident(name);
      const bareType = type?.display ?? "bigint";
      let why;
      let fix;
      if (rewrite.kind === "generated") {
        why = `a STORED generated column is computed and written for every existing row`;
        fix = {
          description: (pg >= 18 ? "On PostgreSQL 18 a VIRTUAL generated column (computed on read) needs no rewrite. Otherwise add " : "Add ") + "a plain nullable column, fill it for new rows with a trigger, and backfill existing rows in small batches.",
          sql: [`ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${bareType};`, `-- a BEFORE INSERT OR UPDATE trigger keeps ${name} computed; then backfill in batches`, ...afterBackfill2()].join("\n")
        };
      } else if (rewrite.kind === "identity" || rewrite.kind === "serial") {
        const seq = `${table2.name}_${name}_seq`;
        const intType = rewrite.kind === "serial" ? /^(bigserial|serial8)$/.test(rewrite.type.name) ? "bigint" : /^(smallserial|serial2)$/.test(rewrite.type.name) ? "smallint" : "integer" : bareType;
        why = rewrite.kind === "identity" ? "an identity column draws a sequence value for every existing row" : `${rewrite.type.name} draws a sequence value (nextval) for every existing row`;
        fix = {
          description: "Add a plain nullable column, attach a sequence default (applies to new rows only, no rewrite), and backfill existing rows in small batches; make it NOT NULL afterwards without a long scan (see setting-not-null-field).",
          sql: `ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${intType};
CREATE SEQUENCE ${ident(seq)} OWNED BY ${tableSql}.${colSql};
ALTER TABLE ${tableSql} ALTER COLUMN ${colSql} SET DEFAULT nextval('${seq}');
-- backfill in batches: UPDATE ${tableSql} SET ${colSql} = nextval('${seq}') WHERE ${colSql} IS NULL AND <key range>;` + afterBackfill2().map((line) => `
${line}`).join("")
        };
      } else if (rewrite.kind === "domain") {
        const kinds = [rewrite.domain.checks.length ? "CHECK" : "", rewrite.domain.notNull ? "NOT NULL" : ""].filter(Boolean).join(" and ");
        why = `its type ${rewrite.name} is a domain with ${kinds}, which Postgres checks against every existing row by rewriting the table (with or without a default)`;
        fix = domainAsChecks2(rewrite.domain);
      } else if (rewrite.kind === "volatile") {
        why = `its default calls ${rewrite.fn}(), which is volatile, so it is evaluated and written for every existing row`;
        fix = defaultLater2();
      } else {
        why = `before PostgreSQL 11 any non-NULL default is written into every existing row (the target is PostgreSQL ${pg})`;
        fix = defaultLater2();
      }
      ctx.report({
        stmt,
        location: col.location,
        object: `${table2.qualified}.${name}`,
        message: `ADD COLUMN ${name} rewrites all of ${table2.qualified}: ${why}. The rewrite holds an ACCESS EXCLUSIVE lock, so every read and write of the table waits until it finishes (minutes to hours on a large table), and it needs disk space for a second copy of the table.`,
        fix,
        evidence: { lock: "ACCESS EXCLUSIVE", rewrite: true }
      });
    }
  }
});

// rules/_changes-util.ts
function unitOf(set, m) {
  return m.status === "base" ? "base" : set.changedSource === "all" ? `migration:${m.id}` : "pr";
}
function isNewColumn(ctx, col) {
  return !!col && col.origin.unit === unitOf(ctx.set, ctx.migration);
}
function isBegin(s) {
  return s.kind === "TransactionStmt" && (s.node.kind === "TRANS_STMT_BEGIN" || s.node.kind === "TRANS_STMT_START");
}
function isEnd(s) {
  return s.kind === "TransactionStmt" && ["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"].includes(s.node.kind);
}
function cannotRunInTransaction(s, pgVersion) {
  const n = s.node;
  switch (s.kind) {
    case "IndexStmt":
      return !!n.concurrent;
    case "DropStmt":
      return !!n.concurrent;
    case "ReindexStmt":
      return (n.params ?? []).some((p) => p?.DefElem?.defname === "concurrently");
    case "VacuumStmt":
      return n.is_vacuumcmd !== false;
    case "AlterSystemStmt":
    case "CreatedbStmt":
    case "DropdbStmt":
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
      return true;
    case "AlterEnumStmt":
      return pgVersion < 12 && !!n.newVal && !n.oldVal;
    default:
      return false;
  }
}
function colType(colDef) {
  return typeInfo(colDef?.typeName);
}
var COLUMN_SITE_STATEMENTS = ["CreateStmt", "AlterTableStmt"];
function columnSites(stmt) {
  let sites = columnSitesOf.get(stmt);
  if (!sites) columnSitesOf.set(stmt, sites = readColumnSites(stmt));
  return sites;
}
var columnSitesOf = /* @__PURE__ */ new WeakMap();
function readColumnSites(stmt) {
  const n = stmt.node;
  const out = [];
  if (stmt.kind === "CreateStmt") {
    for (const e of n.tableElts ?? []) {
      const def = e?.ColumnDef;
      if (def?.colname && def.typeName) out.push({ def, table: n.relation, via: "create", name: def.colname, location: def.location });
    }
  } else if (stmt.kind === "AlterTableStmt" && (n.objtype ?? "OBJECT_TABLE") === "OBJECT_TABLE") {
    for (const c of n.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const def = cmd?.def?.ColumnDef;
      if (!def?.typeName) continue;
      if (cmd.subtype === "AT_AddColumn" && def.colname) out.push({ def, table: n.relation, via: "add", name: def.colname, location: def.location });
      else if (cmd.subtype === "AT_AlterColumnType" && cmd.name) out.push({ def, table: n.relation, via: "type", name: cmd.name, location: def.location });
    }
  }
  return out;
}
function ident3(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function qname(q) {
  return q.schema === "public" ? ident3(q.name) : `${ident3(q.schema)}.${ident3(q.name)}`;
}

// rules/adding-required-field.ts
function emptiedEarlier(stmts, stmt, table2) {
  const first = emptiedAt(stmts).get(table2);
  if (first === void 0) return false;
  const pos = stmts[stmt.index] === stmt ? stmt.index : stmts.indexOf(stmt);
  return pos < 0 || first < pos;
}
var emptied = /* @__PURE__ */ new WeakMap();
function emptiedAt(stmts) {
  let m = emptied.get(stmts);
  if (m) return m;
  m = /* @__PURE__ */ new Map();
  stmts.forEach((s, i) => {
    const tables = s.kind === "TruncateStmt" ? (s.node.relations ?? []).map((r) => rangeVarName(r?.RangeVar)?.qualified) : s.kind === "DeleteStmt" && !s.node.whereClause ? [rangeVarName(s.node.relation)?.qualified] : [];
    for (const t of tables) if (t && !m.has(t)) m.set(t, i);
  });
  emptied.set(stmts, m);
  return m;
}
function addsNotNullColumn(c) {
  const cmd = c?.AlterTableCmd;
  const col = cmd?.subtype === "AT_AddColumn" ? cmd.def?.ColumnDef : void 0;
  return !!col?.colname && columnConstraints(col).some((x) => x.contype === "CONSTR_NOTNULL" || x.contype === "CONSTR_PRIMARY");
}
var adding_required_field_default = defineRule({
  id: "adding-required-field",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "NOT NULL column added without a default",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    if (!(stmt.node.cmds ?? []).some(addsNotNullColumn)) return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2) return;
    const info = ctx.table(table2);
    const seeded = ctx.isNew(table2) && !!info?.seeded;
    if (!ctx.isExisting(table2) && !seeded) return;
    if (emptiedEarlier(ctx.statements, stmt, table2.qualified)) return;
    const tableSql = relSql(table2, stmt.node.relation);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const col = cmd?.def?.ColumnDef;
      if (cmd?.subtype !== "AT_AddColumn" || !col?.colname) continue;
      const cons = columnConstraints(col);
      const notNull = cons.find((x) => x.contype === "CONSTR_NOTNULL" || x.contype === "CONSTR_PRIMARY");
      if (!notNull) continue;
      const def = cons.find((x) => x.contype === "CONSTR_DEFAULT")?.raw_expr;
      const nullDefault = isNullConst(def);
      if (def && !nullDefault || cons.some((x) => x.contype === "CONSTR_IDENTITY" || x.contype === "CONSTR_GENERATED")) continue;
      if (isSerial(typeInfo(col.typeName))) continue;
      const name = col.colname;
      const nullable = alterSql(
        stmt,
        inPlaceOf(stmt, cmd, [
          {
            AlterTableCmd: {
              ...cmd,
              def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x) => !["CONSTR_NOTNULL", "CONSTR_PRIMARY", "CONSTR_DEFAULT"].includes(x?.Constraint?.contype)) } }
            }
          }
        ])
      );
      const pk = notNull.contype === "CONSTR_PRIMARY";
      ctx.report({
        stmt,
        location: col.location,
        object: `${table2.qualified}.${name}`,
        severity: seeded ? "critical" : void 0,
        message: `ADD COLUMN ${name} … ${pk ? "PRIMARY KEY" : "NOT NULL"} without a default fills existing rows with NULL, so it fails with 'column "${name}" of relation "${table2.name}" contains null values' ` + (seeded ? `— and ${table2.qualified} has rows: the migrations insert into it earlier in this pull request. The deploy fails here.` : `as soon as ${table2.qualified} has a single row. The deploy fails ${failureEffect(ctx.migration, ctx.statements, stmt)}.`),
        fix: {
          description: (ctx.settings.pgVersion >= 11 ? "Give the column a constant default (instant on PostgreSQL 11+, no rewrite), or add it nullable, backfill it, and then add NOT NULL" : "Add it nullable, backfill it in batches, and then add NOT NULL") + " without a long scan (see setting-not-null-field).",
          sql: nullable ? `${nullable}
-- backfill: UPDATE ${tableSql} SET ${ident(name)} = … WHERE ${ident(name)} IS NULL;
-- then make it NOT NULL (see setting-not-null-field)` : void 0
        }
      });
    }
  }
});

// rules/setting-not-null-field.ts
function impliesNotNull(expr, col) {
  if (!expr) return false;
  const nt = expr.NullTest;
  if (nt && nt.nulltesttype === "IS_NOT_NULL" && !nt.argisrow) {
    const f = strings(nt.arg?.ColumnRef?.fields);
    return f.length > 0 && f[f.length - 1] === col;
  }
  const b = expr.BoolExpr;
  if (b?.boolop === "AND_EXPR") return (b.args ?? []).some((a) => impliesNotNull(a, col));
  return false;
}
var setting_not_null_field_default = defineRule({
  id: "setting-not-null-field",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "SET NOT NULL scans an existing table under ACCESS EXCLUSIVE",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    const pg = ctx.settings.pgVersion;
    const tableSql = relSql(table2, stmt.node.relation);
    const addedHere = /* @__PURE__ */ new Set();
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype === "AT_AddColumn" && cmd.def?.ColumnDef?.colname) addedHere.add(cmd.def.ColumnDef.colname);
      if (cmd?.subtype !== "AT_SetNotNull" || !cmd.name) continue;
      const col = cmd.name;
      if (addedHere.has(col)) continue;
      const column = info?.columns.get(col);
      if (column?.notNull) continue;
      if (pg >= 12 && (info?.checks ?? []).some((ch) => ch.validated && impliesNotNull(ch.expr, col))) continue;
      const check = `${table2.name}_${col}_not_null`;
      const fix = pg >= 18 ? {
        description: "On PostgreSQL 18, add the NOT NULL constraint NOT VALID (no scan, enforced for new rows at once) and validate it in a separate migration: VALIDATE scans under SHARE UPDATE EXCLUSIVE, which does not block reads or writes, and marks the column NOT NULL.",
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(check)} NOT NULL ${ident(col)} NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(check)};`
      } : pg >= 12 ? {
        description: "Prove the column has no NULLs without a blocking scan: add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a separate migration (SHARE UPDATE EXCLUSIVE: reads and writes continue), then SET NOT NULL, which uses the validated check instead of scanning, and drop the check.",
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(check)} CHECK (${ident(col)} IS NOT NULL) NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(check)};
-- then (instant: the validated check proves it):
ALTER TABLE ${tableSql} ALTER COLUMN ${ident(col)} SET NOT NULL;
ALTER TABLE ${tableSql} DROP CONSTRAINT ${ident(check)};`
      } : {
        description: `Before PostgreSQL 12 SET NOT NULL always scans (the target is PostgreSQL ${pg}). Enforce the rule with a CHECK (col IS NOT NULL) constraint added NOT VALID and validated in a separate migration instead, or run SET NOT NULL in a quiet period with a short lock_timeout.`,
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(check)} CHECK (${ident(col)} IS NOT NULL) NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(check)};`
      };
      ctx.report({
        stmt,
        object: `${table2.qualified}.${col}`,
        message: `ALTER COLUMN ${col} SET NOT NULL takes an ACCESS EXCLUSIVE lock on ${table2.qualified} and reads every row to prove there is no NULL: every read and write of the table waits for the whole scan, which on a large table is minutes.`,
        fix,
        evidence: { lock: "ACCESS EXCLUSIVE", scan: true }
      });
    }
  }
});

// rules/disallowed-unique-constraint.ts
var disallowed_unique_constraint_default = defineRule({
  id: "disallowed-unique-constraint",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "UNIQUE constraint builds its index under ACCESS EXCLUSIVE",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const partitioned = !!ctx.table(table2)?.partitioned;
    const how = txHow(ctx);
    for (const hit of indexConstraintHits(stmt, "CONSTR_UNIQUE", table2)) {
      ctx.report({
        stmt,
        location: hit.location,
        object: `${table2.qualified}.${hit.name}`,
        message: `${hit.viaColumn ? `ADD COLUMN ${hit.viaColumn} … UNIQUE` : "ADD CONSTRAINT … UNIQUE"} builds a unique index over every row of ${table2.qualified} while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the index is built, which on a large table is minutes.`,
        fix: partitioned ? {
          description: "On a partitioned table neither CONCURRENTLY nor USING INDEX works on the parent. On each partition, build the index with CREATE UNIQUE INDEX CONCURRENTLY and promote it with ALTER TABLE <partition> ADD CONSTRAINT … UNIQUE USING INDEX (a brief lock); then adding the constraint to the parent attaches those constraints instead of building new indexes under the lock."
        } : {
          description: "Build the unique index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction block; reads and writes continue), then turn it into the constraint with ADD CONSTRAINT … UNIQUE USING INDEX, which only needs a brief lock." + (how ? " " + nonTxAdvice(ctx, how) : ""),
          sql: hit.sql
        },
        evidence: { lock: "ACCESS EXCLUSIVE", columns: hit.columns }
      });
    }
  }
});

// rules/adding-primary-key-constraint.ts
var adding_primary_key_constraint_default = defineRule({
  id: "adding-primary-key-constraint",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "PRIMARY KEY builds its index under ACCESS EXCLUSIVE",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    const how = txHow(ctx);
    for (const hit of indexConstraintHits(stmt, "CONSTR_PRIMARY", table2)) {
      const nullable = hit.viaColumn ? [] : hit.columns.filter((c) => info?.columns.get(c) && !info.columns.get(c).notNull);
      ctx.report({
        stmt,
        location: hit.location,
        object: `${table2.qualified}.${hit.name}`,
        message: `${hit.viaColumn ? `ADD COLUMN ${hit.viaColumn} … PRIMARY KEY` : "ADD PRIMARY KEY"} builds a unique index over every row of ${table2.qualified} while holding an ACCESS EXCLUSIVE lock` + (nullable.length ? `, and first scans the table to make ${nullable.join(", ")} NOT NULL` : "") + `: every read and write of the table waits until it is done, which on a large table is minutes.`,
        fix: info?.partitioned ? {
          description: "On a partitioned table neither CONCURRENTLY nor USING INDEX works on the parent. On each partition, build the index with CREATE UNIQUE INDEX CONCURRENTLY and promote it with ALTER TABLE <partition> ADD CONSTRAINT … PRIMARY KEY USING INDEX (a brief lock); then adding the constraint to the parent attaches those constraints instead of building new indexes under the lock."
        } : {
          description: "Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction block; reads and writes continue), then promote it with ADD CONSTRAINT … PRIMARY KEY USING INDEX, which only needs a brief lock." + (nullable.length ? ` The key columns must already be NOT NULL, or the promotion scans the table under the lock: make ${nullable.join(", ")} NOT NULL first through a validated CHECK (see setting-not-null-field).` : "") + (how ? " " + nonTxAdvice(ctx, how) : ""),
          sql: hit.sql
        },
        evidence: { lock: "ACCESS EXCLUSIVE", columns: hit.columns }
      });
    }
  }
});

// rules/concurrently-in-transaction.ts
function concurrentKind(stmt) {
  const n = stmt.node;
  switch (stmt.kind) {
    case "IndexStmt":
      return n.concurrent ? "CREATE INDEX CONCURRENTLY" : void 0;
    case "DropStmt":
      return n.concurrent && n.removeType === "OBJECT_INDEX" ? "DROP INDEX CONCURRENTLY" : void 0;
    case "ReindexStmt":
      return hasOption(n.params, "concurrently") ? "REINDEX CONCURRENTLY" : void 0;
    case "AlterTableStmt":
      return (n.cmds ?? []).some((c) => c?.AlterTableCmd?.subtype === "AT_DetachPartition" && c.AlterTableCmd.def?.PartitionCmd?.concurrent) ? "ALTER TABLE … DETACH PARTITION … CONCURRENTLY" : void 0;
    default:
      return void 0;
  }
}
var concurrently_in_transaction_default = defineRule({
  id: "concurrently-in-transaction",
  phase: "static",
  severity: "critical",
  category: "deploy",
  title: "CONCURRENTLY inside a transaction block",
  statements: ["IndexStmt", "DropStmt", "ReindexStmt", "AlterTableStmt"],
  check(stmt, ctx) {
    const kind = concurrentKind(stmt);
    if (!kind) return;
    const how = txHow(ctx);
    if (!how) return;
    const errorName = kind.startsWith("ALTER TABLE") ? "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY" : kind;
    const why = how === "explicit" ? "it sits inside the BEGIN … COMMIT block written in the file" : how === "implicit" ? `the runner sends this ${ctx.statements.length}-statement file as one query string, which PostgreSQL runs as one implicit transaction` : `the runner wraps the migration in a transaction (${ctx.migration.transactionNote})`;
    const supabaseHandles = how === "wrapped" && ctx.set.layout === "supabase";
    const n = stmt.node;
    const rel2 = rangeVarName(n.relation);
    const object = stmt.kind === "IndexStmt" ? rel2 && (n.idxname ? `${rel2.schema}.${n.idxname}` : rel2.qualified) : stmt.kind === "DropStmt" ? listName(n.objects?.[0]?.List?.items)?.qualified : rel2?.qualified;
    ctx.report({
      stmt,
      object,
      severity: supabaseHandles ? "low" : void 0,
      message: supabaseHandles ? `${kind} cannot run inside a transaction block. Supabase CLI v2.109 and later run it on its own, outside the migration's transaction; older CLIs (and other tools applying these files) fail with "${errorName} cannot run inside a transaction block".` : `${kind} cannot run inside a transaction block, and ${why}: the deploy fails with "${errorName} cannot run inside a transaction block"` + (how === "explicit" || ctx.statements.length > 1 ? ", after the statements before it may have run (or been rolled back, depending on the runner)." : "."),
      fix: { description: nonTxAdvice(ctx, how) },
      evidence: { transaction: how, note: ctx.migration.transactionNote }
    });
  }
});

// rules/require-lock-timeout.ts
var newWeakSet = () => /* @__PURE__ */ new WeakSet();
var LOCKING = new Set(STRONG_LOCK_STATEMENTS);
function setConfigBefore(stmts, stmt) {
  let first = setConfigAt.get(stmts);
  if (first === void 0) {
    first = stmts.findIndex((s) => s.kind === "SelectStmt" && /set_config\s*\(\s*'lock_timeout'\s*,\s*'(?!0'|0ms'|0s')[^']+'/i.test(s.sql));
    setConfigAt.set(stmts, first);
  }
  if (first < 0) return false;
  const pos = stmts[stmt.index] === stmt ? stmt.index : stmts.indexOf(stmt);
  return pos < 0 ? true : first < pos;
}
var setConfigAt = /* @__PURE__ */ new WeakMap();
function isLockTimeoutSet(s) {
  return s.kind === "VariableSetStmt" && s.node.name === "lock_timeout" && s.node.kind === "VAR_SET_VALUE" || s.kind === "SelectStmt" && /set_config\s*\(\s*'lock_timeout'/i.test(s.sql);
}
function existingLocks(stmt, ctx, created) {
  return existingOf(strongLocks(stmt, ctx), ctx, created);
}
function existingOf(locks, ctx, created) {
  return locks.filter((l) => {
    const known = ctx.table(l.table);
    if (!known && created.has(l.table)) return false;
    if (isView(known)) return false;
    return ctx.isExisting(l.table);
  });
}
var require_lock_timeout_default = defineRule({
  id: "require-lock-timeout",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "Strong lock taken without lock_timeout",
  // The statements that can take a strong lock; the lock_timeout that ends the list below is looked for in all of them.
  statements: STRONG_LOCK_STATEMENTS,
  check(stmt, ctx) {
    if (ctx.tx.lockTimeout || setConfigBefore(ctx.statements, stmt)) return;
    const reported = reviewState(ctx, "require-lock-timeout", newWeakSet);
    if (reported.has(ctx.source)) return;
    const locks = strongLocks(stmt, ctx);
    if (!locks.length) return;
    const created = createdInSource(ctx);
    const first = existingOf(locks, ctx, created);
    if (!first.length) return;
    reported.add(ctx.source);
    const tables = /* @__PURE__ */ new Map();
    const rank2 = (m) => m === "ACCESS EXCLUSIVE" ? 3 : m === "EXCLUSIVE" ? 2 : 1;
    const pos = ctx.statements.indexOf(stmt);
    for (const s of ctx.statements.slice(pos < 0 ? 0 : pos)) {
      if (s !== stmt && isLockTimeoutSet(s)) break;
      if (s !== stmt && !LOCKING.has(s.kind)) continue;
      for (const l of s === stmt ? first : existingLocks(s, ctx, created)) {
        const prev = tables.get(l.table);
        if (!prev || rank2(l.mode) > rank2(prev)) tables.set(l.table, l.mode);
      }
    }
    const listed = [];
    const evidenceTables = {};
    let blocksReads2 = false;
    tables.forEach((m, t) => {
      listed.push(`${t} (${m})`);
      evidenceTables[t] = m;
      if (m === "ACCESS EXCLUSIVE") blocksReads2 = true;
    });
    const list2 = listed.join(", ");
    const local = ctx.tx.inTransaction;
    ctx.report({
      stmt,
      object: first[0].table,
      severity: blocksReads2 ? void 0 : "low",
      message: `This migration takes strong locks on existing tables without a lock_timeout: ${list2}. A lock request waits behind every transaction already using the table ` + (blocksReads2 ? `(a long query, a session idle in transaction), and while it waits every new query on the table, plain SELECTs included, queues behind it: a migration that would take milliseconds can stall the application for as long as the oldest transaction runs.` : `(a long query, a session idle in transaction), and while it waits every new INSERT, UPDATE and DELETE on the table queues behind it; reads go on. The stall lasts as long as the oldest transaction runs.`),
      fix: {
        description: `Set a short lock_timeout before the first such statement, so that the migration fails fast instead of blocking traffic, and retry it (the deploy job, or a retry loop) until it gets the lock at a quiet moment.` + (local ? " SET LOCAL keeps the setting to this migration's transaction." : ""),
        sql: local ? `SET LOCAL lock_timeout = '5s';` : `SET lock_timeout = '5s';`
      },
      evidence: { tables: evidenceTables }
    });
  }
});

// rules/enum-value-in-same-transaction.ts
var ENDS2 = /* @__PURE__ */ new Set(["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED", "TRANS_STMT_PREPARE"]);
function typeMatches(typeName, t) {
  const q = listName(typeName?.names);
  if (!q) return false;
  return q.name === t.name && (!typeName.names || strings(typeName.names).length < 2 || q.schema === t.schema);
}
function usage(stmt, p, ctx) {
  if (stmt.kind === "DoStmt") {
    return stmt.sql.includes(`'${p.label.replace(/'/g, "''")}'`) ? -1 : void 0;
  }
  if (stmt.kind === "CreateFunctionStmt" || stmt.kind === "AlterEnumStmt" || stmt.kind === "CommentStmt") return void 0;
  const literals = [];
  const tables = /* @__PURE__ */ new Set();
  let enumColumnDefault = false;
  walk(stmt.node, (key2, value) => {
    if (key2 === "TypeCast" && value.arg?.A_Const?.sval?.sval === p.label && typeMatches(value.typeName, p.type)) literals.push({ loc: value.location ?? -1, cast: true });
    else if (key2 === "A_Const" && value.sval?.sval === p.label) literals.push({ loc: value.location ?? -1, cast: false });
    else if ((key2 === "RangeVar" || key2 === "relation") && typeof value.relname === "string") {
      const q = rangeVarName(value);
      if (q) tables.add(q.qualified);
    } else if (key2 === "ColumnDef" && typeMatches(value.typeName, p.type)) {
      for (const c of value.constraints ?? []) if (c?.Constraint?.contype === "CONSTR_DEFAULT" && c.Constraint.raw_expr?.A_Const?.sval?.sval === p.label) enumColumnDefault = true;
    }
  });
  if (!literals.length) return void 0;
  const cast = literals.find((l) => l.cast);
  if (cast) return cast.loc;
  if (enumColumnDefault) return literals[0].loc;
  const usesEnum = (qualified) => [...ctx.table(qualified)?.columns.values() ?? []].some((c) => c.type?.name === p.type.name.toLowerCase() || c.type?.name === p.type.name);
  if ([...tables].some(usesEnum)) return literals[0].loc;
  const anyTable = [...ctx.model.tables.keys()].some(usesEnum);
  return anyTable ? void 0 : literals[0].loc;
}
var noPending = () => [];
var enum_value_in_same_transaction_default = defineRule({
  id: "enum-value-in-same-transaction",
  phase: "static",
  severity: "critical",
  category: "deploy",
  title: "New enum value used in the transaction that adds it",
  // Every statement: a label added earlier may be used by any statement after it, and COMMIT ends the wait.
  statements: "every",
  check(stmt, ctx) {
    const pending = reviewState(ctx, "enum-value-in-same-transaction", noPending);
    const allPending = ctx.migration.transactionMode === "all-pending";
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i].source !== ctx.source && !pending[i].allPending) pending.splice(i, 1);
    if (pending.length) for (const p of [...pending]) {
      const same = p.source === ctx.source || p.allPending && allPending;
      if (!same) continue;
      const loc = usage(stmt, p, ctx);
      if (loc === void 0) continue;
      pending.splice(pending.indexOf(p), 1);
      const typeName = p.type.schema === "public" ? p.type.name : p.type.qualified;
      ctx.report({
        stmt,
        location: loc >= 0 ? loc : void 0,
        object: `${p.type.qualified}.${p.label}`,
        message: `'${p.label}' is added to enum ${typeName} by ALTER TYPE … ADD VALUE (${p.file}:${p.line}) in the same transaction that uses it here. A new enum value cannot be used until the transaction that added it commits: the deploy fails with 'unsafe use of new value "${p.label}" of enum type ${p.type.name}'.`,
        fix: {
          description: "Commit the new value before using it: keep ALTER TYPE … ADD VALUE in its own migration and move the statements that use the value to a later migration." + (p.allPending && p.source !== ctx.source ? " This runner applies all pending migrations in one transaction, so the two must also be deployed separately." : "")
        },
        evidence: { label: p.label, type: p.type.qualified }
      });
    }
    if (stmt.kind === "TransactionStmt" && ENDS2.has(stmt.node.kind) && pending.length) {
      for (const p of [...pending]) if (p.source === ctx.source) pending.splice(pending.indexOf(p), 1);
    }
    if (stmt.kind !== "AlterEnumStmt" || !stmt.node.newVal || stmt.node.oldVal) return;
    const how = txHow(ctx);
    if (!how) return;
    const type = listName(stmt.node.typeName);
    if (!type) return;
    const origin = ctx.model.enums.get(type.qualified)?.origin;
    if (origin && (sameTxBefore(ctx, stmt).includes(origin.statement) || allPending && origin.phase === "pr" && origin.migrationId !== ctx.migration.id)) return;
    if (ctx.settings.pgVersion < 12) {
      ctx.report({
        stmt,
        object: `${type.qualified}.${stmt.node.newVal}`,
        message: `Before PostgreSQL 12 (the target is ${ctx.settings.pgVersion}), ALTER TYPE … ADD VALUE cannot run inside a transaction block, and this migration runs in one (${how === "explicit" ? "BEGIN … COMMIT in the file" : how === "implicit" ? "a multi-statement file sent as one query" : "wrapped by the runner"}): the deploy fails with "ALTER TYPE ... ADD cannot run inside a transaction block".`,
        fix: { description: "Give each ADD VALUE a migration of its own, outside a transaction. " + nonTxAdvice(ctx, how) }
      });
      return;
    }
    pending.push({ label: stmt.node.newVal, type, source: ctx.source, allPending, file: stmt.file, line: stmt.span.line });
  }
});

// rules/reindex-without-concurrently.ts
var KINDS = {
  REINDEX_OBJECT_INDEX: "INDEX",
  REINDEX_OBJECT_TABLE: "TABLE",
  REINDEX_OBJECT_SCHEMA: "SCHEMA",
  REINDEX_OBJECT_DATABASE: "DATABASE"
};
var reindex_without_concurrently_default = defineRule({
  id: "reindex-without-concurrently",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "REINDEX without CONCURRENTLY",
  statements: ["ReindexStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "ReindexStmt" || ctx.settings.pgVersion < 12) return;
    const n = stmt.node;
    const kind = KINDS[n.kind];
    if (!kind || hasOption(n.params, "concurrently")) return;
    let target;
    let object;
    let tables;
    if (kind === "TABLE" || kind === "INDEX") {
      const rel2 = rangeVarName(n.relation);
      if (!rel2) return;
      const table2 = kind === "TABLE" ? rel2.qualified : indexTable(ctx, rel2);
      if (table2 && !ctx.isExisting(table2)) return;
      target = relSql(rel2, n.relation);
      object = rel2.qualified;
      tables = table2 ?? "the table";
    } else {
      target = n.name ? ident(n.name) : "";
      object = n.name;
      tables = kind === "SCHEMA" ? `every table in schema ${n.name}` : "every table in the database";
    }
    const verbose = hasOption(n.params, "verbose") ? "(VERBOSE) " : "";
    const how = txHow(ctx);
    ctx.report({
      stmt,
      object,
      message: `REINDEX ${kind} rebuilds the indexes of ${tables} one by one, holding a SHARE lock on the table (writes wait) and an ACCESS EXCLUSIVE lock on the index being rebuilt. The planner locks every index of a table for any query on it, so in practice reads of the table block too, for as long as each rebuild takes.`,
      fix: {
        description: "Use REINDEX … CONCURRENTLY (PostgreSQL 12+): it builds a replacement index without blocking reads or writes and swaps it in with a brief lock. It cannot run inside a transaction block, and it cannot rebuild system catalogs or exclusion-constraint indexes." + (how ? " " + nonTxAdvice(ctx, how) : ""),
        sql: `REINDEX ${verbose}${kind} CONCURRENTLY${target ? " " + target : ""};`
      },
      evidence: { lock: "SHARE + ACCESS EXCLUSIVE (index)" }
    });
  }
});

// rules/detach-partition-without-concurrently.ts
var detach_partition_without_concurrently_default = defineRule({
  id: "detach-partition-without-concurrently",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "DETACH PARTITION without CONCURRENTLY",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || ctx.settings.pgVersion < 14) return;
    const parent = rangeVarName(stmt.node.relation);
    if (!parent || !ctx.isExisting(parent)) return;
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const pc = cmd?.def?.PartitionCmd;
      if (cmd?.subtype !== "AT_DetachPartition" || !pc || pc.concurrent) continue;
      const part = rangeVarName(pc.name);
      if (!part) continue;
      const how = txHow(ctx);
      const parentSql = relSql(parent, stmt.node.relation);
      const partSql = relSql(part, pc.name);
      ctx.report({
        stmt,
        object: part.qualified,
        message: `DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table ${parent.qualified} (and on ${part.qualified}): it waits for every running query on any partition to finish, and while it waits every new read and write of ${parent.qualified} queues behind it.`,
        fix: {
          description: "Detach with CONCURRENTLY (PostgreSQL 14+): it takes only SHARE UPDATE EXCLUSIVE on the parent and waits for running queries instead of blocking new ones. It cannot run inside a transaction block, and it is not allowed while the parent has a DEFAULT partition. If it is interrupted, finish it with DETACH PARTITION … FINALIZE." + (how ? " " + nonTxAdvice(ctx, how) : ""),
          sql: `ALTER TABLE ${parentSql} DETACH PARTITION ${partSql} CONCURRENTLY;
-- only if it was interrupted:
-- ALTER TABLE ${parentSql} DETACH PARTITION ${partSql} FINALIZE;`
        },
        evidence: { lock: "ACCESS EXCLUSIVE", tables: [parent.qualified, part.qualified] }
      });
    }
  }
});

// rules/ban-vacuum-full-or-cluster.ts
var ban_vacuum_full_or_cluster_default = defineRule({
  id: "ban-vacuum-full-or-cluster",
  phase: "static",
  severity: "high",
  category: "rewrite",
  title: "VACUUM FULL or CLUSTER rewrites tables under ACCESS EXCLUSIVE",
  statements: ["VacuumStmt", "ClusterStmt"],
  check(stmt, ctx) {
    let what;
    let rels;
    if (stmt.kind === "VacuumStmt" && stmt.node.is_vacuumcmd !== false && isVacuumFull(stmt.node)) {
      what = "VACUUM FULL";
      rels = (stmt.node.rels ?? []).map((r) => rangeVarName(r?.VacuumRelation?.relation)).filter(Boolean);
    } else if (stmt.kind === "ClusterStmt") {
      what = "CLUSTER";
      const r = rangeVarName(stmt.node.relation);
      rels = r ? [r] : [];
    } else return;
    const all = rels.length === 0;
    const existing = rels.filter((r) => ctx.isExisting(r));
    if (!all && !existing.length) return;
    const target = all ? what === "CLUSTER" ? "every table that was clustered before" : "every table in the database" : existing.map((r) => r.qualified).join(", ");
    const how = txHow(ctx);
    const failsInTx = what === "VACUUM FULL" || all;
    ctx.report({
      stmt,
      object: existing[0]?.qualified,
      severity: how && failsInTx && !(how === "wrapped" && ctx.set.layout === "supabase") ? "critical" : void 0,
      message: `${what} rewrites ${target} into a new file${what === "CLUSTER" ? " in index order" : ""} and rebuilds the indexes, holding an ACCESS EXCLUSIVE lock throughout: no reads or writes until it finishes (minutes to hours on a large table), and it needs free disk space for a full copy.` + (how && failsInTx ? ` It also cannot run inside a transaction block, and this migration runs in one: the deploy fails.` : ""),
      fix: {
        description: "Do not rewrite tables from a migration. To reclaim bloat online, use pg_repack or pg_squeeze, which rebuild the table while reads and writes continue and take an exclusive lock only for the final swap. If the aim is to make dead space reusable, plain VACUUM (no FULL) does that without blocking reads or writes.",
        sql: all ? void 0 : existing.map((r) => `VACUUM (ANALYZE) ${r.schema === "public" ? r.name : r.qualified};`).join("\n")
      },
      evidence: { lock: "ACCESS EXCLUSIVE", rewrite: true }
    });
  }
});

// rules/refresh-matview-without-concurrently.ts
var refresh_matview_without_concurrently_default = defineRule({
  id: "refresh-matview-without-concurrently",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "REFRESH MATERIALIZED VIEW without CONCURRENTLY",
  statements: ["RefreshMatViewStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "RefreshMatViewStmt" || stmt.node.concurrent || stmt.node.skipData) return;
    const mv = rangeVarName(stmt.node.relation);
    if (!mv || !ctx.isExisting(mv)) return;
    const info = ctx.table(mv);
    const usable = info?.indexes.some((i) => i.unique && !i.partial && i.columns.length > 0 && !i.columns.includes("(expression)"));
    const mvSql = relSql(mv, stmt.node.relation);
    const refresh = `REFRESH MATERIALIZED VIEW CONCURRENTLY ${mvSql};`;
    const needIndex = info && !usable;
    ctx.report({
      stmt,
      object: mv.qualified,
      message: `REFRESH MATERIALIZED VIEW re-runs the view's query and replaces its contents under an ACCESS EXCLUSIVE lock on ${mv.qualified}: every query reading the view waits until the refresh finishes, which is as long as the underlying query takes.`,
      fix: {
        description: "Refresh CONCURRENTLY: readers keep seeing the old contents until the new ones are swapped in (it takes an EXCLUSIVE lock, which allows reads). It needs a UNIQUE index on the materialized view that uses only column names and has no WHERE clause" + (needIndex ? ", which pgreview does not see on this view: create one first" : info ? "" : " (pgreview cannot see whether this view has one)") + ", and the view must already be populated. CONCURRENTLY is slower and may run inside a transaction.",
        sql: needIndex ? `-- first, in its own migration outside a transaction:
-- CREATE UNIQUE INDEX CONCURRENTLY ${ident(`${mv.name}_key`)} ON ${mvSql} (<columns that identify a row>);
${refresh}` : refresh
      },
      evidence: { lock: "ACCESS EXCLUSIVE", uniqueIndex: info ? !!usable : "unknown" }
    });
  }
});

// rules/lock-table-explicit.ts
var MODES = { 7: "EXCLUSIVE", 8: "ACCESS EXCLUSIVE" };
var lock_table_explicit_default = defineRule({
  id: "lock-table-explicit",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "Explicit LOCK TABLE in EXCLUSIVE or ACCESS EXCLUSIVE mode",
  statements: ["LockStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "LockStmt") return;
    const mode = MODES[stmt.node.mode ?? 8];
    if (!mode) return;
    const rels = (stmt.node.relations ?? []).map((r) => rangeVarName(r?.RangeVar)).filter(Boolean);
    const existing = rels.filter((r) => ctx.isExisting(r));
    if (!existing.length) return;
    const names = existing.map((r) => r.qualified).join(", ");
    const how = txHow(ctx);
    if (!how) {
      ctx.report({
        stmt,
        object: existing[0].qualified,
        severity: "critical",
        message: `LOCK TABLE can only be used in a transaction block, and this migration does not run in one: the deploy fails with "LOCK TABLE can only be used in transaction blocks".`,
        fix: { description: "Wrap the statements that need the lock in BEGIN … COMMIT, or remove the LOCK: the DDL that follows takes the locks it needs by itself." }
      });
      return;
    }
    const blocked = mode === "ACCESS EXCLUSIVE" ? "every read and write" : "every write (reads continue)";
    ctx.report({
      stmt,
      object: existing[0].qualified,
      message: `LOCK TABLE … IN ${mode} MODE on ${names} blocks ${blocked} of ${existing.length > 1 ? "these tables" : "the table"} until the migration's transaction commits, through every statement that follows it` + (ctx.tx.lockTimeout ? "." : `, and without a lock_timeout it first waits behind every running transaction on the table while new queries queue behind it.`),
      fix: {
        description: "Remove the LOCK unless it is there to fix the lock order across several tables (to avoid deadlocks); the DDL that follows takes the locks it needs. If it stays, set a short lock_timeout before it, keep the rest of the transaction short (no data backfills under the lock), and take the weakest mode that works (SHARE ROW EXCLUSIVE blocks writes but not reads).",
        sql: ctx.tx.lockTimeout ? void 0 : `SET LOCAL lock_timeout = '5s';
${stmt.sql};`
      },
      evidence: { lock: mode, tables: existing.map((r) => r.qualified) }
    });
  }
});

// rules/_locking.ts
var lockingRules = [
  require_concurrent_index_deletion_default,
  constraint_missing_not_valid_default,
  adding_foreign_key_constraint_default,
  validate_in_same_transaction_default,
  changing_column_type_default,
  adding_field_with_default_default,
  adding_required_field_default,
  setting_not_null_field_default,
  disallowed_unique_constraint_default,
  adding_primary_key_constraint_default,
  concurrently_in_transaction_default,
  require_lock_timeout_default,
  enum_value_in_same_transaction_default,
  reindex_without_concurrently_default,
  detach_partition_without_concurrently_default,
  ban_vacuum_full_or_cluster_default,
  refresh_matview_without_concurrently_default,
  lock_table_explicit_default
];

// rules/ban-drop-table.ts
var ban_drop_table_default = defineRule({
  id: "ban-drop-table",
  phase: "static",
  severity: "high",
  category: "data-loss",
  title: "DROP TABLE on an existing table",
  statements: ["DropStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "DropStmt" || stmt.node.removeType !== "OBJECT_TABLE") return;
    for (const obj of stmt.node.objects ?? []) {
      const table2 = listName(obj?.List?.items);
      if (!table2 || !ctx.isExisting(table2)) continue;
      const info = ctx.table(table2);
      const earlier = ctx.statements.filter((s) => s.index < stmt.index);
      const renamedHere = earlier.some(
        (s) => s.kind === "RenameStmt" && s.node.renameType === "OBJECT_TABLE" && s.node.newname === table2.name && (rangeVarName(s.node.relation)?.schema ?? "public") === table2.schema
      );
      const copiedInto = earlier.filter((s) => s.kind === "InsertStmt" && readsTable(s.node.selectStmt, table2.qualified)).map((s) => rangeVarName(s.node.relation)?.qualified).filter((q) => !!q && q !== table2.qualified);
      if (renamedHere && copiedInto.length) continue;
      const referencing = [...ctx.model.tables.values()].filter((t) => t.qualified !== table2.qualified && t.foreignKeys.some((f) => f.refTable === table2.qualified)).map((t) => t.qualified);
      const cascade = stmt.node.behavior === "DROP_CASCADE";
      const known = info ? "" : " (pgreview does not see where it was created, so it assumes the table exists)";
      const severity = copiedInto.length || !info && stmt.node.missing_ok ? "medium" : void 0;
      ctx.report({
        stmt,
        object: table2.qualified,
        message: `DROP TABLE deletes ${table2.qualified} and every row in it${known}; there is no undo short of a backup restore. Application code that is still deployed and reads or writes it fails with "relation does not exist" from the moment the migration commits, which in a rolling deploy is before the new code is live.` + (cascade && referencing.length ? ` CASCADE also drops the foreign keys of ${referencing.join(", ")}.` : "") + ` The drop itself waits for an ACCESS EXCLUSIVE lock on the table${referencing.length ? " and locks the tables whose foreign keys point at it" : ""}.` + (copiedInto.length ? ` The migration copies rows from it into ${copiedInto.join(", ")} first: check that every column and row you need went with them.` : ""),
        severity,
        fix: {
          description: "Drop in two releases: first deploy code that no longer uses the table (optionally rename it so stray readers fail loudly and the data is still there), take a backup, then drop it in a later migration.",
          sql: (() => {
            const old = { schema: table2.schema, name: `${table2.name.slice(0, 50)}_deprecated` };
            return `-- migration 1, once no deployed code uses the table: keep the data
ALTER TABLE ${qname(table2)} RENAME TO ${ident3(old.name)};
-- migration 2, a release later and after a backup:
DROP TABLE ${qname(old)};`;
          })()
        }
      });
    }
  }
});
function readsTable(select, qualified) {
  let found = false;
  walk(select, (key2, value) => {
    if (key2 === "RangeVar" && rangeVarName(value)?.qualified === qualified) found = true;
  });
  return found;
}

// rules/ban-drop-column.ts
var ban_drop_column_default = defineRule({
  id: "ban-drop-column",
  phase: "static",
  severity: "high",
  category: "data-loss",
  title: "DROP COLUMN on an existing table",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || (stmt.node.objtype ?? "OBJECT_TABLE") !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== "AT_DropColumn" || !cmd.name) continue;
      const col = info?.columns.get(cmd.name);
      if (isNewColumn(ctx, col)) continue;
      if (info && !col && cmd.missing_ok && info.origin.phase === "base") continue;
      const object = `${table2.qualified}.${cmd.name}`;
      ctx.report({
        stmt,
        location: stmt.node.relation?.location,
        object,
        message: `DROP COLUMN deletes ${object} and its data for good. During a rolling deploy the old application version is still running and still names the column in SELECT, INSERT and UPDATE statements (ORMs list every column they know), so its queries fail with "column does not exist" until the last old instance is gone. The drop itself is quick (the space is reclaimed later) but waits for an ACCESS EXCLUSIVE lock on ${table2.qualified}.`,
        fix: {
          description: "Drop in two releases: first deploy code that no longer reads or writes the column (tell the ORM to ignore it), then drop it in a later migration, after a backup if the data matters.",
          sql: `-- a release after the code stopped using it:
ALTER TABLE ${qname(table2)} DROP COLUMN ${ident3(cmd.name)};`
        }
      });
    }
  }
});

// rules/ban-drop-database.ts
var ban_drop_database_default = defineRule({
  id: "ban-drop-database",
  phase: "static",
  severity: "critical",
  category: "data-loss",
  title: "DROP DATABASE in a migration",
  statements: ["DropdbStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "DropdbStmt") return;
    const db = stmt.node.dbname ?? "<database>";
    const force = (stmt.node.options ?? []).some((o) => o?.DefElem?.defname === "force");
    ctx.report({
      stmt,
      object: db,
      message: `DROP DATABASE ${db} deletes the whole database: every schema, table and row in it, with no undo short of a backup restore. ` + (force ? "WITH (FORCE) also terminates every session connected to it, so the running application loses its connections mid-request. " : "It fails while anyone is connected, so it either breaks the deploy or, run when the application happens to be idle, silently succeeds. ") + `A migration that runs in every environment is the wrong place for it${ctx.migration.transactional ? "; it also cannot run inside the transaction the runner opens, so this migration fails" : ""}.`,
      fix: {
        description: "Remove it from the migration. Drop databases by hand, as a reviewed operational step, after a backup (pg_dump) and after revoking CONNECT so nothing still uses it.",
        sql: `REVOKE CONNECT ON DATABASE ${db} FROM PUBLIC;
-- later, by hand, after pg_dump:
-- DROP DATABASE ${db};`
      }
    });
  }
});

// rules/ban-drop-schema-cascade.ts
var ban_drop_schema_cascade_default = defineRule({
  id: "ban-drop-schema-cascade",
  phase: "static",
  severity: "critical",
  category: "data-loss",
  title: "DROP SCHEMA … CASCADE on an existing schema",
  statements: ["DropStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "DropStmt" || stmt.node.removeType !== "OBJECT_SCHEMA" || stmt.node.behavior !== "DROP_CASCADE") return;
    const unit = unitOf(ctx.set, ctx.migration);
    for (const obj of stmt.node.objects ?? []) {
      const schema = obj?.String?.sval;
      if (!schema) continue;
      if (ctx.model.schemaOrigins.get(schema)?.unit === unit) continue;
      const tables = [...ctx.model.tables.values()].filter((t) => t.schema === schema);
      const inside2 = tables.length ? ` pgreview knows of ${tables.length} table${tables.length === 1 ? "" : "s"} in it (${tables.slice(0, 5).map((t) => t.name).join(", ")}${tables.length > 5 ? ", …" : ""}), all of which go with their data.` : " pgreview does not see what is in it, but CASCADE drops whatever is there.";
      ctx.report({
        stmt,
        object: schema,
        // Nothing known inside and the schema is not known either: still destructive, but less certain.
        severity: tables.length || ctx.model.schemaOrigins.has(schema) || schema === "public" ? "critical" : "high",
        message: `DROP SCHEMA ${schema} CASCADE drops every table, view, function, type and sequence in the schema, and also objects elsewhere that depend on them (views, foreign keys, column defaults), without listing them.` + inside2 + " There is no undo short of a backup restore.",
        fix: {
          description: "Drop the objects you mean to drop by name, then the schema without CASCADE: Postgres then refuses if anything unexpected is still inside.",
          sql: `-- DROP TABLE ${schema}.<table>; … for each object you mean to remove
DROP SCHEMA ${schema};`
        }
      });
    }
  }
});

// rules/renaming-table.ts
var renaming_table_default = defineRule({
  id: "renaming-table",
  phase: "static",
  severity: "high",
  category: "compatibility",
  title: "RENAME of an existing table",
  statements: ["RenameStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "RenameStmt" || stmt.node.renameType !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    const newName = stmt.node.newname;
    if (!table2 || !newName || !ctx.isExisting(table2)) return;
    const renamed = { schema: table2.schema, name: newName };
    const view = ctx.statements.some(
      (s) => s.index > stmt.index && (s.kind === "ViewStmt" && rangeVarName(s.node.view)?.qualified === table2.qualified || s.kind === "CreateStmt" && rangeVarName(s.node.relation)?.qualified === table2.qualified)
    );
    if (view) return;
    const rls = ctx.table(table2)?.rls;
    const invoker = ctx.settings.pgVersion >= 15 ? " WITH (security_invoker = true)" : "";
    ctx.report({
      stmt,
      location: stmt.node.relation?.location,
      object: table2.qualified,
      message: `Renaming ${table2.qualified} to ${newName} breaks every query of the application version that is still running: from the commit on, its statements fail with "relation ${table2.name} does not exist" until the new code is fully rolled out (and prepared statements, views in other tools, BI queries and cron jobs that use the old name break for good). The rename is instant but waits for an ACCESS EXCLUSIVE lock on the table.`,
      fix: {
        description: `Rename and leave a view under the old name in the same migration: a view over a single table is automatically updatable, so old code keeps reading and writing through it. Drop the view once no deployed code uses the old name.` + (rls && !invoker ? " Careful: before PostgreSQL 15 a view runs with its owner's rights and bypasses the table's row level security." : ""),
        sql: `ALTER TABLE ${qname(table2)} RENAME TO ${ident3(newName)};
CREATE VIEW ${qname(table2)}${invoker} AS SELECT * FROM ${qname(renamed)};
-- a release later:
-- DROP VIEW ${qname(table2)};`
      }
    });
  }
});

// rules/renaming-column.ts
var renaming_column_default = defineRule({
  id: "renaming-column",
  phase: "static",
  severity: "high",
  category: "compatibility",
  title: "RENAME COLUMN on an existing table",
  statements: ["RenameStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "RenameStmt" || stmt.node.renameType !== "OBJECT_COLUMN") return;
    if (!["OBJECT_TABLE", "OBJECT_FOREIGN_TABLE"].includes(stmt.node.relationType)) return;
    const table2 = rangeVarName(stmt.node.relation);
    const from = stmt.node.subname;
    const to = stmt.node.newname;
    if (!table2 || !from || !to || !ctx.isExisting(table2)) return;
    const col = ctx.table(table2)?.columns.get(from);
    if (isNewColumn(ctx, col)) return;
    const type = col?.type?.display ?? "<type>";
    const t = qname(table2);
    ctx.report({
      stmt,
      location: stmt.node.relation?.location,
      object: `${table2.qualified}.${from}`,
      message: `Renaming ${table2.qualified}.${from} to ${to} breaks the application version that is still running: its queries name ${from} and fail with "column ${from} does not exist" from the commit until the new code is fully rolled out (ORMs select every mapped column, so every query on the table fails, not just those using this column). Views, functions and indexes follow the rename; application SQL, reports and other services do not.`,
      fix: {
        description: "Expand and contract: add the new column, keep both in sync (trigger or dual writes), backfill, switch the code to the new name, and drop the old column a release later.",
        sql: `ALTER TABLE ${t} ADD COLUMN ${ident3(to)} ${type};
-- keep both in sync while old and new code run (or write both from the code)
-- backfill in batches:
UPDATE ${t} SET ${ident3(to)} = ${ident3(from)} WHERE ${ident3(to)} IS NULL;
-- deploy code that uses ${to}; a release later:
-- ALTER TABLE ${t} DROP COLUMN ${ident3(from)};`
      }
    });
  }
});

// rules/ban-truncate-cascade.ts
var ban_truncate_cascade_default = defineRule({
  id: "ban-truncate-cascade",
  phase: "static",
  severity: "high",
  category: "data-loss",
  title: "TRUNCATE … CASCADE empties every referencing table",
  statements: ["TruncateStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "TruncateStmt") return;
    const targets = (stmt.node.relations ?? []).map((r) => rangeVarName(r?.RangeVar)).filter(Boolean);
    if (!targets.length) return;
    const cascade = stmt.node.behavior === "DROP_CASCADE";
    const names = targets.map((t) => t.qualified);
    if (cascade) {
      const reached = new Set(names);
      const extra = [];
      for (let grew = true; grew; ) {
        grew = false;
        for (const t of ctx.model.tables.values()) {
          if (reached.has(t.qualified)) continue;
          if (t.foreignKeys.some((f) => reached.has(f.refTable))) {
            reached.add(t.qualified);
            extra.push(t.qualified);
            grew = true;
          }
        }
      }
      const existingHit = [...names, ...extra].filter((n) => ctx.isExisting(n));
      if (!existingHit.length) return;
      ctx.report({
        stmt,
        object: names.join(", "),
        message: `TRUNCATE … CASCADE also empties every table that has a foreign key to ${names.join(", ")}, and the tables referencing those, without listing them` + (extra.length ? `: pgreview knows of ${extra.join(", ")}` : " (pgreview knows of none, but any added outside these migrations are emptied too)") + `. Every row is gone with no undo short of a backup restore, and each of those tables is locked ACCESS EXCLUSIVE until the transaction ends.`,
        fix: {
          description: "Name every table you mean to empty and drop CASCADE: without it Postgres refuses to truncate a table that other tables reference, instead of silently emptying them.",
          sql: `TRUNCATE ${[...targets.map((t) => qname(t)), ...extra.map((q) => qname({ schema: q.slice(0, q.indexOf(".")), name: q.slice(q.indexOf(".") + 1) }))].join(", ")};`
        }
      });
      return;
    }
    const existing = targets.filter((t) => ctx.isExisting(t) && !(ctx.table(t)?.kind && ctx.table(t).kind !== "table"));
    if (!existing.length) return;
    ctx.report({
      stmt,
      object: existing.map((t) => t.qualified).join(", "),
      severity: "medium",
      title: "TRUNCATE empties an existing table",
      message: `TRUNCATE deletes every row of ${existing.map((t) => t.qualified).join(", ")} in every environment the migration reaches, production included, with no undo short of a backup restore. It also takes an ACCESS EXCLUSIVE lock, so it waits behind running queries and blocks all reads and writes queued after it until the transaction ends.`,
      fix: {
        description: "If the rows must go, make it explicit and reviewable: a DELETE with a WHERE clause for the rows you mean, or a one-off operational step instead of a migration. If the table is a cache or staging table that is empty by design, suppress with a reason."
      }
    });
  }
});

// rules/ban-char-field.ts
var ban_char_field_default = defineRule({
  id: "ban-char-field",
  phase: "static",
  severity: "low",
  category: "style",
  title: "char(n) column",
  statements: COLUMN_SITE_STATEMENTS,
  check(stmt, ctx) {
    for (const site of columnSites(stmt)) {
      const type = colType(site.def);
      if (!type || type.name !== "bpchar") continue;
      const table2 = rangeVarName(site.table);
      if (!table2) continue;
      const n = type.mods[0] ?? 1;
      const object = `${table2.qualified}.${site.name}`;
      const col = ident3(site.name);
      ctx.report({
        stmt,
        location: site.location,
        object,
        message: `${object} is char(${n}): values are blank-padded to ${n} characters when stored and returned to the client, but the padding is ignored in comparisons and stripped by casts to text and concatenation, so 'ab' = 'ab  ' is true while the application reads 'ab  '. Postgres's manual advises against it: it is no faster than text or varchar and usually the slowest of the three because of the padding; the length limit is its only effect.`,
        fix: (() => {
          const check = `CHECK (char_length(${col}) ${n > 1 ? `<= ${n}` : "= 1"})`;
          const t = qname(table2);
          const type2 = n === 36 ? "uuid" : "text";
          const extra = n === 36 ? "" : ` ${check}`;
          const sql = site.via === "create" ? `${col} ${type2}${extra}` : site.via === "add" ? `ALTER TABLE ${t} ADD COLUMN ${col} ${type2}${extra};` : `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${type2}${n === 36 ? ` USING ${col}::uuid` : ""};`;
          return {
            description: n === 36 ? "A 36-character column almost always holds a UUID: use the uuid type (16 bytes, validated, indexed as a value)." : `Use text, with a CHECK constraint if the length is a real rule${n === 1 ? " (or boolean, or an enum, for a one-letter flag)" : ""}.`,
            sql
          };
        })()
      });
    }
  }
});

// rules/prefer-bigint-over-int.ts
var SMALL = /* @__PURE__ */ new Set(["int4", "int2", "serial", "serial4", "smallserial", "serial2", "int", "integer", "smallint"]);
var BIG = /* @__PURE__ */ new Set(["int8", "bigint", "bigserial", "serial8"]);
var MAX = { int2: "32,767", smallint: "32,767", smallserial: "32,767", serial2: "32,767" };
function max(t) {
  return MAX[t.name] ?? "2,147,483,647";
}
function isSerialType(t) {
  return ["serial", "serial4", "smallserial", "serial2"].includes(t.name);
}
var prefer_bigint_over_int_default = defineRule({
  id: "prefer-bigint-over-int",
  phase: "static",
  severity: "low",
  category: "integrity",
  title: "integer key that can run out of values",
  statements: ["CreateStmt", "AlterTableStmt"],
  check(stmt, ctx) {
    const n = stmt.node;
    const reported = /* @__PURE__ */ new Set();
    if (stmt.kind === "CreateStmt") {
      const table2 = rangeVarName(n.relation);
      if (!table2) return;
      if (!(n.tableElts ?? []).some((e) => e?.ColumnDef && SMALL.has(typeInfo(e.ColumnDef.typeName)?.name ?? ""))) return;
      const cols = /* @__PURE__ */ new Map();
      for (const e of n.tableElts ?? []) {
        const d = e?.ColumnDef;
        if (d?.colname) cols.set(d.colname, { name: d.colname, type: typeInfo(d.typeName), def: d, location: d.location });
      }
      for (const e of n.tableElts ?? []) {
        const d = e?.ColumnDef;
        if (d) {
          for (const c2 of columnConstraints(d)) if (c2.contype === "CONSTR_FOREIGN") fk(ctx, stmt, table2, [cols.get(d.colname)], c2, cols, reported);
        }
        const c = e?.Constraint;
        if (c?.contype === "CONSTR_FOREIGN") fk(ctx, stmt, table2, strings(c.fk_attrs).map((a) => cols.get(a) ?? { name: a }), c, cols, reported);
      }
      const tablePk = (n.tableElts ?? []).map((e) => e?.Constraint).find((c) => c?.contype === "CONSTR_PRIMARY");
      const pkKeys = tablePk ? strings(tablePk.keys) : [];
      for (const col of cols.values()) {
        const isPk = hasConstraint(col.def, "CONSTR_PRIMARY") || pkKeys.length === 1 && pkKeys[0] === col.name;
        key(ctx, stmt, table2, col, isPk, "create", reported);
      }
    } else if (stmt.kind === "AlterTableStmt" && (n.objtype ?? "OBJECT_TABLE") === "OBJECT_TABLE") {
      const table2 = rangeVarName(n.relation);
      if (!table2) return;
      const info = ctx.table(table2);
      const known = (name) => ({ name, type: info?.columns.get(name)?.type });
      for (const cn of n.cmds ?? []) {
        const cmd = cn?.AlterTableCmd;
        if (!cmd) continue;
        if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) {
          const d = cmd.def.ColumnDef;
          const col = { name: d.colname, type: typeInfo(d.typeName), def: d, location: d.location };
          for (const c of columnConstraints(d)) if (c.contype === "CONSTR_FOREIGN") fk(ctx, stmt, table2, [col], c, /* @__PURE__ */ new Map([[col.name, col]]), reported);
          key(ctx, stmt, table2, col, hasConstraint(d, "CONSTR_PRIMARY"), "add", reported);
        } else if (cmd.subtype === "AT_AddConstraint" && cmd.def?.Constraint?.contype === "CONSTR_FOREIGN") {
          const c = cmd.def.Constraint;
          fk(ctx, stmt, table2, strings(c.fk_attrs).map(known), c, /* @__PURE__ */ new Map(), reported);
        } else if (cmd.subtype === "AT_AddIdentity" && cmd.name) {
          key(ctx, stmt, table2, { ...known(cmd.name), location: cmd.def?.Constraint?.location }, false, "identity", reported);
        }
      }
    }
  }
});
function key(ctx, stmt, table2, col, isPk, via, reported) {
  const t = col.type;
  if (!t || !SMALL.has(t.name) || t.array || reported.has(col.name)) return;
  const identity = via === "identity" || hasConstraint(col.def, "CONSTR_IDENTITY");
  const serial = isSerialType(t);
  if (!isPk && !identity && !serial) return;
  reported.add(col.name);
  const what = identity ? `${t.display} identity column` : serial ? `${t.name} column (${t.name === "serial" || t.name === "serial4" ? "integer" : "smallint"} plus a sequence)` : `${t.display} primary key`;
  const object = `${table2.qualified}.${col.name}`;
  const generated = identity || serial;
  ctx.report({
    stmt,
    location: col.location,
    object,
    message: `${object} is a${/^[aeiou]/.test(what) ? "n" : ""} ${what}: it holds at most ${max(t)} values${generated ? ", and its sequence burns numbers on rolled-back inserts and cache gaps" : ""}. When a busy table reaches that, every INSERT fails${generated ? ' (nextval reaches the maximum, or "integer out of range")' : ' with "integer out of range"'}, and the fix is ALTER COLUMN … TYPE bigint, which rewrites the table, its indexes and every referencing foreign key column under an ACCESS EXCLUSIVE lock. bigint costs 4 more bytes per row, often none after alignment.`,
    fix: {
      description: `Declare it bigint from the start${generated ? " (bigint GENERATED … AS IDENTITY, or bigserial)" : ""}, and make the foreign keys that reference it bigint too.`,
      sql: via === "create" ? `${ident3(col.name)} ${identity || serial ? "bigint GENERATED BY DEFAULT AS IDENTITY" : "bigint"}${isPk ? " PRIMARY KEY" : ""}` : via === "add" ? `ALTER TABLE ${qname(table2)} ADD COLUMN ${ident3(col.name)} ${identity || serial ? "bigint GENERATED BY DEFAULT AS IDENTITY" : "bigint"}${isPk ? " PRIMARY KEY" : ""};` : `-- before adding the identity, while the table is small:
ALTER TABLE ${qname(table2)} ALTER COLUMN ${ident3(col.name)} TYPE bigint;`
    }
  });
}
function fk(ctx, stmt, table2, cols, c, sameTable, reported) {
  const ref = rangeVarName(c.pktable);
  if (!ref) return;
  const refInfo = ctx.table(ref);
  const refCols = strings(c.pk_attrs).length ? strings(c.pk_attrs) : refInfo?.primaryKey ?? (ref.qualified === table2.qualified ? pkOf(sameTable) : []);
  cols.forEach((col, i) => {
    const refName = refCols[i];
    if (!col || !refName || reported.has(col.name)) return;
    const refType = ref.qualified === table2.qualified && sameTable.has(refName) ? sameTable.get(refName).type : refInfo?.columns.get(refName)?.type;
    if (!col.type || !refType || !SMALL.has(col.type.name) || !BIG.has(refType.name) || col.type.array || refType.array) return;
    reported.add(col.name);
    const object = `${table2.qualified}.${col.name}`;
    ctx.report({
      stmt,
      location: col.location ?? c.location,
      object,
      severity: "medium",
      message: `${object} is ${col.type.display} but references ${ref.qualified}.${refName}, which is bigint: once ${ref.qualified} hands out ids above ${max(col.type)}, inserting or updating rows that point at them fails with "integer out of range", long before the referenced key itself runs out. Widening it later rewrites ${table2.qualified} under an ACCESS EXCLUSIVE lock.`,
      fix: {
        description: `Give the referencing column the referenced column's type.`,
        sql: col.def ? `${ident3(col.name)} bigint REFERENCES ${qname(ref)} (${ident3(refName)})` : `ALTER TABLE ${qname(table2)} ALTER COLUMN ${ident3(col.name)} TYPE bigint;`
      }
    });
  });
}
function pkOf(cols) {
  for (const col of cols.values()) if (hasConstraint(col.def, "CONSTR_PRIMARY")) return [col.name];
  return [];
}

// rules/prefer-identity.ts
var IDENTITY_TYPE = { serial: "integer", serial4: "integer", bigserial: "bigint", serial8: "bigint", smallserial: "smallint", serial2: "smallint" };
var prefer_identity_default = defineRule({
  id: "prefer-identity",
  phase: "static",
  severity: "low",
  category: "style",
  title: "serial column instead of an identity column",
  statements: COLUMN_SITE_STATEMENTS,
  check(stmt, ctx) {
    if (ctx.settings.pgVersion < 10) return;
    for (const site of columnSites(stmt)) {
      if (site.via === "type") continue;
      const type = colType(site.def);
      if (!isSerial(type)) continue;
      const table2 = rangeVarName(site.table);
      if (!table2) continue;
      const object = `${table2.qualified}.${site.name}`;
      const target = IDENTITY_TYPE[type.name] ?? "bigint";
      const pk = hasConstraint(site.def, "CONSTR_PRIMARY") ? " PRIMARY KEY" : "";
      const col = `${ident3(site.name)} ${target} GENERATED BY DEFAULT AS IDENTITY${pk}`;
      ctx.report({
        stmt,
        location: site.location,
        object,
        message: `${object} is ${type.name}, which is an integer column plus a separately owned sequence and a nextval() default. The sequence needs its own grants (INSERT fails with "permission denied for sequence" for a role granted only the table), CREATE TABLE … (LIKE … INCLUDING DEFAULTS) copies the nextval() default so two tables share one sequence, and pg_dump/replication tooling must know about the link. An identity column (SQL standard, PostgreSQL 10+) is one object: grants, LIKE and ALTER COLUMN … RESTART just work.`,
        fix: {
          description: "Use an identity column. GENERATED ALWAYS rejects explicit ids unless OVERRIDING SYSTEM VALUE is given; GENERATED BY DEFAULT behaves like serial and suits tables that import ids.",
          sql: site.via === "create" ? col : `ALTER TABLE ${qname(table2)} ADD COLUMN ${col};`
        }
      });
    }
  }
});

// rules/prefer-text-field.ts
var prefer_text_field_default = defineRule({
  id: "prefer-text-field",
  phase: "static",
  severity: "low",
  category: "style",
  title: "varchar(n) column",
  statements: COLUMN_SITE_STATEMENTS,
  check(stmt, ctx) {
    for (const site of columnSites(stmt)) {
      const type = colType(site.def);
      if (!type || type.name !== "varchar" || !type.mods.length) continue;
      const table2 = rangeVarName(site.table);
      if (!table2) continue;
      const n = type.mods[0];
      const object = `${table2.qualified}.${site.name}`;
      const col = ident3(site.name);
      const t = qname(table2);
      const check = `CHECK (char_length(${col}) <= ${n})`;
      ctx.report({
        stmt,
        location: site.location,
        object,
        message: `${object} is varchar(${n}). When the limit turns out too small, raising it is ALTER COLUMN … TYPE varchar(m): no rewrite since PostgreSQL 9.2, but an ACCESS EXCLUSIVE lock that queues every query on ${table2.qualified} behind the longest running one, and lowering it rewrites the table. text with a CHECK constraint stores the same bytes, and its limit can be changed without blocking (add the new constraint NOT VALID, VALIDATE it, drop the old one).`,
        fix: {
          description: "Use text, with a CHECK constraint if the length is a real rule (not a habit like 255).",
          sql: site.via === "create" ? `${col} text ${check}` : site.via === "add" ? `ALTER TABLE ${t} ADD COLUMN ${col} text ${check};` : `-- varchar → text needs no rewrite:
ALTER TABLE ${t} ALTER COLUMN ${col} TYPE text;
ALTER TABLE ${t} ADD CONSTRAINT ${ident3(`${table2.name}_${site.name}_length`.slice(0, 63))} ${check} NOT VALID;
ALTER TABLE ${t} VALIDATE CONSTRAINT ${ident3(`${table2.name}_${site.name}_length`.slice(0, 63))};`
        }
      });
    }
  }
});

// rules/prefer-timestamptz.ts
var prefer_timestamptz_default = defineRule({
  id: "prefer-timestamptz",
  phase: "static",
  severity: "medium",
  category: "integrity",
  title: "timestamp without time zone",
  statements: COLUMN_SITE_STATEMENTS,
  check(stmt, ctx) {
    for (const site of columnSites(stmt)) {
      const type = colType(site.def);
      if (!type || type.name !== "timestamp") continue;
      const table2 = rangeVarName(site.table);
      if (!table2) continue;
      const object = `${table2.qualified}.${site.name}`;
      const col = ident3(site.name);
      const precision = type.mods.length ? `(${type.mods[0]})` : "";
      const prisma = ctx.set.layout === "prisma";
      ctx.report({
        stmt,
        location: site.location,
        object,
        // Prisma writes DateTime as UTC itself, so the column is consistent as long as only Prisma writes it.
        severity: prisma ? "low" : void 0,
        message: `${object} is timestamp${precision} without time zone: it stores a wall-clock reading and forgets which zone it was in. now() and CURRENT_TIMESTAMP are converted to the session's TimeZone setting when stored, so rows written by sessions or servers with different settings are silently inconsistent, and local times repeat for an hour when daylight saving ends. timestamptz stores an absolute instant (UTC inside) in the same 8 bytes and converts on output.` + (prisma ? " Prisma maps DateTime to timestamp(3) and always writes UTC, so this bites when anything else (SQL, triggers, other services) writes or reads the column." : ""),
        fix: {
          description: prisma ? "Annotate the field with @db.Timestamptz(3) in schema.prisma and regenerate the migration." : "Use timestamptz (timestamp with time zone).",
          sql: site.via === "create" ? (
            // A statement, not a column fragment: fix SQL applies as written (on the new, empty table it is instant).
            `-- or declare it as ${col} timestamptz${precision} in the CREATE TABLE
ALTER TABLE ${qname(table2)} ALTER COLUMN ${col} TYPE timestamptz${precision};`
          ) : site.via === "add" ? addInPlace(stmt, site.def) ?? `ALTER TABLE ${qname(table2)} ADD COLUMN ${col} timestamptz${precision};` : `ALTER TABLE ${qname(table2)} ALTER COLUMN ${col} TYPE timestamptz${precision};`
        }
      });
    }
  }
});
function addInPlace(stmt, def) {
  const cmd = (stmt.node.cmds ?? []).map((c) => c?.AlterTableCmd).find((c) => c?.def?.ColumnDef === def);
  if (!cmd) return void 0;
  const typeName = { ...def.typeName, names: [{ String: { sval: "pg_catalog" } }, { String: { sval: "timestamptz" } }] };
  return alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: { ...cmd, def: { ColumnDef: { ...def, typeName } } } }]));
}

// rules/transaction-nesting.ts
var transaction_nesting_default = defineRule({
  id: "transaction-nesting",
  phase: "static",
  severity: "medium",
  category: "deploy",
  title: "Transaction control inside a transaction",
  statements: ["TransactionStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "TransactionStmt") return;
    const m = ctx.migration;
    const wraps = runnerWraps(m);
    const allPending = m.transactionMode === "all-pending";
    const later = ctx.statements.filter((s) => s.index > stmt.index);
    if (isBegin(stmt)) {
      if (wraps && ctx.set.layout === "supabase" && wholeFileBlock(stmt, ctx.statements)) {
        ctx.report({
          stmt,
          object: stmt.file,
          severity: "low",
          message: "The Supabase CLI already runs this file in a transaction, together with the row it adds to supabase_migrations.schema_migrations. This file's BEGIN … COMMIT wraps all of its statements, so the file itself stays atomic; its COMMIT ends the CLI's transaction early, and the history row is inserted after that COMMIT, on its own. If that insert failed, the migration would be applied but not recorded, and the next `supabase db push` would run it again.",
          fix: { description: "Optional: remove BEGIN and COMMIT; the CLI already makes the file atomic and records it in the same transaction." }
        });
        return;
      }
      if (wraps) {
        const end = later.find(isEnd);
        const after = end ? later.filter((s) => s.index > end.index).length : 0;
        const rollback = end?.node.kind === "TRANS_STMT_ROLLBACK";
        ctx.report({
          stmt,
          object: stmt.file,
          // Ending the runner's transaction matters most when it holds other migrations too.
          severity: end && (allPending || after > 0 || rollback) ? "high" : "medium",
          message: `The migration tool already runs this file inside a transaction (${m.transactionNote}). Postgres ignores this BEGIN with a WARNING ("there is already a transaction in progress")` + (end ? `, and the file's ${rollback ? "ROLLBACK undoes the work while the tool records the migration as applied" : "COMMIT then commits the tool's transaction early"}: ` + (allPending ? "the tool runs every pending migration in that one transaction, so the migrations before this one are committed here and those after it run without a transaction. " : "") + `${after > 0 ? `the ${after} statement${after === 1 ? "" : "s"} after it and ` : ""}the tool's own bookkeeping then run outside any transaction, so a failure there leaves the migration half-applied, and the tool's COMMIT warns "there is no transaction in progress".` : ". It does nothing, but shows the file was written for a different runner."),
          fix: { description: "Remove BEGIN and COMMIT from the file: the tool already makes it atomic." }
        });
      } else if (ctx.tx.explicit) {
        ctx.report({
          stmt,
          object: stmt.file,
          message: 'This BEGIN is inside a transaction block the file opened earlier: Postgres ignores it with a WARNING ("there is already a transaction in progress"), and the first COMMIT ends the whole block, so the statements between the two COMMITs run without a transaction.',
          fix: { description: "Use one BEGIN … COMMIT block, or SAVEPOINT / RELEASE SAVEPOINT for a nested unit of work." }
        });
      }
      return;
    }
    if (isEnd(stmt) && wraps && !ctx.tx.explicit && ["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK"].includes(stmt.node.kind)) {
      const rollback = stmt.node.kind === "TRANS_STMT_ROLLBACK";
      const after = later.length;
      ctx.report({
        stmt,
        object: stmt.file,
        severity: rollback || allPending || after > 0 ? "high" : "medium",
        message: `The migration tool runs this file inside its own transaction (${m.transactionNote}), and this ${rollback ? "ROLLBACK undoes everything before it while the tool goes on to record the migration as applied" : "COMMIT commits the tool's transaction early"}` + (allPending ? ", together with every pending migration before this one" : "") + `: ${after > 0 ? "the statements after it and " : ""}the tool's bookkeeping then run outside any transaction, and the tool's COMMIT warns "there is no transaction in progress".`,
        fix: { description: `Remove the ${rollback ? "ROLLBACK" : "COMMIT"}: the tool commits the migration when it succeeds and rolls it back when it fails.` }
      });
    }
  }
});
function wholeFileBlock(begin, statements) {
  const before = statements.filter((s) => s.index < begin.index && isChange(s));
  const last = statements[statements.length - 1];
  const ends = statements.filter((s) => s.index > begin.index && isEnd(s));
  return !before.length && ends.length === 1 && ends[0] === last && last.node.kind === "TRANS_STMT_COMMIT" && !statements.some((s) => s !== begin && isBegin(s));
}

// rules/uncommitted-transaction.ts
var uncommitted_transaction_default = defineRule({
  id: "uncommitted-transaction",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "BEGIN without COMMIT",
  statements: ["TransactionStmt"],
  check(stmt, ctx) {
    if (!isBegin(stmt)) return;
    if (runnerWraps(ctx.migration)) return;
    if (ctx.tx.explicit) return;
    if (ctx.statements.some((s) => s.index > stmt.index && isEnd(s))) return;
    const oneQuery = ctx.migration.transactionMode === "implicit";
    ctx.report({
      stmt,
      object: stmt.file,
      message: "The file opens a transaction and never commits it. " + (oneQuery ? 'The tool sends the file as one query, so the connection is left "idle in transaction", holding every lock the migration took (an ACCESS EXCLUSIVE lock blocks all use of the table) until the tool closes it, and closing it rolls the whole migration back; whatever the tool runs next on that connection joins the open transaction.' : "When psql (or any client) reaches the end of the file it disconnects, and the server rolls the open transaction back: none of the migration is applied, with no error, while the tool may record it as done. Until then the locks the migration took are held."),
      fix: { description: "End the block with COMMIT; at the end of the file.", sql: "COMMIT;" }
    });
  }
});

// rules/prefer-robust-stmts.ts
var prefer_robust_stmts_default = defineRule({
  id: "prefer-robust-stmts",
  phase: "static",
  severity: "low",
  category: "deploy",
  title: "Statement fails when a half-applied migration is retried",
  // Every statement: whether a retry is safe depends on every change the file made before it.
  statements: "every",
  check(stmt, ctx) {
    if (ctx.tx.inTransaction || isAtomic(ctx.migration, ctx.statements)) return;
    const changes = changesOf(ctx.statements);
    const concurrent = stmt.kind === "IndexStmt" && !!stmt.node.concurrent;
    if (changes.length < 2 && !concurrent) return;
    if (changes[changes.length - 1] === stmt && !concurrent) return;
    const p = problem(stmt, ctx);
    if (!p) return;
    ctx.report({
      stmt,
      location: p.location,
      object: p.object,
      message: `${p.what}. This migration does not run in a transaction, so when a later statement fails, this one stays applied, and the retry fails here.`,
      fix: { description: p.fix, sql: p.sql }
    });
  }
});
var changesCache = /* @__PURE__ */ new WeakMap();
function changesOf(stmts) {
  let c = changesCache.get(stmts);
  if (!c) changesCache.set(stmts, c = stmts.filter(isChange));
  return c;
}
var DROP_KEYWORD = {
  OBJECT_MATVIEW: "MATERIALIZED VIEW",
  OBJECT_FOREIGN_TABLE: "FOREIGN TABLE",
  OBJECT_ACCESS_METHOD: "ACCESS METHOD",
  OBJECT_EVENT_TRIGGER: "EVENT TRIGGER",
  OBJECT_TSCONFIGURATION: "TEXT SEARCH CONFIGURATION"
};
var insert = (sql, re, text) => re.test(sql) ? sql.replace(re, (m) => `${m}${text}`) + ";" : void 0;
function problem(stmt, ctx) {
  const n = stmt.node;
  const sql = stmt.sql;
  let earlierList;
  const earlier = () => earlierList ??= ctx.statements.filter((s) => s.index < stmt.index);
  const droppedFirst = (type, name) => !!name && earlier().some(
    (s) => s.kind === "DropStmt" && s.node.removeType === type && s.node.missing_ok && (s.node.objects ?? []).some((o) => {
      const parts = strings(o?.List?.items ?? (o?.String ? [o] : []));
      return parts[parts.length - 1] === name;
    })
  );
  switch (stmt.kind) {
    case "CreateStmt":
      if (n.if_not_exists || n.relation?.relpersistence === "t") return void 0;
      return { object: rangeVarName(n.relation)?.qualified, what: `CREATE TABLE ${rangeVarName(n.relation)?.qualified} has no IF NOT EXISTS`, fix: "Add IF NOT EXISTS.", sql: insert(sql, /^\s*create\s+(unlogged\s+)?table\s+/i, "IF NOT EXISTS ") };
    case "IndexStmt": {
      if (n.if_not_exists) return void 0;
      const name = n.idxname;
      const object = name ? `${rangeVarName(n.relation)?.schema ?? "public"}.${name}` : rangeVarName(n.relation)?.qualified;
      if (!name) {
        return {
          object,
          what: "The index has no name, so a retry builds a second, identical index under a new name",
          fix: "Name the index and create it with IF NOT EXISTS."
        };
      }
      if (n.concurrent) {
        if (droppedFirst("OBJECT_INDEX", name)) return void 0;
        return {
          object,
          what: `CREATE INDEX CONCURRENTLY ${name} has no IF NOT EXISTS, and a failed concurrent build leaves an INVALID index named ${name} behind`,
          fix: "Drop a leftover invalid index first, then build it again (IF NOT EXISTS alone would keep the invalid one).",
          sql: `DROP INDEX CONCURRENTLY IF EXISTS ${name};
${sql};`
        };
      }
      return { object, what: `CREATE INDEX ${name} has no IF NOT EXISTS`, fix: "Add IF NOT EXISTS.", sql: insert(sql, /^\s*create\s+(unique\s+)?index\s+/i, "IF NOT EXISTS ") };
    }
    case "CreateSchemaStmt":
      if (n.if_not_exists) return void 0;
      return { object: n.schemaname, what: `CREATE SCHEMA ${n.schemaname} has no IF NOT EXISTS`, fix: "Add IF NOT EXISTS.", sql: insert(sql, /^\s*create\s+schema\s+/i, "IF NOT EXISTS ") };
    case "CreateSeqStmt":
      if (n.if_not_exists) return void 0;
      return { object: rangeVarName(n.sequence)?.qualified, what: `CREATE SEQUENCE ${rangeVarName(n.sequence)?.qualified} has no IF NOT EXISTS`, fix: "Add IF NOT EXISTS.", sql: insert(sql, /^\s*create\s+(temp\s+|temporary\s+|unlogged\s+)?sequence\s+/i, "IF NOT EXISTS ") };
    case "CreateExtensionStmt":
      if (n.if_not_exists) return void 0;
      return { object: n.extname, what: `CREATE EXTENSION ${n.extname} has no IF NOT EXISTS`, fix: "Add IF NOT EXISTS.", sql: insert(sql, /^\s*create\s+extension\s+/i, "IF NOT EXISTS ") };
    case "CreateFunctionStmt":
      if (n.replace) return void 0;
      return { object: listName(n.funcname)?.qualified, what: `CREATE ${n.is_procedure ? "PROCEDURE" : "FUNCTION"} ${listName(n.funcname)?.qualified} has no OR REPLACE`, fix: "Use CREATE OR REPLACE.", sql: insert(sql, /^\s*create\s+/i, "OR REPLACE ") };
    case "ViewStmt":
      if (n.replace) return void 0;
      return { object: rangeVarName(n.view)?.qualified, what: `CREATE VIEW ${rangeVarName(n.view)?.qualified} has no OR REPLACE`, fix: "Use CREATE OR REPLACE VIEW.", sql: insert(sql, /^\s*create\s+/i, "OR REPLACE ") };
    case "CreateTrigStmt": {
      if (n.replace || droppedFirst("OBJECT_TRIGGER", n.trigname)) return void 0;
      const table2 = rangeVarName(n.relation)?.qualified;
      return ctx.settings.pgVersion >= 14 ? { object: `${table2}.${n.trigname}`, what: `CREATE TRIGGER ${n.trigname} has no OR REPLACE`, fix: "Use CREATE OR REPLACE TRIGGER (PostgreSQL 14+).", sql: insert(sql, /^\s*create\s+/i, "OR REPLACE ") } : { object: `${table2}.${n.trigname}`, what: `CREATE TRIGGER ${n.trigname} fails if the trigger exists`, fix: "Drop it first with IF EXISTS.", sql: `DROP TRIGGER IF EXISTS ${n.trigname} ON ${table2};
${sql};` };
    }
    case "CreatePolicyStmt": {
      if (droppedFirst("OBJECT_POLICY", n.policy_name)) return void 0;
      const table2 = rangeVarName(n.table)?.qualified;
      return { object: `${table2}.${n.policy_name}`, what: `CREATE POLICY "${n.policy_name}" fails if the policy exists (there is no IF NOT EXISTS)`, fix: "Drop it first with IF EXISTS.", sql: `DROP POLICY IF EXISTS "${n.policy_name}" ON ${table2};
${sql};` };
    }
    case "DropStmt": {
      if (n.missing_ok) return void 0;
      const kind = DROP_KEYWORD[n.removeType] ?? String(n.removeType ?? "").replace(/^OBJECT_/, "").replace(/_/g, " ");
      const re = new RegExp(`^\\s*drop\\s+${kind.split(" ").join("\\s+")}\\s+(concurrently\\s+)?`, "i");
      const first = n.objects?.[0];
      const dropped = first?.List ? strings(first.List.items).join(".") : first?.String?.sval ?? (first?.TypeName ? strings(first.TypeName.names).join(".") : first?.ObjectWithArgs ? strings(first.ObjectWithArgs.objname).join(".") : void 0);
      return { object: dropped, what: `DROP ${kind}${dropped ? " " + dropped : ""} has no IF EXISTS`, fix: "Add IF EXISTS.", sql: insert(sql, re, "IF EXISTS ") };
    }
    case "AlterTableStmt": {
      const table2 = rangeVarName(n.relation)?.qualified;
      for (const c of n.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (!cmd) continue;
        if (cmd.subtype === "AT_AddColumn" && !cmd.missing_ok) {
          const col = cmd.def?.ColumnDef;
          return {
            object: `${table2}.${col?.colname}`,
            what: `ADD COLUMN ${col?.colname} on ${table2} has no IF NOT EXISTS`,
            fix: "Write ADD COLUMN IF NOT EXISTS.",
            sql: /\badd\s+column\s+(?!if\b)/i.test(sql) ? sql.replace(/\badd\s+column\s+(?!if\b)/gi, "ADD COLUMN IF NOT EXISTS ") + ";" : void 0,
            location: col?.location
          };
        }
        if (cmd.subtype === "AT_DropColumn" && !cmd.missing_ok) {
          return {
            object: `${table2}.${cmd.name}`,
            what: `DROP COLUMN ${cmd.name} on ${table2} has no IF EXISTS`,
            fix: "Write DROP COLUMN IF EXISTS.",
            sql: /\bdrop\s+column\s+(?!if\b)/i.test(sql) ? sql.replace(/\bdrop\s+column\s+(?!if\b)/gi, "DROP COLUMN IF EXISTS ") + ";" : void 0
          };
        }
        if (cmd.subtype === "AT_DropConstraint" && !cmd.missing_ok) {
          return {
            object: `${table2}.${cmd.name}`,
            what: `DROP CONSTRAINT ${cmd.name} on ${table2} has no IF EXISTS`,
            fix: "Write DROP CONSTRAINT IF EXISTS.",
            sql: sql.replace(/\bdrop\s+constraint\s+(?!if\b)/gi, "DROP CONSTRAINT IF EXISTS ") + ";"
          };
        }
        if (cmd.subtype === "AT_AddConstraint") {
          const con = cmd.def?.Constraint;
          const name = con?.conname;
          if (!name) continue;
          const dropped = earlier().some(
            (s) => s.kind === "AlterTableStmt" && (s.node.cmds ?? []).some((x) => x?.AlterTableCmd?.subtype === "AT_DropConstraint" && x.AlterTableCmd.missing_ok && x.AlterTableCmd.name === name)
          );
          if (dropped) continue;
          return {
            object: `${table2}.${name}`,
            what: `ADD CONSTRAINT ${name} on ${table2} fails if the constraint exists (there is no IF NOT EXISTS)`,
            fix: "Drop it first with IF EXISTS in the statement before.",
            sql: `ALTER TABLE ${table2} DROP CONSTRAINT IF EXISTS ${name};
${sql};`,
            location: con?.location
          };
        }
      }
      return void 0;
    }
    default:
      return void 0;
  }
}

// rules/non-transactional-migration.ts
var non_transactional_migration_default = defineRule({
  id: "non-transactional-migration",
  phase: "static",
  severity: "medium",
  category: "deploy",
  title: "Multi-statement migration without a transaction",
  finish(ctx) {
    for (const src of ctx.sources) {
      const m = src.migration;
      if (m.status === "base" || src.direction !== "up") continue;
      const statements = src.statements;
      if (isAtomic(m, statements)) continue;
      if (statements.some(isBegin)) continue;
      const changes = statements.filter(isChange);
      if (changes.length < 2) continue;
      const noTx = changes.filter((s) => cannotRunInTransaction(s, ctx.settings.pgVersion));
      if (noTx.length === changes.length) continue;
      const how = m.transactionNote ? ` (${m.transactionNote.replace(/^not wrapped \((.*)\)$/, "$1")})` : "";
      const first = changes[0];
      ctx.report({
        stmt: first,
        object: src.source.file,
        message: `This migration runs outside a transaction${how}, and it has ${changes.length} statements that change the schema or data: if one fails, the ones before it stay applied. The database is left half-migrated, the tool usually records the migration as failed or dirty, and re-running it fails on the statements that already ran.` + (noTx.length ? ` ${noTx.length} of them cannot run inside a transaction block (e.g. CREATE INDEX CONCURRENTLY), so the file cannot simply be wrapped.` : ""),
        fix: noTx.length ? {
          description: "Move the statements that cannot run in a transaction (CONCURRENTLY, VACUUM, …) into their own migration, and wrap the rest in BEGIN … COMMIT; or make every statement safe to re-run (see prefer-robust-stmts)."
        } : {
          description: "Wrap the file in one transaction, so a failure leaves nothing behind.",
          sql: "BEGIN;\n-- … the statements of this migration …\nCOMMIT;"
        }
      });
    }
  }
});

// rules/identifier-too-long.ts
var DEFINING_STATEMENTS = [
  "CreateStmt",
  "ViewStmt",
  "CreateTableAsStmt",
  "CreateSeqStmt",
  "CreateSchemaStmt",
  "IndexStmt",
  "CreatePolicyStmt",
  "CreateTrigStmt",
  "CreateFunctionStmt",
  "CreateEnumStmt",
  "CreateRangeStmt",
  "CreateDomainStmt",
  "CompositeTypeStmt",
  "RenameStmt",
  "AlterTableStmt"
];
var DEFINITION_NODES = ["ColumnDef", "Constraint"];
var NAMES_BY_WALK = /* @__PURE__ */ new Set(["CreateStmt", "AlterTableStmt", "CompositeTypeStmt", "CreateDomainStmt"]);
function definedNames(stmt, ctx) {
  const n = stmt.node;
  const out = [];
  const add = (name, kind, location2) => {
    if (typeof name === "string" && name) out.push({ name, kind, location: location2 });
  };
  const last = (items) => strings(items).pop();
  switch (stmt.kind) {
    case "CreateStmt":
      add(n.relation?.relname, "table", n.relation?.location);
      break;
    case "ViewStmt":
      add(n.view?.relname, "view", n.view?.location);
      break;
    case "CreateTableAsStmt":
      add(n.into?.rel?.relname, n.objtype === "OBJECT_MATVIEW" ? "materialized view" : "table", n.into?.rel?.location);
      break;
    case "CreateSeqStmt":
      add(n.sequence?.relname, "sequence", n.sequence?.location);
      break;
    case "CreateSchemaStmt":
      add(n.schemaname, "schema");
      break;
    case "IndexStmt":
      add(n.idxname, "index");
      break;
    case "CreatePolicyStmt":
      add(n.policy_name, "policy");
      break;
    case "CreateTrigStmt":
      add(n.trigname, "trigger");
      break;
    case "CreateFunctionStmt":
      add(last(n.funcname), n.is_procedure ? "procedure" : "function");
      break;
    case "CreateEnumStmt":
    case "CreateRangeStmt":
      add(last(n.typeName), "type");
      break;
    case "CreateDomainStmt":
      add(last(n.domainname), "domain");
      break;
    case "CompositeTypeStmt":
      add(n.typevar?.relname, "type", n.typevar?.location);
      break;
    case "RenameStmt":
      add(n.newname, "new name");
      break;
    default:
      break;
  }
  if (NAMES_BY_WALK.has(stmt.kind)) {
    for (const { kind, node } of ctx.nodes(DEFINITION_NODES)) {
      if (kind === "ColumnDef") add(node.colname, "column", node.location);
      else add(node.conname, "constraint", node.location);
    }
  }
  return out;
}
function clip(name) {
  let out = "";
  let bytes = 0;
  for (const ch of name) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > MAX_IDENTIFIER_BYTES) break;
    out += ch;
    bytes += b;
  }
  return out;
}
function longIdentifiers(sql) {
  let tokens;
  try {
    tokens = scanSync(sql).tokens;
  } catch {
    return [];
  }
  const out = [];
  for (const t of tokens) {
    if (t.tokenName !== "IDENT" || typeof t.text !== "string") continue;
    const text = t.text;
    const name = text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES) out.push(name);
  }
  return out;
}
var NOT_PLAIN = /[^\x00-\x23\x25-\x5b\x5d-\x7f]/;
var LONG_WORD = /\b\w{64}/;
function mayHaveLongIdentifier(sql) {
  if (NOT_PLAIN.test(sql) || sql.includes("--") || sql.includes("/*") || LONG_WORD.test(sql)) return true;
  let double = sql.indexOf('"');
  let single = sql.indexOf("'");
  let at = 0;
  while (double >= 0 || single >= 0) {
    const open = double < 0 ? single : single < 0 ? double : Math.min(double, single);
    const quote = open === double ? '"' : "'";
    let close = sql.indexOf(quote, open + 1);
    while (close >= 0 && sql.charCodeAt(close + 1) === quote.charCodeAt(0)) close = sql.indexOf(quote, close + 2);
    if (close < 0) return true;
    if (quote === '"' && close - open - 1 > MAX_IDENTIFIER_BYTES) return true;
    at = close + 1;
    if (double >= 0 && double < at) double = sql.indexOf('"', at);
    if (single >= 0 && single < at) single = sql.indexOf("'", at);
  }
  return false;
}
var identifier_too_long_default = defineRule({
  id: "identifier-too-long",
  phase: "static",
  severity: "medium",
  category: "deploy",
  title: "Identifier longer than 63 bytes is truncated",
  statements: DEFINING_STATEMENTS,
  nodes: DEFINITION_NODES,
  check(stmt, ctx) {
    const walks = NAMES_BY_WALK.has(stmt.kind);
    if (walks && !mayHaveLongIdentifier(stmt.sql)) return;
    const candidates = definedNames(stmt, ctx).filter((d) => Buffer.byteLength(d.name) >= MAX_IDENTIFIER_BYTES - 3 - 1);
    if (!candidates.length) return;
    if (!walks && !mayHaveLongIdentifier(stmt.sql)) return;
    const long = longIdentifiers(stmt.sql);
    if (!long.length) return;
    const done = /* @__PURE__ */ new Set();
    const table2 = rangeVarName(stmt.node.relation ?? stmt.node.table)?.qualified;
    for (const d of candidates) {
      const written = long.find((l) => clip(l) === d.name);
      if (!written || done.has(`${d.kind}:${d.name}`)) continue;
      done.add(`${d.kind}:${d.name}`);
      const bytes = Buffer.byteLength(written);
      const multibyte = bytes !== written.length;
      const siblings = long.filter((l) => l !== written && clip(l) === d.name);
      ctx.report({
        stmt,
        location: d.location,
        object: d.kind === "column" || d.kind === "constraint" || d.kind === "policy" || d.kind === "trigger" ? `${table2 ?? ""}${table2 ? "." : ""}${d.name}` : d.name,
        message: `The ${d.kind} name "${written}" is ${bytes} bytes${multibyte ? ` (${written.length} characters: non-ASCII characters take several bytes in UTF-8)` : ""}; Postgres silently truncates identifiers to ${MAX_IDENTIFIER_BYTES} bytes and creates "${d.name}" (only a NOTICE says so). SQL that repeats the long name still works, because it is truncated the same way, but code that compares names as strings (information_schema or pg_catalog lookups, ORM schema diffs, migration tools checking whether the ${d.kind} exists) does not find it, and two long names that share the first ${MAX_IDENTIFIER_BYTES} bytes collide` + (siblings.length ? `, as "${siblings[0]}" does here` : "") + ".",
        fix: { description: `Choose a name of at most ${MAX_IDENTIFIER_BYTES} bytes (abbreviate its parts), and use that name everywhere the ${d.kind} is referenced.` }
      });
    }
  }
});

// rules/modified-migration.ts
var TOOL_NOTE = {
  flyway: " Flyway also validates checksums: `flyway migrate` fails with a checksum mismatch on every database that ran the old version until someone runs `flyway repair`.",
  prisma: " Prisma stores a checksum: `prisma migrate dev` then asks to reset the development database, and `migrate deploy` warns that the applied migration was modified."
};
var modified_migration_default = defineRule({
  id: "modified-migration",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "Already-applied migration edited",
  finish(ctx) {
    for (const m of ctx.set.migrations) {
      if (m.status !== "modified" || m.repeatable) continue;
      ctx.report({
        at: { file: m.up.file || m.path, line: 1, column: 1, migrationId: m.id },
        object: m.path,
        message: `${m.path} exists on the base branch with different content, so it has most likely already run in staging and production. Migration tools record which versions ran, not what they contained: databases that applied the old version never run the new one, while fresh databases (CI, new developers, a restore) run only the new one, so environments silently drift apart.` + (TOOL_NOTE[ctx.set.layout] ?? ""),
        fix: {
          description: "Restore the file to its base-branch content and put the change in a new migration. Edit an applied migration only to fix something that never ran anywhere (and say so), or to make a broken fresh setup work while keeping its effect identical."
        }
      });
    }
  }
});

// rules/template-not-sql.ts
var template_not_sql_default = defineRule({
  id: "template-not-sql",
  phase: "static",
  severity: "info",
  category: "deploy",
  title: "Migration is a template, not SQL",
  directions: ["up", "down"],
  finish(ctx) {
    for (const src of ctx.sources) {
      if (src.migration.status === "base") continue;
      const err = src.errors.find((e) => e.reason === "template");
      if (!err) continue;
      ctx.report({
        at: { file: src.source.file, line: err.line, column: err.column, migrationId: src.migration.id },
        object: src.source.file,
        message: `This ${src.direction} migration contains template placeholders (line ${err.line}), so it is not SQL until the migration tool renders it. pgreview cannot parse it as written and did not review any of its statements: nothing in this file was checked for locks, data loss or security.`,
        fix: {
          description: "Review the rendered SQL instead: render the template for production values and run pgreview on the output, or keep environment-specific values out of migrations (for example with a setting read by current_setting())."
        }
      });
    }
  }
});

// rules/unreadable-migration.ts
var FIX2 = {
  binary: "Replace it with the SQL text it should hold (a binary file, or text saved as UTF-16, is not a migration).",
  encoding: "Save the file as UTF-8: Postgres and migration tools expect UTF-8 migrations, and other encodings corrupt non-ASCII text.",
  "too-large": "Split it, or move bulk data out of the migration (COPY from a file, a seed script).",
  symlink: "Commit the SQL itself instead of a link to a file outside the repository.",
  unreadable: "Check the file exists, is a regular file and is readable.",
  format: "Follow the tool's file format (for dbmate: a '-- migrate:up' section first, then '-- migrate:down').",
  empty: "Add the SQL, or delete the file if it is not needed."
};
var unreadable_migration_default = defineRule({
  id: "unreadable-migration",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "Migration file could not be read as SQL",
  directions: ["up", "down"],
  finish(ctx) {
    const seen = /* @__PURE__ */ new Set();
    const report2 = (m, file, direction, reason, message, line = 1) => {
      const key2 = `${file}\0${direction}\0${reason}`;
      if (seen.has(key2)) return;
      seen.add(key2);
      const severity = reason === "empty" ? "low" : "high";
      ctx.report({
        at: { file, line, column: 1, migrationId: m.id },
        object: file,
        severity,
        message: reason === "empty" ? `${file} is empty: the migration tool will record it as applied without doing anything. If it is a placeholder, say so in a comment; if the SQL was lost (an unsaved editor, a bad merge), restore it.` : `pgreview could not review ${file}: ${message}. None of its statements were checked` + (reason === "format" ? ", and the migration tool will refuse the file when it runs" : reason === "symlink" ? "" : ", and the migration tool will most likely fail on it as well") + ".",
        fix: { description: FIX2[reason] ?? FIX2.unreadable }
      });
    };
    for (const m of ctx.set.migrations) {
      if (m.status === "base") continue;
      for (const p of m.readProblems ?? []) {
        const direction = p.direction ?? "up";
        if (p.reason === "empty" && direction === "down") continue;
        const file = direction === "down" ? m.down?.file ?? m.path : m.up.file || m.path;
        report2(m, file, direction, p.reason ?? "unreadable", p.message, p.line);
      }
    }
    for (const src of ctx.sources) {
      const m = src.migration;
      if (m.status === "base") continue;
      for (const err of src.errors) {
        if (err.reason === "binary" || err.reason === "encoding" || err.reason === "too-large")
          report2(m, src.source.file, src.direction, err.reason, err.message, err.line);
      }
      if (src.direction === "up" && !src.errors.length && !src.statements.length && /^[\s\ufeff]*$/.test(src.source.text) && !(m.readProblems ?? []).length)
        report2(m, src.source.file, "up", "empty", "file is empty");
    }
  }
});

// rules/unused-ignore.ts
var unused_ignore_default = defineRule({
  id: "unused-ignore",
  phase: "static",
  severity: "low",
  category: "style",
  title: "Ignore comment suppresses nothing"
});

// rules/ignore-without-reason.ts
var ignore_without_reason_default = defineRule({
  id: "ignore-without-reason",
  phase: "static",
  severity: "low",
  category: "style",
  title: "Ignore comment without a reason"
});

// rules/_changes.ts
var changesRules = [
  ban_drop_table_default,
  ban_drop_column_default,
  ban_drop_database_default,
  ban_drop_schema_cascade_default,
  renaming_table_default,
  renaming_column_default,
  ban_truncate_cascade_default,
  ban_char_field_default,
  prefer_bigint_over_int_default,
  prefer_identity_default,
  prefer_text_field_default,
  prefer_timestamptz_default,
  transaction_nesting_default,
  uncommitted_transaction_default,
  prefer_robust_stmts_default,
  non_transactional_migration_default,
  identifier_too_long_default,
  modified_migration_default,
  template_not_sql_default,
  unreadable_migration_default,
  unused_ignore_default,
  ignore_without_reason_default
];

// rules/rls-enabled-no-policy.ts
var rls_enabled_no_policy_default = defineRule({
  id: "rls-enabled-no-policy",
  phase: "static",
  severity: "medium",
  category: "security",
  title: "Row level security enabled without any policy",
  finish(ctx) {
    const reviewedStmts = ctx.reviewed.map((r) => r.stmt);
    for (const table2 of ctx.model.tables.values()) {
      if (table2.kind !== "table" || !table2.rls || table2.policies.length > 0) continue;
      if (!table2.rlsOrigin || table2.rlsOrigin.phase !== "pr") continue;
      if (!ctx.exposedSchemas.has(table2.schema) || SYSTEM_SCHEMAS.has(table2.schema)) continue;
      if (revokedFromApi(reviewedStmts, table2.qualified)) continue;
      if (dynamicDdlMayTouch(ctx.sources, /create\s+policy/i, table2)) continue;
      const roles = ctx.supabase ? "anon and authenticated" : "every role that does not own the table or bypass RLS";
      ctx.report({
        stmt: table2.rlsOrigin.statement,
        object: table2.qualified,
        message: `${table2.qualified} has row level security enabled but no policy exists by the end of this review: for ${roles} every SELECT returns no rows and every INSERT, UPDATE and DELETE fails or touches nothing. Only the owner${ctx.supabase ? " and service_role" : ""} (which bypass RLS) can use it (Supabase lint rls_enabled_no_policy).`,
        fix: {
          description: "Add the policies the application needs; if only the server should use the table, revoke access from the API roles to make that explicit.",
          sql: `${examplePolicy(table2.qualified, [...table2.columns.keys()], ctx.supabase)}
-- or, for a server-only table:
REVOKE ALL ON ${table2.qualified} FROM anon, authenticated;`
        }
      });
    }
  }
});

// rules/policy-without-rls.ts
var policy_without_rls_default = defineRule({
  id: "policy-without-rls",
  phase: "static",
  severity: "high",
  category: "security",
  title: "Policies on a table whose row level security is off",
  finish(ctx) {
    for (const table2 of ctx.model.tables.values()) {
      if (table2.kind !== "table" || table2.rls || table2.policies.length === 0) continue;
      if (SYSTEM_SCHEMAS.has(table2.schema)) continue;
      const added = table2.policies.filter((p) => p.origin.phase === "pr");
      if (added.length === 0) continue;
      if (dynamicDdlMayTouch(ctx.sources, /enable\s+row\s+level\s+security/i, table2)) continue;
      const names = table2.policies.map((p) => `"${p.name}"`).join(", ");
      const exposed = ctx.exposedSchemas.has(table2.schema);
      ctx.report({
        stmt: added[0].origin.statement,
        object: table2.qualified,
        message: `${table2.qualified} has ${table2.policies.length === 1 ? "the policy" : "policies"} ${names}, but row level security is never enabled on it, so Postgres ignores ${table2.policies.length === 1 ? "it" : "them"}: ${exposed ? `every client with API access reads and writes every row` : "every role with table privileges reads and writes every row"}, whatever the policies say.`,
        fix: {
          description: "Enable row level security on the table in the same migration as its policies.",
          sql: `ALTER TABLE ${table2.qualified} ENABLE ROW LEVEL SECURITY;`
        }
      });
    }
  }
});

// rules/rls-disabled.ts
var rls_disabled_default = defineRule({
  id: "rls-disabled",
  phase: "static",
  severity: "critical",
  category: "security",
  title: "Row level security disabled on an exposed table",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt") return;
    const cmd = (stmt.node.cmds ?? []).map((c) => c?.AlterTableCmd).find((c) => c?.subtype === "AT_DisableRowSecurity");
    if (!cmd) return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.exposedSchemas.has(table2.schema) || SYSTEM_SCHEMAS.has(table2.schema)) return;
    if (!ctx.isExisting(table2)) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    const reenabled = later.some(
      (s) => s.kind === "AlterTableStmt" && rangeVarName(s.node.relation)?.qualified === table2.qualified && (s.node.cmds ?? []).some((c) => c?.AlterTableCmd?.subtype === "AT_EnableRowSecurity")
    );
    if (reenabled && ctx.tx.inTransaction) return;
    const who = ctx.supabase ? "anyone holding the anon key (shipped in every web client)" : "every client with API access";
    const policies = ctx.table(table2)?.policies ?? [];
    ctx.report({
      stmt,
      object: table2.qualified,
      severity: reenabled ? "high" : ctx.supabase ? "critical" : "high",
      message: reenabled ? `Row level security on ${table2.qualified} is switched off and back on later in this file, but the file does not run in a transaction: between the two statements ${who} can read and write every row.` : `DISABLE ROW LEVEL SECURITY on ${table2.qualified}, which the API exposes, switches off ${policies.length ? `its ${policies.length} polic${policies.length === 1 ? "y" : "ies"}` : "row filtering"}: ${who} can read, change and delete every row from the moment this deploys.`,
      fix: {
        description: reenabled ? "Run the whole change in one transaction, or keep RLS on and do the data change as a role that bypasses RLS (service_role or the table owner)." : "Keep row level security on and change the policies instead; a table meant to be private belongs in a schema the API does not expose.",
        sql: reenabled ? void 0 : `-- keep RLS on; adjust policies instead, e.g.:
CREATE POLICY "read own rows" ON ${table2.qualified}
  FOR SELECT TO authenticated
  USING (user_id = (select auth.uid()));`
      }
    });
  }
});

// rules/policy-auth-uid-per-row.ts
var AUTH_FUNCS = /* @__PURE__ */ new Set(["uid", "jwt", "role", "email"]);
function perRowCalls(expr) {
  const out = [];
  if (!expr) return out;
  walk({ root: expr }, (key2, value) => {
    if (key2 === "SubLink") return false;
    if (key2 === "FuncCall") {
      const parts = strings(value.funcname).map((s) => s.toLowerCase());
      const name = parts[parts.length - 1];
      const schema = parts.length > 1 ? parts[0] : void 0;
      if (schema === "auth" && name && AUTH_FUNCS.has(name)) out.push({ name: `auth.${name}()`, location: value.location });
      else if (name === "current_setting" && (!schema || schema === "pg_catalog")) out.push({ name: "current_setting()", location: value.location });
    }
    return void 0;
  });
  return out;
}
function wrapInitPlan(sql) {
  return sql.replace(/(?<!select\s*)(?<![\w.])auth\s*\.\s*(uid|jwt|role|email)\s*\(\s*\)/gi, (_m, fn) => `(select auth.${fn.toLowerCase()}())`).replace(/(?<!select\s*)(?<![\w.])((?:pg_catalog\.)?current_setting\s*\([^()]*\))/gi, (_m, call) => `(select ${call})`);
}
var policy_auth_uid_per_row_default = defineRule({
  id: "policy-auth-uid-per-row",
  phase: "static",
  severity: "medium",
  category: "performance",
  title: "auth.uid() in a policy evaluated for every row",
  statements: ["CreatePolicyStmt", "AlterPolicyStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "CreatePolicyStmt" && stmt.kind !== "AlterPolicyStmt") return;
    const n = stmt.node;
    const calls = [...perRowCalls(n.qual), ...perRowCalls(n.with_check)];
    if (calls.length === 0) return;
    const table2 = rangeVarName(n.table);
    const names = [...new Set(calls.map((c) => c.name))];
    const onlySetting = names.every((x) => x === "current_setting()");
    const rewritten = wrapInitPlan(stmt.sql);
    holdPolicyFinding(ctx, "policy-auth-uid-per-row", stmt, {
      stmt,
      location: calls[0].location,
      object: table2 ? `${table2.qualified}.${n.policy_name}` : n.policy_name,
      severity: onlySetting ? "low" : void 0,
      message: `Policy "${n.policy_name}"${table2 ? ` on ${table2.qualified}` : ""} calls ${names.join(" and ")} directly, so Postgres evaluates ${names.length === 1 ? "it" : "them"} once for every row the query scans${onlySetting ? "" : " (each call reads and parses the request JWT settings)"}; on a table with many rows that makes every filtered query many times slower. Wrapped in a sub-select, the value is computed once per statement as an init plan (Supabase lint auth_rls_initplan).`,
      fix: {
        description: `Wrap the call in a sub-select: ${names.map((x) => `(select ${x})`).join(", ")}.`,
        sql: rewritten !== stmt.sql ? `${rewritten};` : void 0
      }
    });
  },
  finish(ctx) {
    reportHeldPolicies(ctx, "policy-auth-uid-per-row");
  }
});

// rules/policy-always-true-without-role.ts
function alwaysTrue(expr) {
  if (isLiteralTrue(expr)) return true;
  const e = expr?.A_Expr;
  if (e?.kind === "AEXPR_OP" && e.name?.[0]?.String?.sval === "=") {
    const l = e.lexpr?.A_Const?.ival;
    const r = e.rexpr?.A_Const?.ival;
    if (l && r && (l.ival ?? 0) === (r.ival ?? 0)) return true;
  }
  return false;
}
function openBefore(ctx, table2, cmd, open, roles) {
  if (!ctx.isExisting(table2)) return void 0;
  const t = ctx.table(table2);
  if (!t) return void 0;
  const covers2 = (theirs) => theirs.length === 0 || theirs.includes("public") || roles.length > 0 && roles.every((r) => theirs.includes(r));
  const old = t.policies.find(
    (p) => p.origin.phase === "base" && p.permissive && (p.cmd === cmd || p.cmd === "all") && covers2(p.roles) && alwaysTrue(open === "using" ? p.qual : p.withCheck)
  );
  if (old) return `policy "${old.name}", from migration ${old.origin.migrationId}, already let every row through`;
  const offBefore = !t.rls || t.rlsOrigin !== void 0 && t.rlsOrigin.phase !== "base";
  if (ctx.supabase && offBefore) return "row level security was off, and Supabase grants anon and authenticated ALL on public tables by default";
  return void 0;
}
var policy_always_true_without_role_default = defineRule({
  id: "policy-always-true-without-role",
  phase: "static",
  severity: "critical",
  category: "security",
  title: "Policy that lets every row through, for every role",
  statements: ["CreatePolicyStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "CreatePolicyStmt") return;
    const n = stmt.node;
    if (n.permissive !== true) return;
    const table2 = rangeVarName(n.table);
    if (!table2) return;
    const apiSchema = ctx.exposedSchemas.has(table2.schema) || ctx.supabase && table2.schema === "storage";
    if (!apiSchema) return;
    const cmd = String(n.cmd_name ?? "all").toLowerCase();
    const roles = roleNames(n.roles);
    const toPublic = roles.length === 0 || roles.includes("public");
    const toAnon = roles.includes("anon");
    const toAuthenticated = roles.includes("authenticated");
    if (!toPublic && !toAnon && !toAuthenticated) return;
    const qualTrue = alwaysTrue(n.qual);
    const checkTrue = alwaysTrue(n.with_check);
    let open;
    if (cmd === "select" || cmd === "delete") open = qualTrue ? "using" : void 0;
    else if (cmd === "insert") open = checkTrue ? "check" : void 0;
    else open = qualTrue ? "using" : checkTrue ? "check" : void 0;
    if (!open) return;
    const name = n.policy_name ?? "";
    const write = cmd !== "select";
    const anonToo = toPublic || toAnon;
    const who = anonToo ? ctx.supabase ? "anyone holding the anon key, signed in or not," : "every role, including unauthenticated API clients" : "every signed-in user";
    const clause = open === "using" ? "USING (true)" : "WITH CHECK (true)";
    const action = {
      select: "read every row",
      insert: "insert any row, with any values",
      update: open === "using" ? "change every row" : "rewrite the rows they can update into anything, including handing them to another user",
      delete: "delete every row",
      all: open === "using" ? "read, change and delete every row" : "insert any row and rewrite rows into anything"
    };
    const verb = action[cmd] ?? "read and write every row";
    let severity;
    if (!write) {
      if (toAnon && !toPublic) return;
      if (INTENT.test(name)) return;
      severity = anonToo ? "high" : "medium";
    } else if (cmd === "update" && open === "check") severity = "medium";
    else if (cmd === "insert") severity = anonToo && !INTENT.test(name) ? "high" : "medium";
    else severity = anonToo ? "critical" : "high";
    const target = `${table2.qualified}`;
    const serviceRoleIntent = ctx.supabase && /service[_ -]?role/i.test(name);
    const rolesText = toPublic ? roles.length === 0 ? "no TO clause (PUBLIC)" : "TO public" : `TO ${roles.join(", ")}`;
    const before = openBefore(ctx, table2.qualified, cmd, open, roles);
    if (before && severity === "critical") severity = "high";
    holdPolicyFinding(ctx, "policy-always-true-without-role", stmt, {
      stmt,
      object: `${target}.${name}`,
      severity,
      message: `Policy "${name}" on ${target} is FOR ${cmd.toUpperCase()} with ${clause} and ${rolesText}: ${who} can ${verb}.${before ? ` Before this pull request ${target} was already open this way (${before}): the policy keeps an exposure production already has rather than creating it.` : ""} ${write ? "Row level security is effectively off for this command." : anonToo ? "If the rows are public on purpose, say so with TO anon, authenticated; otherwise filter by owner." : "In a multi-user or multi-tenant table that leaks other users’ rows; filter by owner or tenant."}${serviceRoleIntent ? ` The name says it is meant for the service role, but a policy applies to the roles in its TO clause, not to the role in its name; and the service_role key needs no policy at all: the role has BYPASSRLS, so the cron jobs and server routes that use it already bypass row level security.` : ""}`,
      fix: serviceRoleIntent ? {
        description: "Drop the policy: service_role bypasses RLS without one. If a role without BYPASSRLS needs it, name that role in TO.",
        sql: `DROP POLICY "${name}" ON ${target};`
      } : {
        description: write ? `Limit the policy to the rows the caller owns, and to the role that needs it.` : anonToo ? "Filter by owner, or state that the data is public by naming the roles explicitly." : "Filter by owner or tenant membership.",
        sql: write ? `-- replace user_id with the column that holds the owner
CREATE POLICY "${name}" ON ${target}
  FOR ${cmd.toUpperCase()} TO authenticated
  ${cmd === "insert" ? "WITH CHECK" : "USING"} (user_id = (select auth.uid()))${cmd === "update" || cmd === "all" ? "\n  WITH CHECK (user_id = (select auth.uid()))" : ""};` : `-- replace user_id with the column that holds the owner
CREATE POLICY "${name}" ON ${target}
  FOR SELECT TO authenticated
  USING (user_id = (select auth.uid()));
-- or, for data that is public on purpose:
-- CREATE POLICY "${name}" ON ${target} FOR SELECT TO anon, authenticated USING (true);`
      }
    });
  },
  finish(ctx) {
    reportHeldPolicies(ctx, "policy-always-true-without-role");
  }
});

// rules/multiple-permissive-policies.ts
var COMMANDS = ["select", "insert", "update", "delete"];
var multiple_permissive_policies_default = defineRule({
  id: "multiple-permissive-policies",
  phase: "static",
  severity: "low",
  category: "performance",
  title: "Several permissive policies for the same role and command",
  finish(ctx) {
    for (const table2 of ctx.model.tables.values()) {
      if (table2.kind !== "table" || SYSTEM_SCHEMAS.has(table2.schema)) continue;
      const permissive = table2.policies.filter((p) => p.permissive && p.origin.statement.node?.permissive === true);
      if (permissive.length < 2 || !permissive.some((p) => p.origin.phase === "pr")) continue;
      const roles = /* @__PURE__ */ new Set();
      for (const p of permissive) for (const r of p.roles) if (r !== "public") roles.add(r);
      if (ctx.supabase) ["anon", "authenticated"].forEach((r) => roles.add(r));
      if (roles.size === 0) roles.add("public");
      for (const r of BYPASS_RLS_ROLES) roles.delete(r);
      const overlaps = [];
      for (const role of roles) {
        for (const cmd of COMMANDS) {
          const hits = permissive.filter(
            (p) => (p.cmd === cmd || p.cmd === "all") && (p.roles.length === 0 || p.roles.includes("public") || p.roles.includes(role))
          );
          if (hits.length > 1 && hits.some((p) => p.origin.phase === "pr")) overlaps.push({ role, cmd, policies: hits });
        }
      }
      if (overlaps.length === 0) continue;
      const groups = /* @__PURE__ */ new Map();
      for (const o of overlaps) {
        const key2 = o.policies.map((p) => p.name).sort().join("\0");
        const g = groups.get(key2) ?? { roles: /* @__PURE__ */ new Set(), cmds: /* @__PURE__ */ new Set(), policies: o.policies };
        g.roles.add(o.role);
        g.cmds.add(o.cmd.toUpperCase());
        groups.set(key2, g);
      }
      const parts = [...groups.values()].map(
        (g) => `${g.policies.map((p) => `"${p.name}"`).join(", ")} for ${[...g.roles].join(", ")} on ${[...g.cmds].join("/")}`
      );
      const latest = overlaps.flatMap((o) => o.policies).filter((p) => p.origin.phase === "pr");
      const at = latest[latest.length - 1];
      ctx.report({
        stmt: at.origin.statement,
        object: table2.qualified,
        message: `${table2.qualified} has several permissive policies that apply to the same role and command (${parts.join("; ")}). Postgres ORs them together and evaluates every one of them for every row a query touches, so each extra policy adds its full cost to every read or write (Supabase lint multiple_permissive_policies).`,
        fix: {
          description: "Merge the policies for one role and command into a single policy whose condition ORs the cases, or scope each policy to a different role with TO.",
          // An outline with placeholders, so commented out: fix SQL must apply as written.
          sql: `-- e.g. one SELECT policy instead of two:
-- CREATE POLICY "read rows" ON ${table2.qualified}
--   FOR SELECT TO authenticated
--   USING ((<condition of policy 1>) OR (<condition of policy 2>));`
        }
      });
    }
  }
});

// rules/security-definer-search-path.ts
var security_definer_search_path_default = defineRule({
  id: "security-definer-search-path",
  phase: "static",
  severity: "high",
  category: "security",
  title: "SECURITY DEFINER function without a safe search_path",
  statements: ["CreateFunctionStmt", "AlterFunctionStmt"],
  check(stmt, ctx) {
    if (stmt.kind === "CreateFunctionStmt") {
      const n = stmt.node;
      if (defElem(n.options, "security")?.arg?.Boolean?.boolval !== true) return;
      if (n.sql_body) return;
      const lang = defElemString(defElem(n.options, "language"))?.toLowerCase();
      if (lang === "c" || lang === "internal") return;
      const q = listName(n.funcname);
      if (!q) return;
      const kind = n.is_procedure ? "procedure" : "function";
      const path6 = searchPathOption(n.options);
      const fix = (advice) => {
        const { sql, note } = pinSearchPath(stmt, kind, ctx);
        return { description: note ? `${advice} ${note}` : advice, sql };
      };
      if (path6 === void 0) {
        if (laterSearchPath(ctx.statements, stmt, q.qualified)) return;
        ctx.report({
          stmt,
          object: q.qualified,
          message: `${q.qualified} runs with its owner's privileges (SECURITY DEFINER) but takes the caller's search_path: a caller who can create objects in any schema on that path (or a temporary table, since pg_temp is searched first) can plant a table, function or operator with the same name as one the body uses, and it runs with the owner's rights — privilege escalation.`,
          fix: fix(`Pin the search_path on the ${kind} (and schema-qualify the names in its body), as the Postgres docs prescribe for SECURITY DEFINER.`)
        });
        return;
      }
      if (path6.includes("<current>")) return;
      const tempAt = path6.indexOf("pg_temp");
      if (tempAt >= 0 && tempAt < path6.length - 1) {
        ctx.report({
          stmt,
          object: q.qualified,
          message: `${q.qualified} is SECURITY DEFINER with search_path ${path6.join(", ")}: pg_temp is searched before ${path6.slice(tempAt + 1).join(", ")}, so any caller can shadow the body's tables with a temporary table of the same name and have the owner's privileges applied to it.`,
          fix: fix("Put pg_temp last (or leave it out and use an empty search_path).")
        });
        return;
      }
      if (path6.includes("public") && ctx.settings.pgVersion < 15 && !ctx.supabase) {
        ctx.report({
          stmt,
          object: q.qualified,
          severity: "medium",
          message: `${q.qualified} is SECURITY DEFINER with public on its search_path; before PostgreSQL 15 every role may create objects in public unless that was revoked, so a caller can plant an object the body resolves by name and run it with the owner's privileges.`,
          fix: fix("Use an empty search_path and schema-qualify names, or REVOKE CREATE ON SCHEMA public FROM PUBLIC.")
        });
      }
      return;
    }
    if (stmt.kind === "AlterFunctionStmt") {
      const n = stmt.node;
      const makesDefiner = (n.actions ?? []).some((a) => a?.DefElem?.defname === "security" && a.DefElem.arg?.Boolean?.boolval === true);
      if (!makesDefiner || searchPathOption(n.actions) !== void 0) return;
      const q = listName(n.func?.objname);
      const fn = q && ctx.model.functions.get(q.qualified);
      if (!q || !fn || fn.searchPath !== void 0) return;
      if (laterSearchPath(ctx.statements, stmt, q.qualified)) return;
      ctx.report({
        stmt,
        object: q.qualified,
        message: `This makes ${q.qualified} SECURITY DEFINER, and it has no search_path of its own: a caller who can create objects on their search_path can make its body resolve a name to their object, which then runs with the owner's privileges.`,
        fix: { description: "Set the search_path in the same statement.", sql: `${stmt.sql.replace(/\s*;?\s*$/, "")} SET search_path = '';` }
      });
    }
  }
});

// rules/function-search-path-mutable.ts
var function_search_path_mutable_default = defineRule({
  id: "function-search-path-mutable",
  phase: "static",
  severity: "low",
  category: "security",
  title: "Function in an exposed schema without a fixed search_path",
  statements: ["CreateFunctionStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "CreateFunctionStmt") return;
    const n = stmt.node;
    if (defElem(n.options, "security")?.arg?.Boolean?.boolval === true) return;
    if (n.sql_body) return;
    const lang = defElemString(defElem(n.options, "language"))?.toLowerCase();
    if (lang === "c" || lang === "internal") return;
    const q = listName(n.funcname);
    if (!q || !ctx.exposedSchemas.has(q.schema) || SYSTEM_SCHEMAS.has(q.schema)) return;
    if (searchPathOption(n.options) !== void 0 || laterSearchPath(ctx.statements, stmt, q.qualified)) return;
    const kind = n.is_procedure ? "procedure" : "function";
    const { sql, note } = pinSearchPath(stmt, kind, ctx);
    const advice = `Pin the ${kind}'s search_path, and schema-qualify the names in its body.`;
    ctx.report({
      stmt,
      object: q.qualified,
      message: `${q.qualified} resolves the names in its body through the caller's search_path, which the caller controls: when it runs for a more privileged role (from a trigger, a policy or a SECURITY DEFINER function) a planted object with the same name can be picked up instead (Supabase lint function_search_path_mutable).`,
      fix: { description: note ? `${advice} ${note}` : advice, sql }
    });
  }
});

// rules/security-definer-view.ts
var security_definer_view_default = defineRule({
  id: "security-definer-view",
  phase: "static",
  severity: "high",
  category: "security",
  title: "View in an exposed schema bypasses row level security",
  statements: ["ViewStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "ViewStmt") return;
    const n = stmt.node;
    const view = rangeVarName(n.view);
    if (!view || !ctx.exposedSchemas.has(view.schema) || SYSTEM_SCHEMAS.has(view.schema)) return;
    if (n.view?.relpersistence === "t") return;
    if (ctx.settings.pgVersion < 15) return;
    if (optionOn(defElem(n.options, "security_invoker"))) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    const fixedLater = later.some(
      (s) => s.kind === "AlterTableStmt" && rangeVarName(s.node.relation)?.qualified === view.qualified && (s.node.cmds ?? []).some(
        (c) => c?.AlterTableCmd?.subtype === "AT_SetRelOptions" && optionOn((c.AlterTableCmd.def?.List?.items ?? []).map((i) => i?.DefElem).find((d) => d?.defname === "security_invoker"))
      )
    );
    if (fixedLater || revokedFromApi(later, view.qualified)) return;
    const ctes = cteNames(n.query);
    const sources = rangeVars(n.query).filter((q) => !(ctes.has(q.name) && q.schema === "public"));
    if (sources.some((q) => q.qualified === "auth.users")) return;
    const protectedSources = sources.filter((q) => {
      const t = ctx.table(q);
      if (!t) return true;
      if (t.kind !== "table") return false;
      return t.rls || !ctx.exposedSchemas.has(t.schema);
    });
    if (protectedSources.length === 0) return;
    const names = [...new Set(protectedSources.map((q) => q.qualified))];
    ctx.report({
      stmt,
      object: view.qualified,
      message: `${view.qualified} is created without security_invoker, so it reads ${names.join(", ")} with the view owner's privileges: row level security policies on ${names.length === 1 ? "that table" : "those tables"} are not applied, and any client that can select from the view (anon and authenticated by default) sees every row (Supabase lint security_definer_view).`,
      fix: {
        description: "Create the view with security_invoker (PostgreSQL 15+) so the caller’s privileges and policies apply.",
        sql: `ALTER VIEW ${view.qualified} SET (security_invoker = true);`
      }
    });
  }
});

// rules/auth-users-exposed.ts
var auth_users_exposed_default = defineRule({
  id: "auth-users-exposed",
  phase: "static",
  severity: "critical",
  category: "security",
  title: "View exposes auth.users through the API",
  statements: ["ViewStmt", "CreateTableAsStmt"],
  check(stmt, ctx) {
    let view;
    let query;
    let invoker = false;
    let kind = "view";
    if (stmt.kind === "ViewStmt") {
      view = rangeVarName(stmt.node.view);
      query = stmt.node.query;
      invoker = optionOn(defElem(stmt.node.options, "security_invoker"));
    } else if (stmt.kind === "CreateTableAsStmt" && stmt.node.objtype === "OBJECT_MATVIEW") {
      view = rangeVarName(stmt.node.into?.rel);
      query = stmt.node.query;
      kind = "materialized view";
    } else return;
    if (!view || !ctx.exposedSchemas.has(view.schema)) return;
    if (invoker) return;
    const hit = rangeVars(query).find((q) => q.qualified === "auth.users");
    if (!hit) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    if (revokedFromApi(later, view.qualified)) return;
    ctx.report({
      stmt,
      location: hit.location,
      object: view.qualified,
      message: `The ${kind} ${view.qualified} selects from auth.users and lives in the ${view.schema} schema, which the API exposes: it runs with its owner's rights, so anon and authenticated clients can read users' emails, phone numbers and metadata through it (Supabase lint auth_users_exposed).`,
      fix: {
        description: "Keep user data in a public.profiles table filled by a trigger (with RLS), or move the view to a schema the API does not expose, or revoke access from the API roles.",
        sql: `REVOKE ALL ON ${view.qualified} FROM anon, authenticated;
-- or: CREATE SCHEMA private; ALTER ${kind === "view" ? "VIEW" : "MATERIALIZED VIEW"} ${view.qualified} SET SCHEMA private;`
      }
    });
  }
});

// rules/grant-write-to-anon.ts
var WRITE = ["insert", "update", "delete", "truncate"];
var grant_write_to_anon_default = defineRule({
  id: "grant-write-to-anon",
  phase: "static",
  severity: "high",
  category: "security",
  title: "Write privileges granted to anonymous or all roles",
  statements: ["GrantStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "GrantStmt" || !stmt.node.is_grant) return;
    if (isPlatformDefaultGrant(stmt, ctx)) return;
    const n = stmt.node;
    const grantees = roleNames(n.grantees);
    const anonymous = grantees.filter((r) => r === "anon" || r === "public");
    const apiRoles2 = grantees.filter((r) => r === "anon" || r === "public" || r === "authenticated");
    const privs = (n.privileges ?? []).map((p) => String(p?.AccessPriv?.priv_name ?? "").toLowerCase());
    const all = privs.length === 0;
    const shown = (r) => r === "public" ? "PUBLIC" : r;
    let laterList;
    const later = () => laterList ??= ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    const rlsLater = (t) => later().some(
      (s) => s.kind === "AlterTableStmt" && rangeVarName(s.node.relation)?.qualified === t.qualified && (s.node.cmds ?? []).some((c) => c?.AlterTableCmd?.subtype === "AT_EnableRowSecurity")
    );
    if (n.objtype === "OBJECT_TABLE") {
      if (apiRoles2.length === 0) return;
      const writes = all ? WRITE : privs.filter((p) => WRITE.includes(p));
      if (writes.length === 0) return;
      let tables = [];
      if (n.targtype === "ACL_TARGET_OBJECT") {
        tables = (n.objects ?? []).map((o) => ctx.table(rangeVarName(o.RangeVar))).filter((t) => !!t);
      } else if (n.targtype === "ACL_TARGET_ALL_IN_SCHEMA") {
        const schemas = new Set(strings(n.objects));
        tables = [...ctx.model.tables.values()].filter((t) => schemas.has(t.schema));
      }
      tables = tables.filter((t) => t.kind === "table");
      if (privs.includes("truncate") && tables.length > 0) {
        ctx.report({
          stmt,
          object: tables[0].qualified,
          message: `GRANT TRUNCATE to ${apiRoles2.map(shown).join(", ")} on ${tables.map((t) => t.qualified).join(", ")}: TRUNCATE is not subject to row level security, so a holder of that role can empty the table${tables.length > 1 ? "s" : ""} in one statement, whatever the policies say.`,
          fix: { description: "Do not grant TRUNCATE to API roles.", sql: `REVOKE TRUNCATE ON ${tables.map((t) => t.qualified).join(", ")} FROM ${apiRoles2.map(shown).join(", ")};` }
        });
        return;
      }
      const open = tables.filter((t) => !t.rls && !rlsLater(t) && !(ctx.isNew(t.qualified) && ctx.exposedSchemas.has(t.schema)));
      if (open.length === 0) return;
      const list2 = open.map((t) => t.qualified);
      const who = anonymous.length ? `${anonymous.map(shown).join(", ")} (anyone${ctx.supabase ? " holding the public anon key" : ", including roles you add later"})` : "every signed-in user";
      ctx.report({
        stmt,
        object: list2[0],
        message: `GRANT ${all ? "ALL" : writes.map((w) => w.toUpperCase()).join(", ")} to ${who} on ${list2.join(", ")}, where row level security is off: they can ${writes.filter((w) => w !== "truncate").join(", ")} every row${all ? ", and TRUNCATE the table" : ""}.`,
        fix: {
          description: "Grant only what the API needs (often SELECT), and enable row level security with policies before granting writes.",
          sql: `REVOKE ${all ? "ALL" : writes.map((w) => w.toUpperCase()).join(", ")} ON ${list2.join(", ")} FROM ${apiRoles2.map(shown).join(", ")};
${list2.map((t) => `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`).join("\n")}`
        }
      });
      return;
    }
    if (n.objtype === "OBJECT_FUNCTION" || n.objtype === "OBJECT_PROCEDURE" || n.objtype === "OBJECT_ROUTINE") {
      if (anonymous.length === 0 || !(all || privs.includes("execute"))) return;
      let names = [];
      if (n.targtype === "ACL_TARGET_OBJECT") names = (n.objects ?? []).map((o) => objectWithArgsName(o.ObjectWithArgs)?.qualified).filter(Boolean);
      else if (n.targtype === "ACL_TARGET_ALL_IN_SCHEMA") {
        const schemas = new Set(strings(n.objects));
        names = [...ctx.model.functions.values()].filter((f) => schemas.has(f.qualified.split(".")[0])).map((f) => f.qualified);
      }
      const before = ctx.statements.slice(0, ctx.statements.indexOf(stmt));
      const alteredDefiner = (q) => before.some(
        (s) => s.kind === "AlterFunctionStmt" && objectWithArgsName(s.node.func)?.qualified === q && (s.node.actions ?? []).some((a) => a?.DefElem?.defname === "security" && a.DefElem.arg?.Boolean?.boolval === true)
      );
      const definers = names.filter((q) => ctx.model.functions.get(q)?.securityDefiner || alteredDefiner(q));
      if (definers.length === 0) return;
      ctx.report({
        stmt,
        object: definers[0],
        message: `GRANT EXECUTE to ${anonymous.map(shown).join(", ")} on SECURITY DEFINER ${definers.length === 1 ? "function" : "functions"} ${definers.join(", ")}: ${ctx.supabase ? "anyone with the anon key can call it through /rpc" : anonymous.includes("public") ? "any role can call it" : "the anon role can call it"}, and it runs with its owner's privileges, bypassing row level security. Unless the body checks the caller itself, that is a way around every policy (Supabase lint anon_security_definer_function_executable).`,
        fix: {
          description: "Grant EXECUTE only to the roles that need it (remember functions are executable by PUBLIC by default), or make the function SECURITY INVOKER.",
          sql: `REVOKE EXECUTE ON FUNCTION ${definers.join(", ")} FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION ${definers.join(", ")} TO authenticated;`
        }
      });
    }
  }
});

// rules/platform-default-grants.ts
var firstOfFile = /* @__PURE__ */ new WeakMap();
var platform_default_grants_default = defineRule({
  id: "platform-default-grants",
  phase: "static",
  severity: "info",
  category: "security",
  title: "Grants that repeat the platform's default privileges",
  statements: ["GrantStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "GrantStmt" || !isPlatformDefaultGrant(stmt, ctx)) return;
    let same = firstOfFile.get(ctx.statements);
    if (!same) firstOfFile.set(ctx.statements, same = ctx.statements.filter((s) => s.kind === "GrantStmt" && isPlatformDefaultGrant(s, ctx)));
    if (same[0] !== stmt) return;
    const toNeon = same.some((s) => s.node.grantees?.some((g) => g?.RoleSpec?.rolename === NEON_DEFAULT_GRANTEE));
    const platform = ctx.supabase ? "Supabase's default privileges (every table, function and sequence created in public is granted ALL to anon, authenticated and service_role)" : toNeon ? "Neon's default privileges (tables and sequences in public are granted ALL, with the grant option, to neon_superuser, the role every role created in the Neon Console belongs to)" : "PostgreSQL's defaults (EXECUTE on functions to PUBLIC)";
    ctx.report({
      stmt,
      object: stmt.file,
      message: `${same.length === 1 ? "This GRANT gives" : `${same.length} GRANT statements in this file (lines ${same[0].span.line}–${same[same.length - 1].span.line}) give`} roles only what they already hold by default: ${platform}${ctx.statements.some((s) => s.kind === "AlterDefaultPrivilegesStmt") ? ", or what the ALTER DEFAULT PRIVILEGES in this file declares" : ""}. They are the boilerplate a schema diff writes and change nothing; what protects these objects is row level security and each function's own checks, which the RLS and SECURITY DEFINER rules review.`,
      evidence: { grants: same.length, lines: same.map((s) => s.span.line).slice(0, 50) }
    });
  }
});

// rules/fk-without-index.ts
function covers(index, cols) {
  if (index.partial || cols.length === 0) return false;
  if (index.method !== "btree" && !(index.method === "hash" && cols.length === 1)) return false;
  const lead = index.columns.slice(0, cols.length);
  return lead.length === cols.length && cols.every((c) => lead.includes(c));
}
var fk_without_index_default = defineRule({
  id: "fk-without-index",
  phase: "static",
  severity: "medium",
  category: "performance",
  title: "Foreign key without an index on the referencing columns",
  finish(ctx) {
    for (const table2 of ctx.model.tables.values()) {
      if (table2.kind !== "table") continue;
      const node = table2.origin.statement.node;
      if (table2.origin.statement.kind === "CreateStmt" && node?.partbound) continue;
      for (const fk2 of table2.foreignKeys) {
        if (fk2.origin.phase !== "pr") continue;
        if (table2.indexes.some((i) => covers(i, fk2.columns))) continue;
        const cols = fk2.columns.join(", ");
        const newTable = ctx.createdInReview(table2);
        const idxName = `${table2.name}_${fk2.columns.join("_")}_idx`.slice(0, 63);
        ctx.report({
          stmt: fk2.origin.statement,
          location: fk2.location,
          object: `${table2.qualified}.${fk2.columns.join(",")}`,
          message: `The foreign key ${table2.qualified} (${cols}) → ${fk2.refTable} has no index whose leading column${fk2.columns.length > 1 ? "s are" : " is"} (${cols}). Every DELETE or key UPDATE on ${fk2.refTable} must find the referencing rows, so without one it scans all of ${table2.qualified}, once per parent row, while holding its locks; joins from ${fk2.refTable} to ${table2.qualified} scan it too (Supabase lint unindexed_foreign_keys).`,
          fix: {
            description: newTable ? "Index the referencing columns in the same migration." : "Index the referencing columns; on a table in use, build it concurrently outside a transaction.",
            sql: `CREATE INDEX ${newTable ? "" : "CONCURRENTLY "}${ident2(idxName)} ON ${table2.qualified} (${fk2.columns.map(ident2).join(", ")});`
          }
        });
      }
    }
  }
});

// rules/no-primary-key.ts
var no_primary_key_default = defineRule({
  id: "no-primary-key",
  phase: "static",
  severity: "medium",
  category: "integrity",
  title: "Table without a primary key",
  finish(ctx) {
    for (const table2 of ctx.model.tables.values()) {
      if (table2.kind !== "table" || !ctx.createdInReview(table2) || table2.primaryKey) continue;
      if (SYSTEM_SCHEMAS.has(table2.schema)) continue;
      const stmt = table2.origin.statement;
      if (stmt.kind !== "CreateStmt") continue;
      const n = stmt.node;
      if (n.relation?.relpersistence === "t" || n.partbound || n.inhRelations?.length) continue;
      const naturalKey = table2.indexes.find(
        (i) => i.unique && !i.partial && i.columns.length > 0 && i.columns.every((c) => table2.columns.get(c)?.notNull)
      );
      ctx.report({
        stmt,
        object: table2.qualified,
        severity: naturalKey ? "low" : void 0,
        message: naturalKey ? `${table2.qualified} has no primary key, only a unique key on (${naturalKey.columns.join(", ")}). Declare it as the primary key: in a publication (logical replication, Supabase Realtime) UPDATE and DELETE fail on a table without a primary key unless REPLICA IDENTITY is set by hand, and ORMs and admin tools look for it.` : `${table2.qualified} has no primary key: duplicate rows cannot be told apart or removed cleanly, once it is in a publication (logical replication, Supabase Realtime) every UPDATE and DELETE on it fails, and ORMs and admin tools need one to edit rows.`,
        fix: {
          description: naturalKey ? "Make the unique key the primary key." : "Add a primary key column.",
          sql: naturalKey ? `ALTER TABLE ${table2.qualified} ADD PRIMARY KEY (${naturalKey.columns.join(", ")});` : `ALTER TABLE ${table2.qualified} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;`
        }
      });
    }
  }
});

// rules/prefer-jsonb.ts
var prefer_jsonb_default = defineRule({
  id: "prefer-jsonb",
  phase: "static",
  severity: "low",
  category: "style",
  title: "json column: prefer jsonb",
  statements: ["CreateStmt", "AlterTableStmt"],
  check(stmt, ctx) {
    const cols = [];
    const hasDefault = (d) => (d?.constraints ?? []).some((x) => x?.Constraint?.contype === "CONSTR_DEFAULT");
    if (stmt.kind === "CreateStmt") {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const e of stmt.node.tableElts ?? []) if (e.ColumnDef) cols.push({ name: e.ColumnDef.colname, typeName: e.ColumnDef.typeName, table: t, hasDefault: hasDefault(e.ColumnDef) });
    } else if (stmt.kind === "AlterTableStmt") {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const c of stmt.node.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) cols.push({ name: cmd.def.ColumnDef.colname, typeName: cmd.def.ColumnDef.typeName, table: t, hasDefault: hasDefault(cmd.def.ColumnDef) });
        if (cmd?.subtype === "AT_AlterColumnType" && cmd.def?.ColumnDef) cols.push({ name: cmd.name, typeName: cmd.def.ColumnDef.typeName, table: t });
      }
    } else return;
    for (const c of cols) {
      const t = typeInfo(c.typeName);
      if (!t || t.name !== "json" || t.schema && t.schema !== "pg_catalog") continue;
      ctx.report({
        stmt,
        location: c.typeName?.location,
        object: `${c.table ?? "unknown"}.${c.name}`,
        message: `${c.name} is json, which stores the text as written and re-parses it on every access: it cannot be indexed with GIN, has no equality operator (so DISTINCT, GROUP BY and UNION on it fail), and keeps duplicate keys. jsonb is what the containment operators, GIN indexes and Supabase's filters expect.`,
        fix: {
          description: "Use jsonb, unless you must keep the exact text, key order or duplicate keys of the input.",
          // A statement that applies after this one (a json default would need recasting: then only the hint).
          sql: c.hasDefault || !c.table || t.array ? `-- in the column definition: ${c.name} jsonb${t.array ? "[]" : ""}` : `-- or declare it as ${c.name} jsonb in the column definition
ALTER TABLE ${c.table} ALTER COLUMN ${ident(c.name)} TYPE jsonb USING ${ident(c.name)}::jsonb;`
        }
      });
    }
  }
});

// rules/prefer-gen-random-uuid.ts
var mayCallIt = mayNameAny(["uuid_generate_v4"]);
var prefer_gen_random_uuid_default = defineRule({
  id: "prefer-gen-random-uuid",
  phase: "static",
  severity: "low",
  category: "style",
  title: "uuid_generate_v4(): prefer the built-in gen_random_uuid()",
  statements: ["CreateStmt", "AlterTableStmt"],
  check(stmt, ctx) {
    if (ctx.settings.pgVersion < 13) return;
    if (!mayCallIt(stmt.sql)) return;
    const defaults = [];
    if (stmt.kind === "CreateStmt") {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const e of stmt.node.tableElts ?? []) if (e.ColumnDef) defaults.push({ col: e.ColumnDef.colname, expr: defaultExpr(e.ColumnDef), table: t });
    } else if (stmt.kind === "AlterTableStmt") {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const c of stmt.node.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) defaults.push({ col: cmd.def.ColumnDef.colname, expr: defaultExpr(cmd.def.ColumnDef), table: t });
        if (cmd?.subtype === "AT_ColumnDefault" && cmd.def) defaults.push({ col: cmd.name, expr: cmd.def, table: t });
      }
    } else return;
    const hits = defaults.map((d) => ({ ...d, call: funcCalls(d.expr).find((f) => f.name === "uuid_generate_v4") })).filter((d) => d.call);
    if (hits.length === 0) return;
    const cols = hits.map((h) => h.col);
    const call = hits[0].call;
    const written = call.schema ? `${call.schema}.uuid_generate_v4()` : "uuid_generate_v4()";
    ctx.report({
      stmt,
      location: call.node.location,
      object: `${hits[0].table ?? "unknown"}.${cols.join(",")}`,
      message: `${cols.join(", ")} default${cols.length > 1 ? "" : "s"} to ${written}, which needs the uuid-ossp extension (and, on Supabase, its extensions schema on the search_path). gen_random_uuid() is built into PostgreSQL 13 and later and produces the same random (version 4) UUIDs with no extension to install.`,
      fix: {
        description: "Use gen_random_uuid() (or uuidv7() on PostgreSQL 18 for time-ordered keys).",
        sql: `${stmt.sql.replace(/(?:\b[\w"]+\.)?uuid_generate_v4\s*\(\s*\)/gi, "gen_random_uuid()")};`
      }
    });
  }
});

// rules/polymorphic-association.ts
var ID_TYPES = /* @__PURE__ */ new Set(["uuid", "int4", "int8", "int2", "integer", "bigint", "text", "varchar", "serial", "bigserial"]);
var TYPE_TYPES = /* @__PURE__ */ new Set(["text", "varchar", "bpchar", "char", "citext"]);
function pairs(table2, enums) {
  const out = [];
  for (const col of table2.columns.values()) {
    const m = /^(.+)_(type|kind|model|table)$/.exec(col.name);
    if (!m) continue;
    const prefix = m[1];
    const id = table2.columns.get(`${prefix}_id`);
    if (!id) continue;
    const single = (cols) => cols.length === 1 && cols[0] === id.name;
    if (table2.primaryKey && single(table2.primaryKey) || table2.indexes.some((i) => i.unique && !i.partial && single(i.columns))) continue;
    const stem = table2.name.toLowerCase().replace(/(ies|es|s)$/, "");
    if (stem.startsWith(prefix.toLowerCase()) || prefix.toLowerCase().startsWith(stem)) continue;
    const idType = id.type?.name;
    const tType = col.type?.name;
    if (idType && (!ID_TYPES.has(idType) || id.type.array)) continue;
    if (tType && !TYPE_TYPES.has(tType) && !enums.has(tType)) continue;
    out.push({ prefix, type: col, id });
  }
  return out;
}
var polymorphic_association_default = defineRule({
  id: "polymorphic-association",
  phase: "static",
  severity: "medium",
  category: "integrity",
  title: "Polymorphic reference without a foreign key",
  finish(ctx) {
    const enums = new Set([...ctx.model.enums.keys()].map((k) => k.split(".").pop()));
    for (const table2 of ctx.model.tables.values()) {
      if (table2.kind !== "table") continue;
      for (const p of pairs(table2, enums)) {
        if (p.type.origin.phase !== "pr" && p.id.origin.phase !== "pr") continue;
        if (table2.foreignKeys.some((fk2) => fk2.columns.includes(p.id.name))) continue;
        const later = p.type.origin.statement.index >= p.id.origin.statement.index && p.type.origin.migrationId === p.id.origin.migrationId ? p.type : p.id;
        const origin = p.type.origin.phase === "pr" && p.id.origin.phase === "pr" ? later.origin : p.type.origin.phase === "pr" ? p.type.origin : p.id.origin;
        ctx.report({
          stmt: origin.statement,
          object: `${table2.qualified}.${p.id.name}`,
          message: `${table2.qualified} points at other rows through ${p.type.name} + ${p.id.name} (a polymorphic reference): no foreign key can cover ${p.id.name}, so nothing stops it naming a row that does not exist, and deleting the referenced row leaves orphans behind. Joins also need the type in every query, and the planner cannot use the relationship.`,
          fix: {
            description: `Prefer one nullable foreign key column per target table with a CHECK that exactly one is set; if the polymorphic pair must stay, validate ${p.id.name} with a trigger on insert/update and clean up with triggers on the targets.`,
            // The target tables are examples (posts, comments): commented out, so the fix SQL applies as written.
            sql: `-- one column per target instead of ${p.type.name}/${p.id.name}; e.g. when ${p.type.name} is 'post' or 'comment':
-- ALTER TABLE ${table2.qualified}
--   ADD COLUMN post_id ${p.id.type?.display ?? "uuid"} REFERENCES public.posts (id) ON DELETE CASCADE,
--   ADD COLUMN comment_id ${p.id.type?.display ?? "uuid"} REFERENCES public.comments (id) ON DELETE CASCADE,
--   ADD CONSTRAINT ${table2.name}_one_${p.prefix} CHECK (num_nonnulls(post_id, comment_id) = 1);`
          }
        });
      }
    }
  }
});

// rules/text-column-matches-enum.ts
var TEXT = /* @__PURE__ */ new Set(["text", "varchar", "bpchar", "citext"]);
var GENERIC = /* @__PURE__ */ new Set(["status", "state", "type", "kind", "role", "level", "category", "priority", "mode", "source", "stage", "tier", "visibility"]);
function stems(table2) {
  const out = /* @__PURE__ */ new Set([table2]);
  if (table2.endsWith("ies")) out.add(`${table2.slice(0, -3)}y`);
  if (table2.endsWith("es")) out.add(table2.slice(0, -2));
  if (table2.endsWith("s")) out.add(table2.slice(0, -1));
  return [...out];
}
var enumNameLists = /* @__PURE__ */ new WeakMap();
function enumNames(enums) {
  const cached = enumNameLists.get(enums);
  if (cached?.version === enums.version) return cached.names;
  const names = [...enums.keys()].map((qualified) => ({ qualified, name: qualified.slice(qualified.lastIndexOf(".") + 1) }));
  enumNameLists.set(enums, { version: enums.version, names });
  return names;
}
function enumsNamed(enums, ending, suffix) {
  const out = [];
  const names = enumNames(enums);
  for (let i = 0; i < names.length; i++) {
    const { qualified, name } = names[i];
    if (suffix ? name.endsWith(ending) : name === ending) out.push({ qualified, name, values: enums.get(qualified).values });
  }
  return out;
}
var text_column_matches_enum_default = defineRule({
  id: "text-column-matches-enum",
  phase: "static",
  severity: "low",
  category: "integrity",
  title: "Text column where a matching enum type exists",
  statements: ["CreateStmt", "AlterTableStmt"],
  check(stmt, ctx) {
    if (ctx.model.enums.size === 0) return;
    const cols = [];
    const hasDefault = (d) => (d?.constraints ?? []).some((x) => x?.Constraint?.contype === "CONSTR_DEFAULT");
    if (stmt.kind === "CreateStmt") {
      const t = rangeVarName(stmt.node.relation);
      for (const e of stmt.node.tableElts ?? []) if (e.ColumnDef) cols.push({ name: e.ColumnDef.colname, typeName: e.ColumnDef.typeName, table: t, hasDefault: hasDefault(e.ColumnDef) });
    } else if (stmt.kind === "AlterTableStmt") {
      const t = rangeVarName(stmt.node.relation);
      for (const c of stmt.node.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) cols.push({ name: cmd.def.ColumnDef.colname, typeName: cmd.def.ColumnDef.typeName, table: t, hasDefault: hasDefault(cmd.def.ColumnDef) });
      }
    } else return;
    if (!cols.some((c) => TEXT.has(typeInfo(c.typeName)?.name ?? ""))) return;
    for (const c of cols) {
      const t = typeInfo(c.typeName);
      if (!t || t.array || !TEXT.has(t.name) || !c.table) continue;
      const col = c.name.toLowerCase();
      const exact = enumsNamed(ctx.model.enums, col, false);
      let match = exact.length === 1 ? exact[0] : void 0;
      if (!match && exact.length === 0) {
        const suffix = enumsNamed(ctx.model.enums, `_${col}`, true);
        const tableStems = suffix.length ? stems(c.table.name.toLowerCase()) : [];
        const forTable = suffix.filter((e) => {
          const prefix = e.name.slice(0, -(col.length + 1));
          return tableStems.includes(prefix) || tableStems.some((s) => s.endsWith(`_${prefix}`) || s.startsWith(`${prefix}_`));
        });
        if (forTable.length === 1) match = forTable[0];
        else if (forTable.length === 0 && suffix.length === 1 && !GENERIC.has(col)) match = suffix[0];
      }
      if (!match) continue;
      const values = match.values.length ? ` (${match.values.slice(0, 6).map((v) => `'${v}'`).join(", ")}${match.values.length > 6 ? ", …" : ""})` : "";
      ctx.report({
        stmt,
        location: c.typeName?.location,
        object: `${c.table.qualified}.${c.name}`,
        message: `${c.table.qualified}.${c.name} is ${t.display}, but the enum ${match.qualified}${values} already exists for this kind of value: as free text the column accepts any spelling ('Active', 'active ', 'actve'), and queries and reports split on the variants.`,
        fix: {
          description: `Use the enum type (or add a CHECK constraint listing the allowed values).`,
          // A statement that applies after this one (a text default would need recasting: then only the hint).
          sql: c.hasDefault ? `-- in the column definition: ${c.name} ${match.qualified}` : `-- or declare it as ${c.name} ${match.qualified} in the column definition
ALTER TABLE ${c.table.qualified} ALTER COLUMN ${ident(c.name)} TYPE ${match.qualified} USING ${ident(c.name)}::${match.qualified};`
        }
      });
    }
  }
});

// rules/ivfflat-on-empty-table.ts
var ivfflat_on_empty_table_default = defineRule({
  id: "ivfflat-on-empty-table",
  phase: "static",
  severity: "high",
  category: "vector",
  title: "IVFFlat index built on an empty table",
  statements: ["IndexStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "IndexStmt" || String(stmt.node.accessMethod ?? "").toLowerCase() !== "ivfflat") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isNew(table2)) return;
    const t = ctx.table(table2);
    if (!t || t.seeded) return;
    const lists = optionNumber(defElem(stmt.node.options, "lists"));
    const elem = stmt.node.indexParams?.[0]?.IndexElem;
    const col = elem?.name ?? "embedding";
    const opclass = (elem?.opclass ?? []).map((o) => o?.String?.sval).filter(Boolean).join(".") || "vector_l2_ops";
    const name = stmt.node.idxname ? `${stmt.node.idxname} ` : "";
    ctx.report({
      stmt,
      object: table2.qualified,
      message: `IVFFlat picks its ${lists ?? 100} list centroids from the rows present when the index is built, and ${table2.qualified} was created in this same change, so it is empty: the centroids mean nothing, every vector inserted later lands in arbitrary lists, and searches return poor results (low recall) until the index is rebuilt. pgvector's advice is to create an IVFFlat index only after the table has data.`,
      fix: {
        description: "Use HNSW, which needs no training data, or create the IVFFlat index after loading the data, with lists ≈ rows / 1000 (√rows above a million).",
        sql: `CREATE INDEX ${name}ON ${table2.qualified} USING hnsw (${col} ${opclass});`
      }
    });
  }
});

// rules/hnsw-parameters.ts
var hnsw_parameters_default = defineRule({
  id: "hnsw-parameters",
  phase: "static",
  severity: "low",
  category: "vector",
  title: "Vector index parameters out of range or unusual",
  statements: ["IndexStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "IndexStmt") return;
    const method = String(stmt.node.accessMethod ?? "").toLowerCase();
    if (method !== "hnsw" && method !== "ivfflat") return;
    const table2 = rangeVarName(stmt.node.relation);
    const object = table2?.qualified ?? "unknown";
    const opts = stmt.node.options;
    const errors = [];
    const notes = [];
    let fixed = "";
    if (method === "hnsw") {
      const mOpt = defElem(opts, "m");
      const efOpt = defElem(opts, "ef_construction");
      const m = optionNumber(mOpt);
      const ef = optionNumber(efOpt);
      if (!mOpt && !efOpt) return;
      const mm = m ?? 16;
      const ee = ef ?? 64;
      if (m !== void 0 && (m < 2 || m > 100)) errors.push(`m = ${m} is outside pgvector's allowed range 2–100`);
      if (ef !== void 0 && (ef < 4 || ef > 1e3)) errors.push(`ef_construction = ${ef} is outside pgvector's allowed range 4–1000`);
      if (errors.length === 0 && ee < 2 * mm) errors.push(`ef_construction (${ee}) must be at least 2 × m (${2 * mm})`);
      if (errors.length === 0) {
        if (mm > 64) notes.push(`m = ${mm} is far above the default 16: every vector stores up to ${2 * mm} neighbours on the bottom layer, so the index is several times larger and slower to build and update, for little recall gain`);
        if (ee > 512) notes.push(`ef_construction = ${ee} is far above the default 64: builds take many times longer (and hold their lock that long) for little recall gain; raise hnsw.ef_search at query time instead`);
      }
      const fm = m !== void 0 && (m < 2 || m > 100) ? 16 : Math.min(mm, 64);
      const fe = Math.max(Math.min(ef !== void 0 && (ef < 4 || ef > 1e3) ? 64 : ee, 512), 2 * fm);
      fixed = `WITH (m = ${fm}, ef_construction = ${fe})`;
    } else {
      const listsOpt = defElem(opts, "lists");
      const lists = optionNumber(listsOpt);
      if (lists === void 0) return;
      if (lists < 1 || lists > 32768) errors.push(`lists = ${lists} is outside pgvector's allowed range 1–32768`);
      fixed = "WITH (lists = <rows / 1000>)";
    }
    if (errors.length === 0 && notes.length === 0) return;
    const withClause = /\bwith\s*\([^)]*\)/i;
    ctx.report({
      stmt,
      object,
      severity: errors.length ? "high" : void 0,
      message: errors.length ? `${method.toUpperCase()} index on ${object}: ${errors.join("; ")}. CREATE INDEX fails with an error, so this migration cannot deploy.` : `${method.toUpperCase()} index on ${object}: ${notes.join("; ")}.`,
      fix: {
        description: errors.length ? "Use values pgvector accepts." : "Start from the defaults (m = 16, ef_construction = 64) and tune with measurements.",
        sql: withClause.test(stmt.sql) ? `${stmt.sql.replace(withClause, fixed)};` : void 0
      }
    });
  }
});

// rules/vector-dimension-change.ts
var VECTOR_TYPES = /* @__PURE__ */ new Set(["vector", "halfvec", "sparsevec", "bit"]);
var vector_dimension_change_default = defineRule({
  id: "vector-dimension-change",
  phase: "static",
  severity: "high",
  category: "vector",
  title: "Vector column changes dimensions",
  statements: ["AlterTableStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const t = ctx.table(table2);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== "AT_AlterColumnType") continue;
      const next = typeInfo(cmd.def?.ColumnDef?.typeName);
      if (!next || !VECTOR_TYPES.has(next.name) || next.name === "bit" || next.mods.length === 0) continue;
      const prev = t?.columns.get(cmd.name)?.type;
      if (prev && !VECTOR_TYPES.has(prev.name)) continue;
      if (prev && prev.name === next.name && prev.mods[0] === next.mods[0]) continue;
      const dims = next.mods[0];
      const from = prev ? prev.display : "its current type";
      const indexes = (t?.indexes ?? []).filter((i) => i.columns.includes(cmd.name) && ["hnsw", "ivfflat"].includes(i.method));
      ctx.report({
        stmt,
        object: `${table2.qualified}.${cmd.name}`,
        message: `${table2.qualified}.${cmd.name} changes from ${from} to ${next.display}: every stored embedding of another length fails the cast ("expected ${dims} dimensions"), so the migration errors on a populated table; when it does succeed, the table is rewritten under an ACCESS EXCLUSIVE lock and ${indexes.length ? `the vector index${indexes.length > 1 ? "es" : ""} ${indexes.map((i) => i.name ?? "").join(", ")} must be rebuilt` : "any vector index on it is rebuilt"}. Embeddings from a different model are not comparable anyway: they have to be regenerated, not cast.`,
        fix: {
          description: "Add a new column for the new model, backfill it by re-embedding in batches, build its index concurrently, switch reads over, then drop the old column in a later migration.",
          sql: `ALTER TABLE ${table2.qualified} ADD COLUMN ${cmd.name}_${dims} ${next.display};
-- re-embed rows into ${cmd.name}_${dims} in batches, then:
CREATE INDEX CONCURRENTLY ON ${table2.qualified} USING hnsw (${cmd.name}_${dims} vector_cosine_ops);`
        }
      });
    }
  }
});

// rules/extension-not-created.ts
var FUNCS = extensionByName("functions");
var SCHEMA_FUNCS = extensionByName("schemas");
var TYPES = extensionByName("types");
var METHODS = extensionByName("methods");
var OPCLASSES = extensionByName("opclasses");
var SUPABASE_DEFAULT = /* @__PURE__ */ new Set(["uuid-ossp", "pgcrypto", "pg_graphql", "pg_stat_statements", "supabase_vault", "pgjwt", "plpgsql"]);
var SKIP = /* @__PURE__ */ new Set(["DropStmt", "CommentStmt", "CreateExtensionStmt", "AlterExtensionStmt", "GrantStmt", "AlterOwnerStmt", "AlterObjectSchemaStmt", "DoStmt"]);
function createdInText(ctx, stmt, ext) {
  const esc = ext.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const re = new RegExp(`create\\s+extension\\s+(?:if\\s+not\\s+exists\\s+)?"?${esc}"?(?![\\w-])`, "i");
  for (const m of ctx.set.migrations) {
    if (m.history !== ctx.migration.history) continue;
    if (m === ctx.migration) return re.test(ctx.source.source.text.slice(0, stmt.span.start));
    if (re.test(m.up.text)) return true;
  }
  return false;
}
var mayNameAnyOf = mayNameAny([...FUNCS.keys(), ...TYPES.keys(), ...METHODS.keys(), "_ops"], [...SCHEMA_FUNCS.keys()]);
function mayName(sql, pgVersion) {
  return mayNameAnyOf(sql) || pgVersion < 13 && /gen_random_uuid/i.test(sql);
}
var TYPE_AND_OPCLASS_NODES = ["TypeName", "typeName", "argType", "returnType", "IndexElem"];
var extension_not_created_default = defineRule({
  id: "extension-not-created",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "Uses an extension that is never created",
  // Every statement: any of them may call an extension's function or use its type.
  statements: "every",
  nodes: ["FuncCall", ...TYPE_AND_OPCLASS_NODES],
  check(stmt, ctx) {
    if (SKIP.has(stmt.kind)) return;
    if (!mayName(stmt.sql, ctx.settings.pgVersion)) return;
    let funcs;
    let types;
    const userFuncs = { has: (n) => (funcs ??= new Set([...ctx.model.functions.keys()].map((k) => k.split(".").pop()))).has(n) };
    const userTypes = { has: (n) => (types ??= new Set([...ctx.model.enums.keys()].map((k) => k.split(".").pop()))).has(n) };
    const uses = /* @__PURE__ */ new Map();
    const note = (ext, what, location2) => {
      if (!uses.has(ext)) uses.set(ext, { what, location: location2 });
    };
    for (const { node } of ctx.nodes(["FuncCall"])) {
      const f = funcCallOf(node);
      if (!f) continue;
      const bySchema = f.schema ? SCHEMA_FUNCS.get(f.schema) : void 0;
      if (bySchema) {
        note(bySchema, `${f.schema}.${f.name}()`, f.node.location);
        continue;
      }
      if (f.schema === "pg_catalog") continue;
      let ext = FUNCS.get(f.name);
      if (!ext && f.name === "gen_random_uuid" && ctx.settings.pgVersion < 13) ext = "pgcrypto";
      if (ext && !userFuncs.has(f.name)) note(ext, `${f.name}()`, f.node.location);
    }
    for (const { kind, node: value } of ctx.nodes(TYPE_AND_OPCLASS_NODES)) {
      if (kind === "IndexElem") {
        for (const o of strings(value.opclass)) {
          const ext = OPCLASSES.get(o.toLowerCase());
          if (ext) note(ext, `operator class ${o}`);
        }
      } else if (Array.isArray(value.names)) {
        const t = typeInfo(value);
        const ext = t ? TYPES.get(t.name) : void 0;
        if (ext && !userTypes.has(t.name) && !strings(value.names).includes("pg_catalog")) note(ext, `type ${t.name}`, value.location);
      }
    }
    if (stmt.kind === "IndexStmt") {
      const m = String(stmt.node.accessMethod ?? "").toLowerCase();
      const ext = METHODS.get(m);
      if (ext) note(ext, `index method ${m}`);
    }
    if (uses.size === 0) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    for (const [ext, use] of uses) {
      if (ctx.model.extensions.has(ext)) continue;
      if (createdInText(ctx, stmt, ext)) continue;
      if (ctx.supabase && SUPABASE_DEFAULT.has(ext)) continue;
      const createdLater2 = later.some((s) => s.kind === "CreateExtensionStmt" && s.node.extname === ext);
      const quoted = /^[a-z_][a-z0-9_]*$/.test(ext) ? ext : `"${ext}"`;
      ctx.report({
        stmt,
        location: use.location,
        object: ext,
        message: createdLater2 ? `This uses ${use.what} from the ${ext} extension, but CREATE EXTENSION ${quoted} only runs later in this file: on a fresh database this statement fails (${use.what.startsWith("type") ? "type does not exist" : "function does not exist"}).` : `This uses ${use.what} from the ${ext} extension, and no migration up to here runs CREATE EXTENSION ${quoted}: it works only on databases where someone enabled the extension by hand, and fails on a fresh one (CI, a new environment, a teammate's local reset).`,
        fix: {
          description: createdLater2 ? "Move CREATE EXTENSION before the first use." : `Create the extension in a migration before its first use${ctx.supabase ? " (Supabase keeps extensions in the extensions schema)" : ""}.`,
          sql: `CREATE EXTENSION IF NOT EXISTS ${quoted}${ctx.supabase ? " WITH SCHEMA extensions" : ""};`
        }
      });
    }
  }
});

// rules/backfill-with-ddl.ts
function transactionBlock(stmt, ctx) {
  const all = ctx.statements;
  const i = all.indexOf(stmt);
  const isBegin2 = (s) => s.kind === "TransactionStmt" && ["TRANS_STMT_BEGIN", "TRANS_STMT_START"].includes(s.node.kind);
  const isEnd2 = (s) => s.kind === "TransactionStmt" && ["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"].includes(s.node.kind);
  if (ctx.tx.explicit) {
    let start = i;
    while (start > 0 && !isBegin2(all[start - 1])) start--;
    let end = i;
    while (end < all.length - 1 && !isEnd2(all[end + 1])) end++;
    return all.slice(start, end + 1);
  }
  if (ctx.tx.wrapped || ctx.migration.transactionMode === "implicit") return all;
  return void 0;
}
function pinsRows(where, pk) {
  const keys = new Set(pk?.length ? pk : ["id"]);
  const isKey = (e2) => {
    const f = strings(e2?.ColumnRef?.fields);
    return f.length > 0 && keys.has(f[f.length - 1]);
  };
  const isConst = (e2) => !!e2?.A_Const || !!e2?.TypeCast?.arg?.A_Const || !!e2?.ParamRef;
  const e = where?.A_Expr;
  if (e && e.name?.[0]?.String?.sval === "=" && (isKey(e.lexpr) && isConst(e.rexpr) || isKey(e.rexpr) && isConst(e.lexpr))) return true;
  if (e && e.kind === "AEXPR_IN" && isKey(e.lexpr) && (e.rexpr?.List?.items ?? []).every(isConst)) return true;
  const b = where?.BoolExpr;
  if (b?.boolop === "AND_EXPR") return (b.args ?? []).some((a) => pinsRows(a, pk));
  return false;
}
function backfillTables(s, ctx) {
  const target = dmlTarget(s);
  if (!target) return void 0;
  if (s.kind === "UpdateStmt" || s.kind === "DeleteStmt") {
    if (!ctx.isExisting(target)) return void 0;
    if (pinsRows(s.node.whereClause, ctx.table(target)?.primaryKey)) return void 0;
    return [target];
  }
  const sel = s.node.selectStmt?.SelectStmt;
  if (!sel || sel.valuesLists || !(sel.fromClause?.length || sel.larg || sel.withClause)) return void 0;
  const seen = /* @__PURE__ */ new Set();
  const touched = [target, ...relationsRead(s)].filter((q) => ctx.isExisting(q) && !seen.has(q.qualified) && !!seen.add(q.qualified));
  return touched.length ? touched : void 0;
}
function ddlTable(s, ctx) {
  const n = s.node;
  let q;
  switch (s.kind) {
    case "AlterTableStmt":
      if (n.objtype !== "OBJECT_TABLE") return void 0;
      q = rangeVarName(n.relation);
      break;
    case "IndexStmt":
      if (n.concurrent) return void 0;
      q = rangeVarName(n.relation);
      break;
    case "RenameStmt":
      if (!["OBJECT_TABLE", "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT"].includes(n.renameType)) return void 0;
      q = rangeVarName(n.relation);
      break;
    case "CreateTrigStmt":
      q = rangeVarName(n.relation);
      break;
    case "DropStmt":
      if (n.removeType !== "OBJECT_TABLE") return void 0;
      q = listName(n.objects?.[0]?.List?.items);
      break;
    default:
      return void 0;
  }
  return q && ctx.isExisting(q) ? q : void 0;
}
var backfill_with_ddl_default = defineRule({
  id: "backfill-with-ddl",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "Data backfill in the same transaction as schema changes",
  statements: ["InsertStmt", "UpdateStmt", "DeleteStmt"],
  check(stmt, ctx) {
    const tables = backfillTables(stmt, ctx);
    if (!tables) return;
    const block = transactionBlock(stmt, ctx);
    if (!block) return;
    const before = block.slice(0, block.indexOf(stmt));
    const ddl = before.map((s) => ({ s, q: ddlTable(s, ctx) })).filter((d) => d.q);
    if (ddl.length === 0) return;
    const firstDdlAt = block.indexOf(ddl[0].s);
    const earlierBackfill = block.slice(firstDdlAt + 1, block.indexOf(stmt)).some((s) => backfillTables(s, ctx));
    if (earlierBackfill) return;
    const locked = [...new Set(ddl.map((d) => d.q.qualified))];
    const verb = stmt.kind === "UpdateStmt" ? "rewrites" : stmt.kind === "DeleteStmt" ? "deletes" : "copies";
    ctx.report({
      stmt,
      object: tables[0].qualified,
      message: `This ${stmt.kind.replace("Stmt", "").toUpperCase()} ${verb} rows of ${[...new Set(tables.map((t) => t.qualified))].join(", ")} inside the same transaction as the schema change${locked.length > 1 ? "s" : ""} above on ${locked.join(", ")}: the locks those took (ACCESS EXCLUSIVE for most ALTER TABLE forms) are held until COMMIT, so ${locked.join(", ")} stay${locked.length > 1 ? "" : "s"} blocked for reads and writes for as long as the data change runs, and a failure near the end rolls back both.`,
      fix: {
        description: "Split it: ship the schema change in one migration, run the backfill in its own migration (or a script) in batches that each commit, then add constraints that depend on it in a third step.",
        sql: `-- migration 1: the schema change only
-- migration 2 (or a script), in batches:
-- UPDATE ${tables[0].qualified} SET … WHERE id IN (SELECT id FROM ${tables[0].qualified} WHERE … LIMIT 5000);`
      }
    });
  }
});

// rules/destructive-with-backfill.ts
function hasStar(node) {
  let star = false;
  walk(node, (key2) => {
    if (key2 === "A_Star") star = true;
  });
  return star;
}
function copiesFrom(s, table2, column) {
  if (s.kind !== "UpdateStmt" && s.kind !== "InsertStmt" && s.kind !== "CreateTableAsStmt") return false;
  const n = s.node;
  const target = dmlTarget(s)?.qualified;
  const reads = relationsRead(s).map((q) => q.qualified);
  let source2;
  if (s.kind === "UpdateStmt") {
    if (target !== table2 && !reads.includes(table2)) return false;
    source2 = (n.targetList ?? []).map((t) => t?.ResTarget?.val);
    if (target !== table2 && column === void 0) return true;
  } else if (s.kind === "InsertStmt") {
    if (!reads.includes(table2) || target === table2) return false;
    source2 = n.selectStmt;
  } else if (s.kind === "CreateTableAsStmt") {
    if (!reads.includes(table2)) return false;
    source2 = n.query;
  } else return false;
  if (column === void 0) return true;
  return hasStar(source2) || columnRefs(source2).some((f) => f[f.length - 1] === column);
}
var destructive_with_backfill_default = defineRule({
  id: "destructive-with-backfill",
  phase: "static",
  severity: "high",
  category: "data-loss",
  title: "Source dropped in the same migration that copies data out of it",
  statements: ["AlterTableStmt", "DropStmt"],
  check(stmt, ctx) {
    const drops = [];
    if (stmt.kind === "AlterTableStmt" && stmt.node.objtype === "OBJECT_TABLE") {
      const t = rangeVarName(stmt.node.relation);
      if (!t || !ctx.isExisting(t)) return;
      for (const c of stmt.node.cmds ?? []) if (c?.AlterTableCmd?.subtype === "AT_DropColumn") drops.push({ table: t.qualified, column: c.AlterTableCmd.name });
    } else if (stmt.kind === "DropStmt" && stmt.node.removeType === "OBJECT_TABLE") {
      for (const o of stmt.node.objects ?? []) {
        const q = listName(o?.List?.items);
        if (q && ctx.isExisting(q)) drops.push({ table: q.qualified });
      }
    } else return;
    if (drops.length === 0) return;
    const before = ctx.statements.slice(0, ctx.statements.indexOf(stmt));
    for (const d of drops) {
      const copy = before.find((s) => copiesFrom(s, d.table, d.column));
      if (!copy) continue;
      const what = d.column ? `${d.table}.${d.column}` : d.table;
      ctx.report({
        stmt,
        object: what,
        message: `Line ${copy.span.line} copies data out of ${what}, and this statement drops ${what} in the same migration: if the copy is wrong (a join that misses rows, NULLs, a truncating cast), the original data is gone the moment this deploys, and only a backup restore brings it back. Running both in one transaction does not help: the mistake commits together with the drop.`,
        fix: {
          description: `Ship the copy now and the drop in a later migration, after checking the copied data (and after the application stopped reading ${what}).`,
          sql: `-- this migration: keep ${what}; verify the copy, e.g.
-- SELECT count(*) FROM … WHERE <new column> IS NULL AND <old column> IS NOT NULL;
-- a later migration:
${stmt.sql};`
        }
      });
    }
  }
});

// rules/_security.ts
var securityRules = [
  rls_enabled_no_policy_default,
  policy_without_rls_default,
  rls_disabled_default,
  policy_auth_uid_per_row_default,
  policy_always_true_without_role_default,
  multiple_permissive_policies_default,
  security_definer_search_path_default,
  function_search_path_mutable_default,
  security_definer_view_default,
  auth_users_exposed_default,
  grant_write_to_anon_default,
  platform_default_grants_default,
  fk_without_index_default,
  no_primary_key_default,
  prefer_jsonb_default,
  prefer_gen_random_uuid_default,
  polymorphic_association_default,
  text_column_matches_enum_default,
  ivfflat_on_empty_table_default,
  hnsw_parameters_default,
  vector_dimension_change_default,
  extension_not_created_default,
  backfill_with_ddl_default,
  destructive_with_backfill_default
];

// rules/untrusted-capability.ts
var contexts = /* @__PURE__ */ new WeakMap();
var untrusted_capability_default = defineRule({
  id: "untrusted-capability",
  phase: "static",
  severity: "critical",
  category: "security",
  title: "Statement uses a server capability a migration should not need",
  // Down migrations run too (the reversibility probe applies them): screen both directions.
  directions: ["up", "down"],
  // Every statement: the capability screen reads any statement (COPY, functions, DO blocks, calls).
  statements: "every",
  check(stmt, ctx) {
    let screen = contexts.get(ctx.set);
    if (!screen) contexts.set(ctx.set, screen = createScreenContext());
    const hits = screenStatement(stmt, screen);
    if (hits.length === 0) return;
    const { title, message, severity } = describeCapabilities(hits);
    const caps = [...new Set(hits.filter((h) => h.refuse || hits.every((x) => !x.refuse)).map((h) => h.capability))];
    ctx.report({
      stmt,
      location: hits.find((h) => h.location != null)?.location,
      object: caps.join(", "),
      severity,
      title,
      message,
      fix: {
        description: severity === "critical" ? "Take this out of the migration. Files, programs and remote data belong in an operator-run, reviewed procedure (or a trusted extension installed by the platform), not in schema migrations that run on every environment." : "Build the statement with format() and %I/%L placeholders (or quote_ident/quote_literal) so it can be screened, or write the statements out."
      },
      evidence: { capabilities: hits.map(({ capability, detail, refuse }) => ({ capability, detail, refused: refuse })) }
    });
  }
});

// rules/_hardening.ts
var hardeningRules = [untrusted_capability_default];

// rules/rls-isolation-breach.ts
var rls_isolation_breach_default = defineRule({
  id: "rls-isolation-breach",
  phase: "live",
  severity: "critical",
  category: "security",
  title: "Rows readable or writable by another tenant or by anon",
  confirms: ["rls-not-enabled", "rls-disabled", "policy-always-true-without-role", "grant-write-to-anon", "live-rls-disabled-in-exposed-schema"],
  check() {
  }
});

// rules/trigger-failed.ts
var trigger_failed_default = defineRule({
  id: "trigger-failed",
  phase: "live",
  severity: "high",
  category: "integrity",
  title: "Trigger fails or has no effect when it fires",
  check() {
  }
});

// rules/not-idempotent.ts
var not_idempotent_default = defineRule({
  id: "not-idempotent",
  phase: "live",
  severity: "medium",
  category: "deploy",
  title: "Migration cannot be applied twice",
  check() {
  }
});

// rules/down-migration-incomplete.ts
var down_migration_incomplete_default = defineRule({
  id: "down-migration-incomplete",
  phase: "live",
  severity: "medium",
  category: "deploy",
  title: "Down migration does not restore the schema",
  check() {
  }
});

// rules/down-migration-failed.ts
var down_migration_failed_default = defineRule({
  id: "down-migration-failed",
  phase: "live",
  severity: "high",
  category: "deploy",
  title: "Down migration fails, or up fails after it",
  check() {
  }
});

// rules/data-dependent-failure.ts
var data_dependent_failure_default = defineRule({
  id: "data-dependent-failure",
  phase: "live",
  severity: "high",
  category: "deploy",
  title: "Statement fails on existing data",
  check() {
  }
});

// rules/role-request-failed.ts
var role_request_failed_default = defineRule({
  id: "role-request-failed",
  phase: "live",
  severity: "critical",
  category: "security",
  title: "Requests of an API role fail with an error",
  check() {
  }
});

// rules/view-bypasses-rls.ts
var view_bypasses_rls_default = defineRule({
  id: "view-bypasses-rls",
  phase: "live",
  severity: "high",
  category: "security",
  title: "A view shows rows that row level security hides from the caller",
  confirms: ["security-definer-view"],
  check() {
  }
});

// rules/definer-function-crosses-tenants.ts
var definer_function_crosses_tenants_default = defineRule({
  id: "definer-function-crosses-tenants",
  phase: "live",
  severity: "high",
  category: "security",
  title: "A SECURITY DEFINER function hands another user's rows to the caller",
  confirms: ["security-definer-function-executable"],
  check() {
  }
});

// rules/_probes.ts
var probeRules = [rls_isolation_breach_default, trigger_failed_default, not_idempotent_default, down_migration_incomplete_default, down_migration_failed_default, data_dependent_failure_default, role_request_failed_default, view_bypasses_rls_default, definer_function_crosses_tenants_default];

// rules/_live-util.ts
function plainName(name) {
  return splitName(name).join(".");
}
function schemaOf(name) {
  return splitName(name)[0] ?? "";
}
function lastPart(name) {
  const p = splitName(name);
  return p[p.length - 1] ?? name;
}
function staticCovered(ctx, ruleIds, object) {
  const want = plainName(object).toLowerCase();
  return (ctx.staticFindings ?? []).some((f) => {
    if (!ruleIds.includes(f.ruleId) || !f.object) return false;
    const got = plainName(f.object).toLowerCase();
    return got === want || got.startsWith(`${want}.`) || want.startsWith(`${got}(`) || want.startsWith(`${got}.`);
  });
}
function changedStatements(ctx) {
  const out = [];
  for (const m of ctx.trace.migrations) {
    if (m.status === "base" || !m.trace) continue;
    const stmts = ctx.sources.filter((s) => s.migration.id === m.id && s.direction === "up").flatMap((s) => s.statements);
    m.trace.forEach((t, index) => {
      const stmt = stmts.find((s) => s.span.line === t.line && s.kind === t.kind) ?? stmts.find((s) => s.span.line === t.line);
      out.push({ migration: m, trace: t, stmt, index });
    });
  }
  return out;
}
function placeFor(ctx, name, traced = changedStatements(ctx)) {
  const changing = ctx.statementChanging(name);
  if (changing) return { stmt: changing };
  const locked = traced.find((t) => t.stmt && t.trace.locks.some((l) => l.relation === name));
  if (locked) return { stmt: locked.stmt };
  const named = ctx.statementFor(name);
  if (named) return { stmt: named };
  const first = traced.find((t) => t.stmt)?.stmt;
  if (first) return { stmt: first };
  const m = ctx.trace.migrations.find((x) => x.status !== "base");
  return { at: { file: m?.file ?? "", line: 1, column: 1, migrationId: m?.id } };
}
var isTable = (snap, name) => {
  const k = snap.relations[name]?.kind;
  return k === "table" || k === "partitioned table";
};
function apiGrants(snap, table2) {
  const out = {};
  for (const [k, v] of Object.entries(snap.grants)) {
    const i = k.lastIndexOf(":");
    if (k.slice(0, i) === table2) out[k.slice(i + 1)] = v;
  }
  return out;
}
function apiReaders(snap, table2) {
  return Object.entries(apiGrants(snap, table2)).filter(([, privs]) => privs.includes("SELECT")).map(([role]) => role).sort();
}
var CREDENTIAL_EXACT = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "password_hash",
  "hashed_password",
  "encrypted_password",
  "secret",
  "secret_key",
  "client_secret",
  "private_key",
  "api_key",
  "apikey",
  "api_secret",
  "auth_key",
  "token",
  "jwt",
  "access_token",
  "refresh_token",
  "oauth_token",
  "session_token",
  "bearer_token",
  "auth_code",
  "session_secret",
  "session_key",
  "recovery_code",
  "recovery_codes",
  "backup_code",
  "backup_codes",
  "verification_code",
  "otp",
  "otp_secret",
  "totp_secret",
  "two_factor_secret",
  "2fa_secret",
  "ssh_key",
  "pgp_key"
]);
function isCredentialColumn(column) {
  const c = column.toLowerCase().replace(/-/g, "_");
  if (CREDENTIAL_EXACT.has(c)) return true;
  return /_(password|passwd|password_hash|secret|secret_key|api_key|apikey|private_key|access_token|refresh_token|auth_token|session_token)$/.test(c);
}
var columnsByTable = /* @__PURE__ */ new WeakMap();
function columnsOf(snap, table2) {
  let byTable = columnsByTable.get(snap);
  if (!byTable) {
    byTable = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(snap.columns)) {
      const dot = k.lastIndexOf(".");
      if (dot < 0) continue;
      const owner = k.slice(0, dot);
      let list2 = byTable.get(owner);
      if (!list2) byTable.set(owner, list2 = []);
      list2.push({ name: lastPart(k), key: k, type: v.type });
    }
    columnsByTable.set(snap, byTable);
  }
  return (byTable.get(table2) ?? []).map((c) => ({ ...c }));
}
function exposedCredentials(ctx, table2) {
  const rel2 = ctx.after.relations[table2];
  if (!rel2 || rel2.kind !== "table" || rel2.rowSecurity) return void 0;
  if (!ctx.exposedSchemas.has(schemaOf(table2)) || SYSTEM_SCHEMAS.has(schemaOf(table2))) return void 0;
  const readers = apiReaders(ctx.after, table2);
  if (!readers.length) return void 0;
  const columns = columnsOf(ctx.after, table2).filter((c) => isCredentialColumn(c.name));
  if (!columns.length) return void 0;
  const before = ctx.before.relations[table2];
  const changed = !before || before.rowSecurity || columns.some((c) => !(c.key in ctx.before.columns)) || readers.some((r) => !apiReaders(ctx.before, table2).includes(r));
  return changed ? { columns: columns.map((c) => c.name), readers } : void 0;
}
var OPCLASS_OPERATOR = {
  l2: "<->",
  ip: "<#>",
  cosine: "<=>",
  l1: "<+>",
  hamming: "<~>",
  jaccard: "<%>"
};
function annIndexes(snap) {
  const out = [];
  for (const [name, idx] of Object.entries(snap.indexes)) {
    const m = /\bUSING (hnsw|ivfflat) \((.*)\)(?:\s+WITH\s*\(.*\))?(?:\s+WHERE .*)?$/i.exec(idx.definition);
    if (!m) continue;
    const body = m[2].trim();
    const op = /\s([a-z0-9_]+_ops)$/i.exec(body);
    const target = (op ? body.slice(0, op.index) : body).trim();
    const opclass = op?.[1] ?? "vector_l2_ops";
    const kind = /_(l2|ip|cosine|l1|hamming|jaccard)_ops$/i.exec(opclass)?.[1]?.toLowerCase() ?? "l2";
    const expression = target.startsWith("(");
    const col = expression ? /\(\(?"?([A-Za-z_][\w$]*)"?\)?::/.exec(target)?.[1] ?? target : target.replace(/^"|"$/g, "");
    out.push({ name, table: idx.table, method: m[1].toLowerCase(), column: col, expression, operator: OPCLASS_OPERATOR[kind], opclass, target });
  }
  return out;
}
function vectorType(type) {
  const m = /^(?:[\w"]+\.)?(vector|halfvec|sparsevec)(?:\((\d+)\))?$/.exec(type.trim());
  if (!m) return void 0;
  return { base: m[1], dims: m[2] ? Number(m[2]) : void 0 };
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}

// rules/migration-failed.ts
function stoppedEffect(ctx, id, stmt, transactional) {
  const m = ctx.set.migrations.find((x) => x.id === id);
  const src = ctx.sources.find((s) => s.migration.id === id && s.direction === "up");
  if (!m || !src || !stmt) return transactional ? ": its transaction is rolled back and nothing in it is applied" : "";
  return `, ${failureEffect(m, src.statements, stmt)}`;
}
function reportRanAsSuperuser(ctx, t) {
  const { role, error } = t.trace.asSuperuser;
  ctx.report({
    ...t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: t.trace.line, column: 1, migrationId: t.migration.id } },
    object: `${t.migration.file}:${t.trace.line}`,
    severity: "low",
    title: "Applies only with superuser rights",
    message: `ran as superuser: as ${role} it failed with ${error}; applies when ${toolName(ctx.set.layout)} connects as a superuser or the table owner (self-hosted); fails on managed platforms (Supabase, Neon) where the migration role is not a superuser`,
    evidence: { statementLine: t.trace.line, deniedRole: role, deniedWith: error, ranAs: "superuser" }
  });
}
var migration_failed_default = defineRule({
  id: "migration-failed",
  phase: "live",
  severity: "critical",
  category: "deploy",
  title: "Migration fails when applied",
  check(ctx) {
    const traced = changedStatements(ctx);
    const base = ctx.trace.migrations.filter((m) => m.status === "base");
    const baseFailed = base.filter((m) => m.applied === "failed");
    const basePartial = base.filter((m) => m.applied === "applied" && m.gaps);
    const gaps = ctx.trace.gaps ?? [];
    if (baseFailed.length || gaps.length) {
      const first = traced.find((t) => t.stmt)?.stmt;
      const g = gaps[0];
      const m = baseFailed[0];
      const where = g ? `${g.file}:${g.line}` : m ? `${m.file}${m.error ? `:${m.error.line}` : ""}` : "";
      const why = g ? g.cause : m?.error?.message ?? "it failed";
      const applied = base.filter((r) => r.applied === "applied" && !r.gaps).length;
      ctx.report({
        ...first ? { stmt: first } : { at: { file: g?.file ?? m.file, line: g?.line ?? m?.error?.line ?? 1, column: 1 } },
        object: "base-history",
        severity: "info",
        title: "The base history did not fully build on the review engine",
        message: `Of ${base.length} already-merged migrations, ${applied} applied, ${basePartial.length} applied with statements left out and ${baseFailed.length} did not apply (${gaps.length} statement${gaps.length === 1 ? "" : "s"} left out; first at ${where}: ${why}). These migrations ran in production, so this is a gap of the review engine, not of this pull request; what depends on the missing objects could not be verified.`,
        evidence: { applied, partial: basePartial.length, failed: baseFailed.length, gaps: gaps.slice(0, 20) }
      });
    }
    const causes = environmentCauses(ctx.trace, ctx.sources);
    for (const t of traced) {
      const st = t.trace;
      const ext = lackedExtension(st.skipped);
      if (ext) {
        ctx.report({
          ...t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } },
          object: `extension:${ext}`,
          severity: "info",
          title: "Could not be checked: the review engine lacks this extension",
          message: `The review engine has no "${ext}" extension, so this statement was skipped and what depends on it could not be verified. This is a limit of the engine, not a fault of the migration; run the review on an engine that has it (--engine docker with an image that ships it, or --engine url against a branch database).`,
          evidence: { extension: ext, skipped: st.skipped, statementLine: st.line }
        });
        continue;
      }
      if (st.asSuperuser) reportRanAsSuperuser(ctx, t);
      if (!st.error) continue;
      const e = st.error;
      const env = causes.get(st);
      const where = `${t.migration.file}:${st.line}`;
      const parts = [`Postgres refused this statement: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ""}.`];
      if (e.detail) parts.push(`DETAIL: ${e.detail}`);
      if (e.hint) parts.push(`HINT: ${e.hint}`);
      const evidence = { statementLine: st.line, code: e.code, message: e.message, detail: e.detail, hint: e.hint, durationMs: Math.round(st.durationMs) };
      if (env) {
        ctx.report({
          ...t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } },
          object: where,
          severity: "info",
          title: env.syntax ? `Could not verify: the review server is older than PostgreSQL ${env.syntax.major}` : env.privilege ? "Could not verify: needs privileges the review's migration role does not have" : env.resource ? "Could not verify: the review server ran out of resources" : env.extension ? "Could not verify: depends on an extension the review engine lacks" : env.unbuilt ? "Could not verify: depends on an earlier migration the review engine could not run" : env.standIn ? "Could not verify: the review engine has a stand-in, not the real extension" : env.searchPath ? `Could not verify: ${env.searchPath.name} is in ${env.searchPath.schema}, which the review's search_path does not include` : "Could not verify: depends on base history the review engine could not build",
          message: env.privilege ? `${parts.join(" ")} Cause: ${env.cause}. This is a limit of the review, not a fault of the migration; the statement and the rest of its migration could not be verified. Make sure production's migration role has these rights.` : env.searchPath ? `${parts.join(" ")} Cause: ${env.cause}. The statement and the rest of its migration could not be verified. Writing ${qname(env.searchPath)} makes the migration independent of the search_path.` : `${parts.join(" ")} Cause: ${env.cause}. This failure follows from that gap of the review engine, not from the migration; the statement and the rest of its migration could not be verified.`,
          evidence: { ...evidence, couldNotVerify: env.cause, ...env.extension ? { missingExtension: env.extension } : {}, ...env.gap ? { gap: env.gap } : {}, ...env.unbuilt ? { unbuilt: env.unbuilt } : {} }
        });
        continue;
      }
      ctx.report({
        ...t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } },
        object: where,
        message: `${parts.join(" ")} The migration stops here${stoppedEffect(ctx, t.migration.id, t.stmt, t.migration.transactional)}${baseFailed.length || gaps.length ? " (note: the base history did not fully build on the review engine, but nothing it left out is named here)" : ""}.`,
        fix: { description: e.hint ? `Fix the statement (${e.hint}) and re-run the review.` : "Fix the statement so that it applies on a database built from the base branch, and re-run the review." },
        evidence
      });
    }
    for (const m of ctx.trace.migrations) {
      if (m.status === "base" || m.applied !== "failed" || !m.error) continue;
      if (m.trace?.some((t) => t.error)) continue;
      if (m.error.message.startsWith("cannot be parsed")) continue;
      if (ctx.trace.stopped && m.error.message === `not finished: ${ctx.trace.stopped}`) {
        ctx.report({
          at: { file: m.file, line: m.error.line, column: 1, migrationId: m.id },
          object: `${m.file}:${m.error.line}`,
          severity: "info",
          title: "Could not verify: the review stopped before this migration finished",
          message: `The review stopped at line ${m.error.line} (${ctx.trace.stopped}); that statement and the rest of the migration did not run to the end here, so they and what depends on them could not be verified. This is where the review stopped, not a failure of the migration.`,
          evidence: { line: m.error.line, stopped: ctx.trace.stopped, couldNotVerify: m.couldNotVerify }
        });
        continue;
      }
      ctx.report({
        at: { file: m.file, line: m.error.line, column: 1, migrationId: m.id },
        object: `${m.file}:${m.error.line}`,
        message: `The migration failed: ${m.error.message}.${m.error.detail ? ` DETAIL: ${m.error.detail}` : ""}${m.error.hint ? ` HINT: ${m.error.hint}` : ""} Its transaction is rolled back.`,
        evidence: { line: m.error.line, message: m.error.message, detail: m.error.detail, hint: m.error.hint }
      });
    }
  }
});

// rules/lock-on-existing-table.ts
var STRONG = ["SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"];
var HEAVY = /* @__PURE__ */ new Set(["UpdateStmt", "DeleteStmt", "InsertStmt", "IndexStmt", "VacuumStmt", "ClusterStmt", "RefreshMatViewStmt", "CopyStmt", "DoStmt", "CallStmt", "SelectStmt"]);
var lock_on_existing_table_default = defineRule({
  id: "lock-on-existing-table",
  phase: "live",
  severity: "medium",
  category: "locking",
  title: "Strong locks on tables that already existed",
  check(ctx) {
    const byMigration = /* @__PURE__ */ new Map();
    for (const t of changedStatements(ctx)) byMigration.set(t.migration.id, [...byMigration.get(t.migration.id) ?? [], t]);
    for (const [, traced] of byMigration) {
      const m = traced[0].migration;
      const src = ctx.sources.find((s) => s.migration.id === m.id && s.direction === "up");
      const ownTx = traced.some((x) => ["begin", "commit", "rollback"].includes(transactionControl(x.trace.kind, x.stmt?.node) ?? ""));
      const wrapped = src ? runnerWraps2(src.migration, traced.length, ownTx) : m.transactional;
      let open = false;
      const inTx = traced.map((x) => {
        const c = transactionControl(x.trace.kind, x.stmt?.node);
        if (c === "begin") open = true;
        else if (c === "commit" || c === "rollback") open = false;
        return wrapped || open;
      });
      const rows2 = [];
      for (const t of traced) {
        for (const l of t.trace.locks) {
          if (!l.preexisting || l.relkind !== "table" && l.relkind !== "materialized view" || !STRONG.includes(l.mode)) continue;
          if (!(l.relation in ctx.before.relations)) continue;
          const prev = rows2.find((r) => r.relation === l.relation);
          if (prev && lockStrength(prev.mode) >= lockStrength(l.mode)) continue;
          const heldAcross = [];
          const heldMs = l.heldMs ?? 0;
          if (inTx[t.index]) {
            for (const later of traced.slice(t.index + 1)) {
              const c = transactionControl(later.trace.kind, later.stmt?.node);
              if (c === "commit" || c === "rollback" || later.trace.skipped || later.trace.error) break;
              if (HEAVY.has(later.trace.kind) || later.trace.durationMs >= 1e3) heldAcross.push(later.trace.line);
            }
          }
          const row = { relation: l.relation, mode: l.mode, heldMs, statementLine: t.trace.line, heldAcross, t };
          if (prev) rows2.splice(rows2.indexOf(prev), 1, row);
          else rows2.push(row);
        }
      }
      if (!rows2.length) continue;
      rows2.sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode) || a.statementLine - b.statementLine);
      const across = rows2.filter((r) => r.heldAcross.length && (r.mode === "ACCESS EXCLUSIVE" || r.mode === "EXCLUSIVE"));
      const top = across[0] ?? rows2[0];
      const list2 = rows2.map((r) => `${r.relation} ${r.mode} (line ${r.statementLine}, held ${r.heldMs} ms)`).join("; ");
      const blocks = (mode) => mode === "ACCESS EXCLUSIVE" ? "reads and writes" : mode === "EXCLUSIVE" ? "writes and most reads" : "writes";
      ctx.report({
        ...top.t.stmt ? { stmt: top.t.stmt } : { at: { file: m.file, line: top.statementLine, column: 1, migrationId: m.id } },
        // The tables, not the file: the one held across later work, or every table locked.
        object: across.length ? top.relation : [...new Set(rows2.map((r) => r.relation))].join(", "),
        severity: across.length ? "medium" : "info",
        title: across.length ? "Strong lock on an existing table held across later statements" : "Strong locks on tables that already existed",
        message: across.length ? `${top.relation} is locked ${top.mode} at line ${top.statementLine} and the lock is held until the transaction commits, across ${plural(top.heldAcross.length, "later statement")} that ${top.heldAcross.length === 1 ? "does" : "do"} real work (line${top.heldAcross.length === 1 ? "" : "s"} ${top.heldAcross.join(", ")}): on production data every query on ${top.relation} (${blocks(top.mode)}) waits for all of it. Locks taken on existing tables in this migration: ${list2}.` : `This migration takes ${plural(rows2.length, "strong lock")} on tables that existed before it: ${list2}. Each blocks ${blocks(rows2[0].mode)} on its table while held, and waits behind any running query first; the hold times here were measured on the review engine's empty tables.`,
        fix: across.length ? { description: "Commit the DDL on its own (short transaction, with SET lock_timeout), and do the backfill or index build in separate migrations or batches that do not hold the table lock." } : { description: "Set a short lock_timeout before the DDL so it fails fast instead of queueing every query behind it, and retry." },
        evidence: {
          locks: rows2.map((r) => ({ relation: r.relation, mode: r.mode, heldMs: r.heldMs, statementLine: r.statementLine, ...r.heldAcross.length ? { heldAcrossLines: r.heldAcross } : {} }))
        }
      });
    }
  }
});

// rules/table-rewrite.ts
var STATIC_REWRITE_RULES = /* @__PURE__ */ new Set([
  "changing-column-type",
  "adding-field-with-default",
  "ban-vacuum-full-or-cluster",
  "vector-dimension-change",
  "adding-primary-key-constraint",
  "disallowed-unique-constraint"
]);
function setsExpression(node) {
  return (node?.cmds ?? []).some((c) => c?.AlterTableCmd?.subtype === "AT_SetExpression");
}
var SET_EXPRESSION_FIX = "SET EXPRESSION recomputes the stored generated column in every row. Accept it on a small table or in a maintenance window; otherwise DROP EXPRESSION (the column keeps its values, no rewrite), compute the new expression in a BEFORE INSERT OR UPDATE trigger, and backfill the existing rows in batches (changing-column-type gives the SQL).";
var table_rewrite_default = defineRule({
  id: "table-rewrite",
  phase: "live",
  severity: "high",
  category: "rewrite",
  title: "Rewrites a table that already existed",
  check(ctx) {
    const done = /* @__PURE__ */ new Set();
    for (const t of changedStatements(ctx)) {
      for (const rel2 of t.trace.rewrites) {
        const before = ctx.before.relations[rel2];
        const isIndex = !before && Object.prototype.hasOwnProperty.call(ctx.before.indexes, rel2);
        if (!before && !isIndex) continue;
        if (before && before.kind !== "table" && before.kind !== "partitioned table" && before.kind !== "materialized view") continue;
        const key2 = `${t.migration.id}\0${rel2}`;
        if (done.has(key2)) continue;
        done.add(key2);
        const confirmed = (ctx.staticFindings ?? []).filter(
          (f) => f.file === t.migration.file && t.stmt && f.line >= t.stmt.span.line && f.line <= t.stmt.span.endLine && (STATIC_REWRITE_RULES.has(f.ruleId) || f.category === "rewrite")
        );
        const what = isIndex ? `the index ${rel2}` : `${rel2}`;
        ctx.report({
          ...t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: t.trace.line, column: 1, migrationId: t.migration.id } },
          object: rel2,
          severity: confirmed.length ? "info" : isIndex ? "medium" : "high",
          title: confirmed.length ? `Confirmed: rewrites ${isIndex ? "an existing index" : "a table that already existed"}` : void 0,
          message: `Running this statement gave ${what} a new relfilenode: Postgres rewrote ${isIndex ? "the whole index" : "every row of the table and rebuilt its indexes"}, holding an ACCESS EXCLUSIVE lock for the whole time. On the review engine the table is small, so it took ${Math.round(t.trace.durationMs)} ms; on production it takes as long as copying ${isIndex ? "the index" : "the table"}, needs that much free disk, and blocks every query on it meanwhile.${confirmed.length ? ` (Confirms ${[...new Set(confirmed.map((f) => f.ruleId))].join(", ")}.)` : ""}`,
          fix: {
            description: isIndex ? "Rebuild indexes with REINDEX INDEX CONCURRENTLY (or CREATE INDEX CONCURRENTLY + swap) instead." : setsExpression(t.stmt?.node) ? SET_EXPRESSION_FIX : "Use a form that does not rewrite (add the column without a volatile default, then backfill in batches; change types by adding a new column and switching over), or schedule a maintenance window."
          },
          evidence: { relation: rel2, statementLine: t.trace.line, durationMs: Math.round(t.trace.durationMs), rowsBefore: before ? Math.max(0, before.estimatedRows) : void 0 }
        });
      }
    }
  }
});

// rules/invalid-index.ts
var invalid_index_default = defineRule({
  id: "invalid-index",
  phase: "live",
  severity: "high",
  category: "deploy",
  title: "Index left INVALID",
  check(ctx) {
    for (const [name, idx] of Object.entries(ctx.after.indexes)) {
      if (idx.valid) continue;
      const before = ctx.before.indexes[name];
      if (before && !before.valid) continue;
      ctx.report({
        ...placeFor(ctx, name),
        object: name,
        message: `After the migrations, ${name} on ${idx.table} is INVALID (pg_index.indisvalid = false): a CREATE INDEX CONCURRENTLY (or REINDEX CONCURRENTLY) failed part way. The planner never uses it, yet every write to ${idx.table} still maintains it${idx.unique ? ", and as a UNIQUE index it still rejects duplicates" : ""}. A re-run with IF NOT EXISTS silently keeps the broken index.`,
        fix: {
          description: "Drop the invalid index and build it again once the cause (usually duplicate values or a deadlock/timeout) is fixed.",
          sql: `DROP INDEX CONCURRENTLY IF EXISTS ${name};
${idx.definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX CONCURRENTLY ")};`
        },
        evidence: { index: name, table: idx.table, definition: idx.definition, valid: false }
      });
    }
  }
});

// rules/live-rls-disabled-in-exposed-schema.ts
var live_rls_disabled_in_exposed_schema_default = defineRule({
  id: "live-rls-disabled-in-exposed-schema",
  phase: "live",
  severity: "critical",
  category: "security",
  title: "Table in an API-exposed schema without row level security (found in the catalog)",
  check(ctx) {
    for (const [name, rel2] of Object.entries(ctx.after.relations)) {
      if (!isTable(ctx.after, name) || rel2.rowSecurity) continue;
      const schema = schemaOf(name);
      if (!ctx.exposedSchemas.has(schema) || SYSTEM_SCHEMAS.has(schema)) continue;
      const before = ctx.before.relations[name];
      if (before && !before.rowSecurity) continue;
      if (staticCovered(ctx, ["rls-not-enabled", "rls-disabled"], name)) continue;
      if (exposedCredentials(ctx, name)) continue;
      const moved = !before && Object.values(ctx.before.relations).some((r) => r.oid === rel2.oid);
      const grants = apiGrants(ctx.after, name);
      const roles = Object.keys(grants);
      const how = before ? "had row level security, and the PR turned it off" : moved ? "was moved or renamed into it by the PR" : "was created by the PR in a way the SQL does not show directly (dynamic SQL or a function)";
      ctx.report({
        ...placeFor(ctx, name),
        object: name,
        severity: !roles.length ? "low" : ctx.supabase ? "critical" : "high",
        message: `The catalog after the migrations has ${name} in the ${schema} schema, which the API exposes, with row level security off. It ${how}. ${roles.length ? `${roles.join(", ")} ${roles.length === 1 ? "holds" : "hold"} ${[...new Set(Object.values(grants).flat())].join(", ")} on it, so any client with the ${ctx.supabase ? "anon or authenticated key" : "API credentials"} can use those on every row.` : "No API role holds privileges on it today, so it is not reachable yet; a later GRANT (or a default privilege) makes every row public."}`,
        fix: {
          description: "Enable RLS on the table (and add policies for the access you intend), or keep it in a schema the API does not expose.",
          sql: `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`
        },
        evidence: { table: name, rowSecurity: false, grants, moved, rlsBefore: before?.rowSecurity }
      });
    }
  }
});

// rules/credential-columns-exposed.ts
var credential_columns_exposed_default = defineRule({
  id: "credential-columns-exposed",
  phase: "live",
  severity: "critical",
  category: "security",
  title: "Credential columns readable through the API without row level security",
  check(ctx) {
    for (const name of Object.keys(ctx.after.relations)) {
      const hit = exposedCredentials(ctx, name);
      if (!hit) continue;
      ctx.report({
        ...placeFor(ctx, name),
        object: name,
        message: `${name} has ${hit.columns.length === 1 ? "a column" : "columns"} named like ${hit.columns.length === 1 ? "a credential" : "credentials"} (${hit.columns.join(", ")}), row level security is off, and ${hit.readers.join(", ")} can SELECT from it (read from the catalog after the migrations). Anyone with the public ${ctx.supabase ? "anon key" : "API credentials"} can read every ${hit.columns[0]} in the table (Supabase lint sensitive_columns_exposed).`,
        fix: {
          description: "Keep secrets out of exposed schemas (a private schema, Supabase Vault), or enable RLS and revoke column access from the API roles.",
          sql: `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;
REVOKE SELECT (${hit.columns.join(", ")}) ON ${name} FROM ${hit.readers.map((r) => r === "PUBLIC" ? "PUBLIC" : r).join(", ")};`
        },
        evidence: { table: name, columns: hit.columns, readers: hit.readers, rowSecurity: false }
      });
    }
  }
});

// rules/security-definer-function-executable.ts
var API = ["PUBLIC", "anon", "anonymous", "authenticated"];
var security_definer_function_executable_default = defineRule({
  id: "security-definer-function-executable",
  phase: "live",
  severity: "high",
  category: "security",
  title: "SECURITY DEFINER function callable by API roles",
  check(ctx) {
    for (const [sig, fn] of Object.entries(ctx.after.functions)) {
      if (!fn.securityDefiner || fn.kind !== "function" && fn.kind !== "procedure") continue;
      if (/^(trigger|event_trigger)$/.test(fn.returns)) continue;
      const schema = schemaOf(sig);
      if (!ctx.exposedSchemas.has(schema) || SYSTEM_SCHEMAS.has(schema)) continue;
      const callers = fn.executableBy.filter((r) => API.includes(r));
      if (!callers.length) continue;
      const before = ctx.before.functions[sig];
      const newCallers = before?.securityDefiner ? callers.filter((r) => !before.executableBy.includes(r)) : callers;
      if (!newCallers.length) continue;
      const name = sig.slice(0, sig.indexOf("("));
      if (staticCovered(ctx, ["grant-write-to-anon"], sig)) continue;
      const anon = callers.some((r) => r !== "authenticated");
      const via = fn.acl == null ? "the default EXECUTE for PUBLIC (never revoked)" : ctx.supabase ? "Supabase's default privileges or an explicit GRANT" : "a GRANT";
      ctx.report({
        ...placeFor(ctx, sig),
        object: sig,
        severity: anon && ctx.supabase ? "high" : "medium",
        message: `${sig} is SECURITY DEFINER (runs as ${fn.owner}, bypassing row level security) and the catalog shows ${callers.join(", ")} can EXECUTE it, through ${via}. In the ${schema} schema the API exposes it${ctx.supabase ? ` as /rest/v1/rpc/${name.split(".").pop()}` : ""}: ${anon ? "anyone, signed in or not," : "every signed-in user"} can call it with arguments of their choosing (Supabase lints anon/authenticated_security_definer_function_executable).`,
        fix: anon ? {
          description: "Revoke EXECUTE from PUBLIC and the API roles and grant it only to who needs it; or make it SECURITY INVOKER; or move it to a schema the API does not expose.",
          sql: `REVOKE EXECUTE ON FUNCTION ${sig} FROM PUBLIC, anon, authenticated;
-- if signed-in users need it:
GRANT EXECUTE ON FUNCTION ${sig} TO authenticated;`
        } : {
          // Only signed-in users can call it, often by an explicit GRANT: revoking PUBLIC and anon
          // changes nothing, so the advice is the check inside, or revoking what was granted.
          description: "Row level security does not apply inside it: check in the body that the caller may act on its arguments (for example that auth.uid() is a member of the account it is given), or revoke EXECUTE from authenticated if signed-in users do not need it; or make it SECURITY INVOKER; or move it to a schema the API does not expose.",
          sql: `-- only if signed-in users do not need to call it:
REVOKE EXECUTE ON FUNCTION ${sig} FROM authenticated;`
        },
        evidence: { function: sig, owner: fn.owner, executableBy: fn.executableBy, acl: fn.acl ?? null, searchPath: fn.searchPath ?? null }
      });
    }
  }
});

// rules/duplicate-index.ts
function shape(idx) {
  return idx.definition.replace(/^CREATE (UNIQUE )?INDEX ("(?:[^"]|"")+"|\S+) ON /, "INDEX ON ");
}
var duplicate_index_default = defineRule({
  id: "duplicate-index",
  phase: "live",
  severity: "low",
  category: "performance",
  title: "Index duplicates another index on the same table",
  check(ctx) {
    const groups = /* @__PURE__ */ new Map();
    for (const [name, idx] of Object.entries(ctx.after.indexes)) {
      if (!idx.valid || SYSTEM_SCHEMAS.has(schemaOf(idx.table))) continue;
      const key2 = `${idx.table}\0${shape(idx)}`;
      groups.set(key2, [...groups.get(key2) ?? [], name]);
    }
    for (const names of groups.values()) {
      if (names.length < 2) continue;
      const added = names.filter((n) => !(n in ctx.before.indexes));
      if (!added.length) continue;
      const keep = [...names].sort((a, b) => rank(ctx.after.indexes[b]) - rank(ctx.after.indexes[a]) || Number(b in ctx.before.indexes) - Number(a in ctx.before.indexes))[0];
      for (const dup of names.filter((n) => n !== keep)) {
        const keepIsNew = !(keep in ctx.before.indexes);
        if (!keepIsNew && !added.includes(dup)) continue;
        const about = added.includes(dup) ? dup : keep;
        const other = about === dup ? keep : dup;
        const a = ctx.after.indexes[about];
        const o = ctx.after.indexes[other];
        ctx.report({
          ...placeFor(ctx, about),
          object: about,
          message: `${about} indexes the same thing as ${other}${o.primary ? " (the primary key)" : o.unique && !a.unique ? " (a unique index)" : ""} on ${a.table}: ${a.definition.replace(/^.* USING /, "USING ")}. The planner needs only one of them; the other still takes disk and slows every INSERT, UPDATE and DELETE (Supabase lint duplicate_index).`,
          fix: { description: about === dup ? "Do not create the duplicate." : `Drop the older, weaker index now that ${about} covers it.`, sql: `DROP INDEX ${dup};` },
          evidence: { table: a.table, index: about, duplicates: other, definitions: [a.definition, o.definition] }
        });
      }
    }
  }
});
function rank(i) {
  return i.primary ? 2 : i.unique ? 1 : 0;
}

// rules/extension-in-public.ts
var extension_in_public_default = defineRule({
  id: "extension-in-public",
  phase: "live",
  severity: "low",
  category: "security",
  title: "Extension installed in the exposed public schema",
  check(ctx) {
    if (!ctx.exposedSchemas.has("public")) return;
    for (const [ext, info] of Object.entries(ctx.after.extensions)) {
      if (info.schema !== "public" || ext === "plpgsql") continue;
      if (ctx.before.extensions[ext]?.schema === "public") continue;
      ctx.report({
        ...placeFor(ctx, ext),
        object: `extension:${ext}`,
        message: `The catalog shows the ${ext} extension in the public schema${ctx.supabase ? ' (Supabase puts search_path "$user", public, extensions first, so CREATE EXTENSION without a schema lands in public)' : ""}. Its functions, types and operators then sit in the schema the API exposes: they show up in the API's function list, clutter dumps and type names, and moving them later breaks everything that refers to them as public.* (Supabase lint extension_in_public).`,
        fix: {
          description: "Create extensions in their own schema (Supabase: extensions).",
          sql: `CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS ${/^[a-z_][a-z0-9_]*$/.test(ext) ? ext : `"${ext}"`} WITH SCHEMA extensions;`
        },
        evidence: { extension: ext, schema: info.schema, version: info.version }
      });
    }
  }
});

// src/analysis/operator-uses.ts
var QUERY_KINDS = /* @__PURE__ */ new Set(["SelectStmt", "UpdateStmt", "DeleteStmt", "InsertStmt", "MergeStmt"]);
function operatorUses(kind, node, ops, hasColumn, variables) {
  const out = [];
  const visit = (value, scope) => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, scope);
      return;
    }
    for (const key2 in value) {
      const v = value[key2];
      if (v === null || typeof v !== "object") continue;
      if (QUERY_KINDS.has(key2)) visitQuery(key2, v, scope);
      else {
        if (key2 === "A_Expr") operatorOperands(v, scope);
        visit(v, scope);
      }
    }
  };
  const visitQuery = (kind2, q, outer) => {
    const scope = { items: [], ctes: /* @__PURE__ */ new Set(), parent: outer };
    for (const c of q.withClause?.ctes ?? []) if (typeof c?.CommonTableExpr?.ctename === "string") scope.ctes.add(c.CommonTableExpr.ctename);
    if (kind2 !== "InsertStmt" && q.relation) addRangeVar(q.relation, scope);
    for (const item of [...q.fromClause ?? [], ...q.usingClause ?? [], ...q.sourceRelation ? [q.sourceRelation] : []]) addFromItem(item, scope);
    const beside = { items: [], ctes: scope.ctes, parent: outer };
    for (const key2 in q) {
      const v = q[key2];
      if (v === null || typeof v !== "object" || key2 === "relation") continue;
      if (key2 === "larg" || key2 === "rarg") visitQuery("SelectStmt", v, outer);
      else if (key2 === "withClause") visit(v, beside);
      else if (key2 === "fromClause") for (const item of v) visit(item, item?.RangeSubselect && !item.RangeSubselect.lateral ? beside : scope);
      else visit(v, kind2 === "InsertStmt" ? outer : scope);
    }
  };
  const operatorOperands = (e, scope) => {
    if (e.kind !== "AEXPR_OP") return;
    const name = strings(e.name);
    const op = name[name.length - 1];
    if (!op || !ops.has(op)) return;
    for (const side of [e.lexpr, e.rexpr]) {
      const cast = side?.TypeCast ? castType(side.TypeCast.typeName) : void 0;
      const ref = side?.ColumnRef ?? (cast ? side.TypeCast.arg?.ColumnRef : void 0);
      if (!ref) continue;
      const use = resolveColumn(strings(ref.fields), (ref.fields ?? []).length, scope, hasColumn, variables);
      if (use) out.push({ op, ...use, ...cast ? { cast } : {} });
    }
  };
  if (QUERY_KINDS.has(kind)) visitQuery(kind, node, void 0);
  else visit(node, void 0);
  return out;
}
function addRangeVar(rv, scope) {
  if (typeof rv?.relname !== "string") return;
  const alias = rv.alias?.aliasname;
  const cte = !rv.schemaname && isCte(rv.relname, scope);
  scope.items.push({ name: alias ?? rv.relname, rel: cte ? void 0 : { schema: rv.schemaname ?? DEFAULT_SCHEMA, name: rv.relname }, aliased: !!alias });
}
function addFromItem(item, scope) {
  if (item?.RangeVar) return addRangeVar(item.RangeVar, scope);
  const join5 = item?.JoinExpr;
  if (join5 && !join5.alias) {
    addFromItem(join5.larg, scope);
    addFromItem(join5.rarg, scope);
    return;
  }
  const inner = join5 ?? item?.RangeSubselect ?? item?.RangeFunction ?? item?.RangeTableFunc ?? item?.JsonTable ?? item?.RangeTableSample;
  if (item?.RangeTableSample && !inner.alias) return addRangeVar(inner.relation?.RangeVar, scope);
  if (typeof inner?.alias?.aliasname === "string") scope.items.push({ name: inner.alias.aliasname, aliased: true });
  else if (inner) scope.items.push({ name: "", aliased: true });
}
function isCte(name, scope) {
  for (let s = scope; s; s = s.parent) if (s.ctes.has(name)) return true;
  return false;
}
function castType(typeName) {
  const names = strings(typeName?.names);
  const base = names[names.length - 1];
  if (!base || typeName.arrayBounds?.length) return void 0;
  const mods = [];
  for (const m of typeName.typmods ?? []) {
    const n = m?.A_Const?.ival;
    if (!n || m.A_Const.isnull) return void 0;
    mods.push(n.ival ?? 0);
  }
  return mods.length ? `${base}(${mods.join(",")})` : base;
}
function resolveColumn(parts, fieldCount, scope, hasColumn, variables) {
  if (parts.length !== fieldCount || !parts.length || parts.length > 3) return void 0;
  const column = parts[parts.length - 1];
  if (parts.length > 1) {
    const [schema, qualifier] = parts.length === 3 ? parts : [void 0, parts[0]];
    for (let s = scope; s; s = s.parent) {
      const item = s.items.find((i) => schema === void 0 ? i.name === qualifier : !i.aliased && i.rel?.schema === schema && i.rel.name === qualifier);
      if (item) return item.rel ? { column, table: item.rel } : void 0;
    }
    return void 0;
  }
  for (let s = scope; s; s = s.parent) {
    const owners = [];
    let unknown = false;
    for (const i of s.items) {
      const has = i.rel ? hasColumn(i.rel, column) : void 0;
      if (has) owners.push(i.rel);
      else if (has === void 0) unknown = true;
    }
    if (!owners.length && !unknown) continue;
    if (owners.length === 1 && !unknown && !variables?.has(column)) return { column, table: owners[0] };
    return owners.length ? { column, maybe: owners } : void 0;
  }
  return void 0;
}

// rules/vector-index-operator-mismatch.ts
var NAMES = { "<->": "L2 distance", "<=>": "cosine distance", "<#>": "negative inner product", "<+>": "L1 distance", "<~>": "Hamming distance", "<%>": "Jaccard distance" };
var OPS = new Set(Object.keys(NAMES));
var MAY_USE = /<=>|<->|<#>|<\+>|<~>|<%>/;
var OPCLASS_FOR = Object.fromEntries(Object.entries(OPCLASS_OPERATOR).map(([k, op]) => [op, k]));
var IDENTIFIER = /^(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")$/;
function indexKey(i) {
  if (!i.expression) return `${i.table}\0${splitName(i.target)[0]}\0`;
  const m = /^\(\((.+)\)::(.+)\)$/.exec(i.target);
  if (!m || !IDENTIFIER.test(m[1])) return void 0;
  const type = splitName(m[2].replace(/\s+/g, ""));
  return `${i.table}\0${splitName(m[1])[0]}\0${type[type.length - 1]}`;
}
function distanceUses(ctx) {
  const after = ctx.after;
  const hasColumn = (rel2, column) => {
    const table2 = qident(rel2);
    return table2 in after.relations ? `${table2}.${ident2(column)}` in after.columns : void 0;
  };
  const out = /* @__PURE__ */ new Map();
  const add = (key2, use) => (out.get(key2) ?? out.set(key2, []).get(key2)).push(use);
  for (const src of ctx.sources) {
    if (src.direction !== "up") continue;
    const changed = src.migration.status !== "base";
    for (const stmt of src.statements) {
      if (stmt.kind === "IndexStmt" || !MAY_USE.test(stmt.sql)) continue;
      for (const q of statementQueries(stmt)) {
        for (const u of operatorUses(q.kind, q.node, OPS, hasColumn, q.variables)) {
          const what = `\0${u.column}\0${u.cast ?? ""}`;
          if (u.table) add(qident(u.table) + what, { stmt, op: u.op, changed, maybe: false });
          for (const t of u.maybe ?? []) add(qident(t) + what, { stmt, op: u.op, changed, maybe: true });
        }
      }
    }
  }
  return out;
}
var vector_index_operator_mismatch_default = defineRule({
  id: "vector-index-operator-mismatch",
  phase: "live",
  severity: "medium",
  category: "vector",
  title: "Vector search uses a distance operator no index serves",
  check(ctx) {
    const byKey = /* @__PURE__ */ new Map();
    for (const i of annIndexes(ctx.after)) {
      const key2 = indexKey(i);
      if (key2) byKey.set(key2, [...byKey.get(key2) ?? [], i]);
    }
    if (!byKey.size) return;
    const usesOf = distanceUses(ctx);
    for (const [key2, idxs] of byKey) {
      const [table2, column] = key2.split("\0");
      const all = usesOf.get(key2) ?? [];
      const uses = all.filter((u) => !u.maybe);
      if (!uses.length) continue;
      const served = new Set(idxs.map((i) => i.operator));
      const unserved = uses.filter((u) => !served.has(u.op));
      if (!unserved.length || unserved.length < uses.length) continue;
      if (all.some((u) => u.maybe && served.has(u.op))) continue;
      const newIndex = idxs.find((i) => !(i.name in ctx.before.indexes));
      const changedUse = unserved.find((u) => u.changed);
      if (!newIndex && !changedUse) continue;
      const ops = [...new Set(unserved.map((u) => u.op))];
      const place = changedUse ? { stmt: changedUse.stmt } : placeFor(ctx, newIndex.name);
      const i0 = idxs[0];
      const wanted = i0.opclass.replace(/_(l2|ip|cosine|l1|hamming|jaccard)_ops$/, `_${OPCLASS_FOR[ops[0]] ?? "cosine"}_ops`);
      ctx.report({
        ...place,
        object: `${table2}.${column}`,
        message: `${table2}.${column} is searched with ${ops.map((o) => `${o} (${NAMES[o]})`).join(", ")} (${unserved.length === 1 ? "the query at" : "queries at"} ${[...new Set(unserved.map((u) => `${u.stmt.file}:${u.stmt.span.line}`))].join(", ")}), but its ${idxs.map((i) => `${i.method.toUpperCase()} index ${i.name} uses ${i.opclass} (${i.operator})`).join("; ")}. An ANN index only serves the operator of its operator class, so the planner ignores it and every similarity search reads the whole table.`,
        fix: {
          description: `Build the index with the operator class of the operator the queries use (or change the queries to ${i0.operator}).`,
          sql: `CREATE INDEX CONCURRENTLY ON ${table2} USING ${i0.method} (${i0.target} ${wanted});
DROP INDEX CONCURRENTLY ${i0.name};`
        },
        evidence: { column: `${table2}.${column}`, indexes: idxs.map((i) => ({ name: i.name, method: i.method, opclass: i.opclass, operator: i.operator })), operatorsUsed: ops }
      });
    }
  }
});

// rules/vector-column-not-indexable.ts
var LIMIT = { vector: 2e3, halfvec: 4e3 };
var vector_column_not_indexable_default = defineRule({
  id: "vector-column-not-indexable",
  phase: "live",
  severity: "medium",
  category: "vector",
  title: "Vector column that HNSW and IVFFlat cannot index",
  check(ctx) {
    const ann = annIndexes(ctx.after);
    const columns = Object.keys(ctx.after.relations).filter((t) => isTable(ctx.after, t) && !SYSTEM_SCHEMAS.has(schemaOf(t))).flatMap((table2) => columnsOf(ctx.after, table2).map((c) => ({ table: table2, column: c.name, key: c.key })));
    for (const { table: table2, column, key: key2 } of columns) {
      const col = ctx.after.columns[key2];
      const v = vectorType(col.type);
      if (!v || !(v.base in LIMIT)) continue;
      if (ctx.before.columns[key2]?.type === col.type) continue;
      if (ann.some((i) => i.table === table2 && i.column === column)) continue;
      const limit = LIMIT[v.base];
      if (v.dims != null && v.dims <= limit) continue;
      const noDims = v.dims == null;
      ctx.report({
        ...placeFor(ctx, key2),
        object: key2,
        message: noDims ? `${key2} is declared ${col.type} without a dimension. HNSW and IVFFlat refuse to index such a column ("column does not have dimensions"), so similarity searches on it will always scan the whole table, and rows of different dimensions can be mixed in it, which makes distance queries fail at run time.` : `${key2} is ${col.type}: ${v.dims} dimensions is more than pgvector's HNSW and IVFFlat can index for ${v.base} (${limit}). Creating an ANN index on it fails, so similarity searches will always scan the whole table.`,
        fix: noDims ? { description: "Declare the dimension of the embedding model you store.", sql: `ALTER TABLE ${table2} ALTER COLUMN ${column} TYPE ${v.base}(1536); -- the model's dimension` } : {
          description: `Index a half-precision expression (halfvec supports up to 4,000 dimensions), and query with the same cast; or reduce dimensions (e.g. OpenAI's dimensions parameter).`,
          sql: `CREATE INDEX ON ${table2} USING hnsw ((${column}::halfvec(${v.dims})) halfvec_cosine_ops);
-- query: ORDER BY ${column}::halfvec(${v.dims}) <=> $1::halfvec(${v.dims})`
        },
        evidence: { column: key2, type: col.type, dimensions: v.dims ?? null, indexLimit: limit }
      });
    }
  }
});

// rules/schema-drift.ts
var MANAGED_SCHEMAS = /* @__PURE__ */ new Set([...SYSTEM_SCHEMAS, "pgreview_admin", "_realtime", "_analytics", "drizzle", "neon"]);
var RUNNER_TABLES = /* @__PURE__ */ new Set([
  "schema_migrations",
  "_prisma_migrations",
  "flyway_schema_history",
  "__diesel_schema_migrations",
  "__drizzle_migrations",
  "goose_db_version",
  "knex_migrations",
  "knex_migrations_lock",
  "SequelizeMeta",
  "typeorm_migrations",
  "alembic_version",
  "ar_internal_metadata",
  "django_migrations",
  "atlas_schema_revisions",
  "seaql_migrations"
]);
var sortedRoles = (r) => [...r].sort().join(", ");
var describeDefault = (d) => d === void 0 ? "no default" : `default ${d}`;
var schema_drift_default = defineRule({
  id: "schema-drift",
  phase: "live",
  severity: "medium",
  category: "deploy",
  title: "Production differs from what the migration history builds",
  check(ctx) {
    const prod = ctx.production?.catalog;
    if (!prod) return;
    const base = ctx.before;
    const postgresMigrations = ctx.set.layout === "postgres-migrations";
    const managed = (name) => MANAGED_SCHEMAS.has(schemaOf(name)) || schemaOf(name).startsWith("pg_");
    const runnerTable = (name) => {
      const rel2 = splitName(name)[1] ?? "";
      return RUNNER_TABLES.has(rel2) || postgresMigrations && rel2 === "migrations";
    };
    const ignored = (name) => managed(name) || runnerTable(name);
    const tableOf2 = (name) => splitName(name).slice(0, 2).map((p) => /^[a-z_][a-z0-9_$]*$/.test(p) ? p : `"${p.replace(/"/g, '""')}"`).join(".");
    const diffs = [];
    const add = (object, kind, line) => {
      const d = diffs.find((x) => x.object === object) ?? (diffs.push({ object, kind, lines: [] }), diffs[diffs.length - 1]);
      d.lines.push(line);
    };
    const onlyProdSchemas = new Set(Object.keys(prod.schemas).filter((s) => !(s in base.schemas) && !managed(`${s}.x`)));
    const onlyBaseSchemas = new Set(Object.keys(base.schemas).filter((s) => !(s in prod.schemas) && !managed(`${s}.x`)));
    const count = (snap, s) => Object.keys(snap.relations).filter((r) => schemaOf(r) === plainName(s)).length;
    for (const s of onlyProdSchemas) add(s, "schema", `schema ${s} exists in production (${count(prod, s)} relation(s)) but no migration creates it`);
    for (const s of onlyBaseSchemas) add(s, "schema", `the migrations create schema ${s} (${count(base, s)} relation(s)) but production has no such schema`);
    const compared = (name) => !ignored(name) && !onlyProdSchemas.has(splitName(name)[0]) && !onlyBaseSchemas.has(splitName(name)[0]) && (schemaOf(name) in prod.schemas || splitName(name)[0] in prod.schemas);
    const rels = (snap) => Object.entries(snap.relations).filter(([n, r]) => r.kind !== "sequence" && compared(n));
    for (const [name, r] of rels(prod)) if (!(name in base.relations)) add(name, r.kind, `${r.kind} ${name} exists in production but no migration creates it`);
    for (const [name, r] of rels(base)) if (!(name in prod.relations)) add(name, r.kind, `the migrations create ${r.kind} ${name} but production does not have it (not deployed yet, or dropped by hand)`);
    const both = new Set(rels(base).map(([n]) => n).filter((n) => n in prod.relations && prod.relations[n].kind !== "sequence"));
    for (const name of [...both].sort()) {
      const b = base.relations[name];
      const p = prod.relations[name];
      if (b.kind !== p.kind) add(name, b.kind, `${name} is a ${p.kind} in production but a ${b.kind} in the migrations`);
      if (b.rowSecurity !== p.rowSecurity) add(name, b.kind, `row level security is ${p.rowSecurity ? "enabled" : "disabled"} in production but ${b.rowSecurity ? "enabled" : "disabled"} by the migrations`);
      if (b.forceRowSecurity !== p.forceRowSecurity) add(name, b.kind, `FORCE ROW LEVEL SECURITY is ${p.forceRowSecurity ? "on" : "off"} in production but ${b.forceRowSecurity ? "on" : "off"} in the migrations`);
    }
    const inBoth = (child) => both.has(tableOf2(child));
    for (const [col, p] of Object.entries(prod.columns)) {
      if (!inBoth(col)) continue;
      const b = base.columns[col];
      const t = tableOf2(col);
      const c = splitName(col).slice(2).join(".");
      if (!b) {
        add(t, "table", `column ${c} (${p.type}${p.notNull ? " NOT NULL" : ""}) exists in production but no migration creates it`);
        continue;
      }
      if (b.type !== p.type) add(t, "table", `column ${c} is ${p.type} in production but ${b.type} in the migrations`);
      if (b.notNull !== p.notNull) add(t, "table", `column ${c} is ${p.notNull ? "NOT NULL" : "nullable"} in production but ${b.notNull ? "NOT NULL" : "nullable"} in the migrations`);
      if (b.default !== p.default) add(t, "table", `column ${c} has ${describeDefault(p.default)} in production but ${describeDefault(b.default)} in the migrations`);
      if ((b.identity ?? "") !== (p.identity ?? "") || (b.generated ?? "") !== (p.generated ?? "")) add(t, "table", `column ${c} differs in identity or generation (production: ${p.identity ?? p.generated ?? "none"}, migrations: ${b.identity ?? b.generated ?? "none"})`);
    }
    for (const [col, b] of Object.entries(base.columns)) {
      if (inBoth(col) && !(col in prod.columns)) add(tableOf2(col), "table", `the migrations create column ${splitName(col).slice(2).join(".")} (${b.type}) but production does not have it`);
    }
    const children = (label, b, p, describe2) => {
      for (const [n, pv] of Object.entries(p)) {
        if (!both.has(pv.table)) continue;
        const short = splitName(n).slice(-1)[0];
        const bv = b[n];
        if (!bv) add(pv.table, "table", `${label} ${short} (${describe2(pv)}) exists in production but no migration creates it`);
        else if (describe2(bv) !== describe2(pv)) add(pv.table, "table", `${label} ${short} is "${describe2(pv)}" in production but "${describe2(bv)}" in the migrations`);
      }
      for (const [n, bv] of Object.entries(b)) {
        if (both.has(bv.table) && !(n in p)) add(bv.table, "table", `the migrations create ${label} ${splitName(n).slice(-1)[0]} (${describe2(bv)}) but production does not have it`);
      }
    };
    children("constraint", base.constraints, prod.constraints, (v) => `${v.definition}${v.validated ? "" : " NOT VALID"}`);
    children("index", base.indexes, prod.indexes, (v) => `${v.definition}${v.valid ? "" : " (INVALID)"}`);
    children("policy", base.policies, prod.policies, (v) => `${v.permissive ? "permissive" : "restrictive"} ${v.cmd} to ${sortedRoles(v.roles)}${v.qual ? ` using ${v.qual}` : ""}${v.withCheck ? ` with check ${v.withCheck}` : ""}`);
    children("trigger", base.triggers, prod.triggers, (v) => `${v.definition}${v.enabled === "D" ? " (disabled)" : ""}`);
    const named = (kind, b, p, describe2, filter) => {
      for (const [n, pv] of Object.entries(p)) {
        if (!filter(n, pv)) continue;
        const bv = b[n];
        if (bv === void 0) add(n, kind, `${kind} ${n} exists in production but no migration creates it`);
        else if (describe2(bv) !== describe2(pv)) add(n, kind, `${kind} ${n} differs: production ${describe2(pv)}, migrations ${describe2(bv)}`);
      }
      for (const [n, bv] of Object.entries(b)) if (filter(n, bv) && !(n in p)) add(n, kind, `the migrations create ${kind} ${n} but production does not have it`);
    };
    named("function", base.functions, prod.functions, (f) => `${f.language}${f.securityDefiner ? " SECURITY DEFINER" : ""} returns ${f.returns}${f.searchPath !== void 0 ? ` search_path=${f.searchPath}` : ""} body ${f.bodyHash.slice(0, 8)}`, (n) => compared(n));
    named("enum", base.enums, prod.enums, (labels) => `(${labels.join(", ")})`, (n) => compared(n));
    named("extension", base.extensions, prod.extensions, (e) => `in schema ${e.schema}`, (_n, e) => !managed(`${e.schema}.x`));
    report(ctx, diffs);
  }
});
function report(ctx, diffs) {
  const source2 = ctx.production.source;
  const touched = (object) => !!ctx.statementFor(object);
  for (const d of diffs.sort((a, b) => a.object.localeCompare(b.object))) {
    const isTouched = touched(d.object);
    ctx.report({
      ...placeFor(ctx, d.object),
      object: d.object,
      severity: isTouched ? "medium" : "low",
      title: `Schema drift: ${d.object} in production differs from the migrations`,
      message: `Compared with production (${source2}), the ${d.kind} ${d.object} differs from what the migration history builds: ${d.lines.join("; ")}. ${isTouched ? "This pull request changes it, and its review ran against the schema the migrations build, not the one production has: the statement may fail or behave differently there." : "This pull request does not touch it, but the review ran against a schema that does not describe production, so it proves less than it seems."}`,
      fix: { description: "Bring the history and production back together: write a migration that makes the hand-made change (or undoes it), or deploy the pending migrations; then refresh the stats." },
      evidence: { differences: d.lines, kind: d.kind, production: source2 }
    });
  }
}

// rules/_live.ts
var liveRules = [
  migration_failed_default,
  lock_on_existing_table_default,
  table_rewrite_default,
  invalid_index_default,
  live_rls_disabled_in_exposed_schema_default,
  credential_columns_exposed_default,
  security_definer_function_executable_default,
  duplicate_index_default,
  extension_in_public_default,
  vector_index_operator_mismatch_default,
  vector_column_not_indexable_default,
  schema_drift_default
];

// rules/statement-timeout.ts
var CLIENT_LIMIT = /exceeded the (\d+) ms time limit \(stopped by pgreview: ([^)]*)\)/;
var TOTAL_LIMIT = /total time limit \((\d+) ms\)/;
var statement_timeout_default = defineRule({
  id: "statement-timeout",
  phase: "live",
  severity: "high",
  category: "deploy",
  title: "Statement stopped by the review time limit",
  check(ctx) {
    const traced = changedStatements(ctx);
    for (const t of traced) {
      const m = t.trace.error && CLIENT_LIMIT.exec(t.trace.error.message);
      if (!m) continue;
      const ms = Number(m[1]);
      ctx.report({
        ...t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: t.trace.line, column: 1, migrationId: t.migration.id } },
        object: `${t.migration.file}:${t.trace.line}`,
        title: `Statement still running after the ${ms} ms time limit`,
        message: `pgreview stopped this statement when it exceeded the ${ms} ms per-statement time limit (${m[2]}). On an empty review database nothing in a migration should take that long: an endless loop, pg_sleep, a runaway query or a memory bomb would hold its locks and block the deploy in production, where tables are bigger. The rest of the migration was not run; later migrations went on where the engine could be brought back (see the engine notes).`,
        evidence: { limitMs: ms, stoppedBy: m[2], statementLine: t.trace.line, durationMs: Math.round(t.trace.durationMs), migration: t.migration.file }
      });
    }
    for (const mig of ctx.trace.migrations) {
      if (mig.status !== "base" || !mig.error) continue;
      const m = CLIENT_LIMIT.exec(mig.error.message);
      if (!m) continue;
      const first = traced.find((t) => t.stmt)?.stmt;
      ctx.report({
        ...first ? { stmt: first } : { at: { file: mig.file, line: mig.error.line, column: 1 } },
        object: mig.file,
        severity: "info",
        title: "An already-merged migration hit the review time limit",
        message: `${mig.file} (base history) was stopped after ${m[1]} ms (${m[2]}), so the database the pull request's migrations ran against is not the one production has.`,
        evidence: { limitMs: Number(m[1]), stoppedBy: m[2], file: mig.file }
      });
    }
    const total = ctx.trace.stopped && TOTAL_LIMIT.exec(ctx.trace.stopped);
    if (total) {
      const notRun2 = traced.filter((t) => t.trace.skipped?.includes("total time limit"));
      const first = notRun2[0];
      if (first) {
        ctx.report({
          ...first.stmt ? { stmt: first.stmt } : { at: { file: first.migration.file, line: first.trace.line, column: 1, migrationId: first.migration.id } },
          object: "total time limit",
          severity: "medium",
          title: `The review reached its total time limit (${total[1]} ms)`,
          message: `pgreview stopped the live run after ${total[1]} ms in all; ${notRun2.length} statement${notRun2.length === 1 ? " was" : "s were"} not run from here on, so what they do was not checked live.`,
          evidence: { limitMs: Number(total[1]), statementsNotRun: notRun2.length }
        });
      }
    }
  }
});

// rules/dynamic-sql-in-function.ts
var dynamic_sql_in_function_default = defineRule({
  id: "dynamic-sql-in-function",
  phase: "static",
  severity: "medium",
  category: "security",
  title: "Function runs SQL built at run time that cannot be reviewed",
  directions: ["up", "down"],
  statements: ["CreateFunctionStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "CreateFunctionStmt") return;
    const found = unresolvedExecutes(stmt);
    if (!found.length) return;
    const n = stmt.node;
    const name = listName(n.funcname)?.qualified ?? "the function";
    const definer = defElem(n.options, "security")?.arg?.Boolean?.boolval === true;
    const returns = String((n.returnType?.names ?? []).map((i) => i?.String?.sval).pop() ?? "").toLowerCase();
    const trigger = returns === "trigger" || returns === "event_trigger";
    const why = definer ? `it is SECURITY DEFINER, so that SQL runs with its owner's rights for every caller` : trigger ? `it is a trigger function, so that SQL runs on every write to its table, as whoever writes` : void 0;
    for (const x of found) {
      const line = x.line != null ? stmt.span.line + x.line - 1 : void 0;
      ctx.report({
        stmt,
        line,
        object: name,
        severity: why ? "high" : "medium",
        title: `${name} runs SQL built at run time${why ? ` (${definer ? "SECURITY DEFINER" : "trigger"})` : ""}`,
        message: `${name} executes \`${x.expr}\`${line != null ? ` (line ${line})` : ""}: a string assembled when the function runs, which no review of this migration can read${why ? `; ${why}` : ""}. If any part of it comes from data (a column, an argument, a setting), whoever controls that data chooses the statement.`,
        fix: {
          description: "Write the statement out, or build it with format() using %I for identifiers and %L for values (or quote_ident/quote_literal), so its shape is fixed and reviewable; pass values with EXECUTE … USING."
        },
        evidence: { function: name, line, expression: x.expr, securityDefiner: definer, trigger }
      });
    }
  }
});

// rules/_containment.ts
var containmentRules = [statement_timeout_default, dynamic_sql_in_function_default];

// rules/index.ts
var rules = [require_concurrent_index_creation_default, rls_not_enabled_default, syntax_error_default, needs_newer_postgres_default, ...lockingRules, ...changesRules, ...securityRules, ...hardeningRules, ...probeRules, ...liveRules, ...containmentRules];

// src/report/facts.ts
function blocksReads(mode) {
  return lockMode(mode) === "ACCESS EXCLUSIVE";
}
function displayLock(mode) {
  return lockMode(mode) ?? mode;
}
function createdRelations(objects) {
  const out = /* @__PURE__ */ new Set();
  for (const o of objects.created) {
    if (["table", "view", "index", "sequence"].includes(o.kind)) out.add(normName(o.name));
  }
  return out;
}
function normName(name) {
  const parts = splitQualified(name);
  return (parts.length === 1 ? ["public", ...parts] : parts).join(".").toLowerCase();
}
function locksOnExisting(migrations, objects) {
  let created;
  const out = [];
  for (const m of migrations) {
    if (m.status === "base") continue;
    for (const lock of m.locks) {
      if (lock.relkind === "index" || lock.relkind === "toast") continue;
      if (lock.preexisting ?? !(created ??= createdRelations(objects)).has(normName(lock.relation))) out.push({ migration: m, lock });
    }
  }
  return out;
}
function rewritesOfExisting(migrations, objects) {
  let created;
  const out = [];
  for (const m of migrations) {
    if (m.status === "base") continue;
    for (const r of m.rewrites) if (!(created ??= createdRelations(objects)).has(normName(r))) out.push({ migration: m, relation: r });
  }
  return out;
}
function splitQualified(name) {
  if (!name.includes('"')) return name.split(".");
  const parts = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (quoted) {
      if (c === '"' && name[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ".") {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}
function qualifiedParts(name, n) {
  const bare2 = name.replace(/\(.*$/s, "");
  let parts = splitQualified(bare2);
  if (parts.length > n) parts = [...parts.slice(0, n - 1), parts.slice(n - 1).join(".")];
  while (parts.length < n) parts = parts.length === n - 1 ? ["public", ...parts] : [...parts, ""];
  return parts;
}
function maxSeverity(sevs) {
  let best;
  for (const s of sevs) if (best === void 0 || SEVERITY_RANK[s] > SEVERITY_RANK[best]) best = s;
  return best;
}
function atLeast(s, threshold) {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}
function duration(ms) {
  if (ms === void 0 || !Number.isFinite(ms)) return "—";
  if (ms < 1) return "<1 ms";
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  return `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}
function plural2(n, word, pluralWord = `${word}s`) {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
function phrase(text, max2 = 110) {
  const t = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.!?])(?=\s+[A-Z(`"]|$)/.exec(t)?.[1] ?? t;
  const bare2 = sentence.replace(/[.!?]$/, "");
  if (bare2.length <= max2) return bare2;
  for (const group of [[/: /g, / \(/g, /; /g, / — /g], [/, so /g, /, (?:which|because|as|since|while) /g]]) {
    let cut = -1;
    for (const re of group) {
      for (const m of bare2.matchAll(re)) {
        if (m.index >= 25 && m.index <= max2) {
          if (cut < 0 || m.index < cut) cut = m.index;
          break;
        }
      }
    }
    if (cut > 0) return bare2.slice(0, cut);
  }
  return `${bare2.slice(0, max2).replace(/\s+\S*$/, "")}…`;
}
function penaltiesByFactor(factors) {
  const byFactor = /* @__PURE__ */ new Map();
  for (const f of factors) byFactor.set(f.factor, (byFactor.get(f.factor) ?? 0) + f.penalty);
  return [...byFactor].sort((a, b) => b[1] - a[1]);
}

// src/report/escape.ts
var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
var SANITIZED = new RegExp(`${BIDI.source}|${CONTROL.source}`);
var ZWSP = "&#8203;";
var MARK = "";
function sanitize(s) {
  const text = String(s);
  if (!SANITIZED.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").replace(BIDI, "�").replace(CONTROL, "�");
}
function oneLine(s) {
  return sanitize(s).replace(/[\n\t]+/g, " ");
}
function markAutolinks(s) {
  if (!AUTOLINK_HINT.test(s)) return s;
  return s.replace(/\uE000/g, "").replace(/@(?=[A-Za-z0-9_])/g, `@${MARK}`).replace(/#(?=\d)/g, `#${MARK}`).replace(/\b(GH)-(?=\d)/gi, `$1${MARK}-`).replace(/\b(https?|ftp|mailto):/gi, `$1${MARK}:`).replace(/\bwww\./gi, `www${MARK}.`);
}
var AUTOLINK_HINT = /[\uE000@#:]|gh-|www\./i;
function unmark(s) {
  return s.includes(MARK) ? s.replace(/\uE000/g, ZWSP) : s;
}
function md(s) {
  let out = markAutolinks(oneLine(s));
  if (/[\\&<>]/.test(out)) out = out.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  out = out.replace(/[`*_[\]~|$]/g, (c) => `\\${c}`);
  out = out.replace(/^\s+/, "").replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  return unmark(out);
}
function html(s) {
  const out = markAutolinks(oneLine(s)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  return unmark(out);
}
function longestRun(s, ch) {
  let best = 0;
  for (let i = s.indexOf(ch); i !== -1; ) {
    let end = i + ch.length;
    while (s.startsWith(ch, end)) end += ch.length;
    best = Math.max(best, (end - i) / ch.length);
    i = s.indexOf(ch, end);
  }
  return best;
}
function code(s) {
  const text = oneLine(s);
  if (text.length === 0) return "*(empty)*";
  const fence = "`".repeat(longestRun(text, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function cellCode(s) {
  const text = oneLine(s);
  if (/\\\|/.test(text)) return md(text);
  return code(text).replace(/\|/g, "\\|");
}
function cell(s) {
  return md(s);
}
function codeBlock(s, lang = "") {
  const text = sanitize(s).replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(text, "`") + 1));
  return `${fence}${lang}
${text}
${fence}`;
}
function urlPath(path6) {
  return path6.split("/").map((seg) => encodeURIComponent(seg).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function linkTarget(url) {
  const u = oneLine(url).trim();
  if (!/^(https?:\/\/|\.{0,2}\/|[\w.-]+(\/|$))/i.test(u) || /^(javascript|data|vbscript):/i.test(u)) return void 0;
  return `<${u.replace(/[<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}>`;
}
function link(text, url) {
  const target = url === void 0 ? void 0 : linkTarget(url);
  return target ? `[${text}](${target})` : text;
}
function sqlLiteral(s) {
  return `'${String(s).replace(/'/g, "''")}'`;
}
function term(s) {
  return sanitize(s);
}
function clip2(s, max2) {
  if (s.length <= max2) return s;
  return `${s.slice(0, max2)}
… (${s.length - max2} more characters not shown)`;
}

// src/report/render/common.ts
var VERDICT_LABEL = {
  pass: "Pass",
  pass_with_conditions: "Pass with conditions",
  fail: "Fail",
  inconclusive: "Inconclusive"
};
var VERDICT_ICON = { pass: "✅", pass_with_conditions: "⚠️", fail: "❌", inconclusive: "❔" };
var SEVERITY_ICON = { critical: "🔴", high: "🟠", medium: "🟡", low: "🔵", info: "⚪" };
var SEVERITY_LABEL = { critical: "Critical", high: "High", medium: "Medium", low: "Low", info: "Info" };
var STATUS_ICON = { ok: "✅", warn: "⚠️", fail: "❌", unknown: "❔" };
var LEVEL_ICON = { low: "🟢", medium: "🟡", high: "🟠", critical: "🔴" };
var APPLY_LABEL = { applied: "applied", failed: "failed", skipped: "skipped", "not-run": "not run" };
var APPLY_ICON = { applied: "✅", failed: "❌", skipped: "⏭️", "not-run": "➖" };
var RISK_LABEL = {
  "data-loss": "Data loss",
  downtime: "Downtime (locks, rewrites)",
  security: "Security & tenant isolation",
  integrity: "Data integrity",
  performance: "Performance",
  "deploy-failure": "Deploy failure"
};
function viewsOf(locks, report2) {
  const created = createdRelations(report2.objects);
  const createdIndexes = new Set(report2.objects.created.filter((o) => o.kind === "index").map((o) => normName(o.name)));
  const strongest = /* @__PURE__ */ new Map();
  for (const l of locks) {
    if (l.relkind === "toast") continue;
    const prev = strongest.get(l.relation);
    if (!prev || lockStrength(l.mode) > lockStrength(prev.mode)) strongest.set(l.relation, l);
  }
  return [...strongest.values()].map((l) => ({
    relation: l.relation,
    mode: displayLock(l.mode),
    heldMs: l.heldMs,
    isNew: l.preexisting === void 0 ? created.has(normName(l.relation)) : !l.preexisting,
    kind: l.relkind === "index" || l.relkind === void 0 && createdIndexes.has(normName(l.relation)) ? "index" : l.relkind === "sequence" ? "sequence" : "table"
  })).sort((a, b) => Number(a.isNew) - Number(b.isNew) || lockStrength(b.mode) - lockStrength(a.mode) || a.relation.localeCompare(b.relation));
}
function lockSummary(locks, report2) {
  const views = viewsOf(locks, report2);
  return {
    tables: views.filter((v) => !v.isNew && v.kind === "table"),
    others: views.filter((v) => !v.isNew && v.kind !== "table"),
    newRelations: views.filter((v) => v.isNew).length
  };
}
var GROUP_MIN = 3;
function groupFindings(fs5) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of fs5) byRule.set(f.ruleId, [...byRule.get(f.ruleId) ?? [], f]);
  const out = [];
  const done = /* @__PURE__ */ new Set();
  for (const f of fs5) {
    const group = byRule.get(f.ruleId);
    if (group.length < GROUP_MIN) out.push({ kind: "one", finding: f });
    else if (!done.has(f.ruleId)) {
      done.add(f.ruleId);
      out.push({ kind: "group", ruleId: f.ruleId, findings: group });
    }
  }
  return out;
}
function groupTitle(fs5) {
  const titles = [...new Set(fs5.map((f) => f.title))];
  if (titles.length === 1) return titles[0];
  const generic = [...new Set(fs5.map((f) => f.object ? f.title.split(f.object).join("…") : f.title))];
  if (generic.length === 1) return generic[0];
  const count = /* @__PURE__ */ new Map();
  for (const f of fs5) count.set(f.title, (count.get(f.title) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0][0];
}
function groupFixSql(fs5, max2 = 1500) {
  const sqls = [...new Set(fs5.map((f) => f.fix?.sql?.trim()).filter((s) => !!s))];
  if (!sqls.length) return void 0;
  const joined = sqls.join("\n");
  if (sqls.length === fs5.length && joined.length <= max2) return { sql: joined, all: true };
  return { sql: sqls[0], all: sqls.length === 1 };
}
function changedMigrations(report2) {
  return report2.migrations.filter((m) => m.status !== "base");
}
function fileLink(report2, file, line) {
  if (!report2.links.head) return void 0;
  const base = report2.links.head.endsWith("/") ? report2.links.head : `${report2.links.head}/`;
  return `${base}${urlPath(file)}${line ? `#L${line}` : ""}`;
}
function docLink(report2, ruleId) {
  const base = report2.links.docs.endsWith("/") ? report2.links.docs : `${report2.links.docs}/`;
  return `${base}${urlPath(ruleId)}.md`;
}
function location(f) {
  return `${f.file}:${f.line}`;
}
function bySeverity(findings) {
  const order = ["critical", "high", "medium", "low", "info"];
  return order.map((s) => [s, findings.filter((f) => f.severity === s)]).filter(([, fs5]) => fs5.length > 0);
}
function evidenceLine(e, max2 = 300) {
  const value = (v, depth) => {
    if (v === null || v === void 0) return "—";
    if (Array.isArray(v)) return v.map((x) => value(x, depth + 1)).join(", ");
    if (typeof v === "object") {
      if (depth > 1) return "…";
      return Object.entries(v).map(([k, x]) => `${k}=${value(x, depth + 1)}`).join(", ");
    }
    return String(v);
  };
  const line = Object.entries(e).filter(([, v]) => v !== null && v !== void 0 && v !== "" && !(Array.isArray(v) && v.length === 0)).map(([k, v]) => `${k}: ${value(v, 0)}`).join(" · ");
  return line.length > max2 ? `${line.slice(0, max2 - 1)}…` : line;
}
function findingLabels(report2) {
  return new Map(report2.findings.map((f, i) => [f.fingerprint, `F${i + 1}`]));
}
function refList(labels, refs, max2 = 6) {
  const ls = [...new Set((refs ?? []).map((r) => labels.get(r)).filter((x) => !!x))];
  return ls.length > max2 ? `${ls.slice(0, max2).join(", ")} +${ls.length - max2}` : ls.join(", ");
}
function baseHistoryLine(b, fmt) {
  const parts = [`${b.applied} of ${plural2(b.total, "migration")} applied`];
  if (b.partial) parts.push(`${b.partial} applied with statements left out`);
  if (b.failed) parts.push(`${b.failed} did not apply`);
  if (b.skipped) parts.push(`${b.skipped} not replayed`);
  const g = b.gaps[0];
  const gap = g ? ` ${plural2(b.gaps.length, "statement")} the review engine could not run ${b.gaps.length === 1 ? "was" : "were"} left out (environment gaps, not this PR's; first ${fmt(`${g.file}:${g.line}`)}: ${g.cause}).` : "";
  const stand = b.standIns.length ? ` Platform stand-ins used: ${b.standIns.map((s) => fmt(s.split(" ")[0])).join(", ")}.` : "";
  return `Base history: ${parts.join(", ")}.${gap}${stand}`;
}
function notReviewedLine(files, fmt) {
  const shown = files.slice(0, 5).map((f) => `${fmt(f.file)} (${f.reason})`);
  return `Not reviewed: ${plural2(files.length, "file")} under the migrations folder: ${shown.join("; ")}${files.length > shown.length ? `; +${files.length - shown.length} more (all in the JSON report)` : ""}.`;
}

// src/report/render/sarif.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
var SECURITY_SEVERITY = { critical: "9.5", high: "7.5", medium: "5.0", low: "2.0", info: "0.0" };
function renderSarif(report2, options2 = {}) {
  return `${JSON.stringify(toSarif(report2, options2), null, 2)}
`;
}
function toSarif(report2, options2 = {}) {
  const all = [...report2.findings, ...report2.suppressed];
  const known = new Map((options2.rules ?? []).map((r) => [r.id, r]));
  const ids = [...new Set(all.map((f) => f.ruleId))].sort();
  const rules2 = ids.map((id) => {
    const first = all.find((f) => f.ruleId === id);
    const info = known.get(id);
    const category = info?.category ?? first.category;
    const severity = info?.severity ?? first.severity;
    const title = info?.title ?? first.title;
    const uri = docLink(report2, id);
    const phase = info?.phase ?? first.phase;
    return {
      id,
      name: id,
      shortDescription: { text: title },
      fullDescription: { text: `${title} (${category}, ${phase === "live" ? "checked on a live database" : "checked in the SQL"}; default severity ${severity}).` },
      helpUri: uri,
      help: { text: `${title}. Why it matters, the fix and examples: ${uri}`, markdown: `**${title}**

Why it matters, the fix and examples: [${id}](${uri})` },
      defaultConfiguration: { level: LEVEL[severity] },
      properties: {
        category,
        // SARIF propertyBag tags must be unique: a security rule's category already is "security".
        tags: [.../* @__PURE__ */ new Set(["postgresql", "migration", category, ...category === "security" ? ["security"] : []])],
        ...category === "security" ? { "security-severity": SECURITY_SEVERITY[severity] } : {}
      }
    };
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = all.map((f) => {
    const region = {
      startLine: Math.max(1, f.line),
      startColumn: Math.max(1, f.column),
      endLine: Math.max(f.line, f.endLine, 1)
    };
    if (f.endColumn !== void 0 && f.endColumn > 0) region.endColumn = f.endColumn;
    const text = `${f.title}. ${f.message}${f.fix ? ` Fix: ${f.fix.description}` : ""}`;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" }, region } }],
      partialFingerprints: { "pgreview/v1": f.fingerprint },
      properties: {
        severity: f.severity,
        phase: f.phase,
        category: f.category,
        ...f.object ? { object: f.object } : {},
        ...f.migrationId ? { migrationId: f.migrationId } : {},
        // SARIF `fixes` need byte-exact artifactChanges; the suggested SQL travels as a property instead.
        ...f.fix?.sql ? { fixSql: f.fix.sql } : {}
      },
      ...f.reason !== void 0 ? { suppressions: [{ kind: "inSource", justification: f.reason }] } : {}
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "pgreview", version: report2.tool.version, rules: rules2 } },
        results,
        properties: { verdict: report2.verdict, confidence: report2.confidence }
      }
    ]
  };
}

// src/migrations/index.ts
var fs3 = __toESM(require_node_fs(), 1);
var path4 = __toESM(require_node_path(), 1);

// src/migrations/dbmate.ts
var UP_RE = /^--\s*migrate:up(\s*$|\s+\S+)/m;
var DOWN_RE = /^--\s*migrate:down(\s*$|\s+\S+)$/m;
function hasDbmateMarker(text) {
  return UP_RE.test(text);
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function options(block) {
  const first = block.split("\n", 1)[0] ?? "";
  return first.replace(/^--\s*migrate:(up|down)/, "").trim();
}
function splitDbmate(file, text, bom) {
  const problems = [];
  const up = UP_RE.exec(text);
  const down = DOWN_RE.exec(text);
  const section = (start, end) => ({
    file,
    text: text.slice(start, end),
    startLine: lineAt(text, start),
    startByte: Buffer.byteLength(text.slice(0, start), "utf8"),
    ...bom && start === 0 ? { bom: true } : {}
  });
  if (!up) {
    problems.push({ reason: "format", message: "dbmate requires each migration to define an up block with '-- migrate:up'" });
    return { up: section(0, text.length), upOptions: "", downOptions: "", problems };
  }
  const before = text.slice(0, up.index);
  for (const [i, l] of before.split("\n").entries()) {
    if (/^\s*$/.test(l.replace(/^\ufeff/, "")) || /^\s*--/.test(l)) continue;
    problems.push({ reason: "format", line: i + 1, message: "dbmate does not run statements that precede the '-- migrate:up' block: it rejects the file" });
    break;
  }
  if (!down) {
    problems.push({ reason: "format", line: lineAt(text, up.index), message: "dbmate requires a '-- migrate:down' block (it may be empty): it rejects the file" });
    const upSrc2 = section(up.index, text.length);
    return { up: upSrc2, upOptions: options(upSrc2.text), downOptions: "", problems };
  }
  if (down.index < up.index) {
    problems.push({ reason: "format", line: lineAt(text, down.index), message: "dbmate requires '-- migrate:up' to appear before '-- migrate:down'" });
    const upSrc2 = section(up.index, text.length);
    return { up: upSrc2, upOptions: options(upSrc2.text), downOptions: "", problems };
  }
  const upSrc = section(up.index, down.index);
  const downSrc = section(down.index, text.length);
  return { up: upSrc, down: downSrc, upOptions: options(upSrc.text), downOptions: options(downSrc.text), problems };
}

// src/migrations/discover.ts
var fs2 = __toESM(require_node_fs(), 1);
var path2 = __toESM(require_node_path(), 1);

// src/migrations/glob.ts
var cache = /* @__PURE__ */ new Map();
function globToRegExp(glob) {
  const hit = cache.get(glob);
  if (hit) return hit;
  let g = glob.replace(/\\/g, "/").replace(/^\.\//, "");
  if (!g.includes("/")) g = "**/" + g;
  if (g.endsWith("/")) g = g.slice(0, -1);
  let re = "";
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*") {
      if (g[i + 1] === "*") {
        const slashAfter = g[i + 2] === "/";
        i += slashAfter ? 2 : 1;
        re += slashAfter ? "(?:[^/]*/)*" : ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = g.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        let cls = g.slice(i + 1, end);
        if (cls.startsWith("!")) cls = "^" + cls.slice(1);
        re += "[" + cls.replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  const rx = new RegExp("^" + re + "(?:/.*)?$");
  cache.set(glob, rx);
  return rx;
}
function matchesAny(relPath, globs) {
  for (const g of globs) if (globToRegExp(g).test(relPath)) return g;
  return void 0;
}

// src/migrations/layouts.ts
var TX = {
  // Supabase CLI (`supabase db push`, `migration up`, `db reset`): each migration file runs in its
  // own transaction. Maintainer, supabase/cli#2898: "We are running each migration file in its own
  // transaction to ensure all SQL statements are executed atomically." Since v2.109 the CLI runs
  // statements that cannot be in a transaction block (CREATE INDEX CONCURRENTLY, REINDEX …
  // CONCURRENTLY, VACUUM, ALTER SYSTEM, CLUSTER; DROP INDEX CONCURRENTLY from supabase/cli#6276) on
  // their own, outside the file's batch. No per-file opt-out.
  supabase: {
    transactional: true,
    mode: "per-migration",
    note: "Supabase CLI runs each migration file in its own transaction (supabase/cli#2898); CLI v2.109+ runs CONCURRENTLY/VACUUM-style statements separately, outside it",
    nonTransactionalApart: true
  },
  // Prisma Migrate: the docs promise no transaction. prisma-engines sends the whole migration.sql
  // with tokio-postgres `simple_query` (schema-engine/connectors/sql-schema-connector/src/flavour/
  // postgres/connection.rs, apply_migration_script), so PostgreSQL's implicit transaction applies:
  // multi-statement files are atomic, a single-statement file is not (hence "CONCURRENTLY works when
  // it is alone in the file", prisma/prisma#14456). prisma-engines#5767 (2026) adds CONCURRENTLY support.
  prisma: {
    transactional: false,
    mode: "implicit",
    note: "Prisma Migrate sends migration.sql as one simple-protocol query (prisma-engines apply_migration_script): PostgreSQL runs a multi-statement file as one implicit transaction; a single-statement file runs outside one"
  },
  // drizzle-kit migrate / drizzle-orm migrator: PgDialect.migrate opens ONE transaction
  // (session.transaction) and runs every pending migration's statements (split on
  // `--> statement-breakpoint`) inside it (drizzle-orm/src/pg-core/dialect.ts). No per-file opt-out
  // (drizzle-orm#860: CONCURRENTLY cannot be used).
  drizzle: {
    transactional: true,
    mode: "all-pending",
    note: "drizzle-kit migrate runs all pending migrations in one transaction (drizzle-orm PgDialect.migrate); no per-file opt-out"
  },
  // golang-migrate postgres driver: no BEGIN; the whole file goes through one ExecContext
  // (database/postgres/postgres.go runStatement), which lib/pq sends as one simple query: implicit
  // transaction for multi-statement files. With x-multi-statement=true it splits on ';' and each
  // statement commits on its own.
  "golang-migrate": {
    transactional: false,
    mode: "implicit",
    note: "golang-migrate does not wrap migrations; the postgres driver sends the file as one query, which PostgreSQL runs as one implicit transaction when it holds several statements (x-multi-statement=true: each statement on its own)"
  },
  // maragudk/migrate (harness/gitness): apply() runs the file and the version update inside
  // inTransaction (migrate.go). Files are matched by `^([\w-]+).up.sql$` (the dot is unescaped, so
  // `_up.sql` matches too) and applied in lexical file-name order; every file is its own version.
  maragudk: {
    transactional: true,
    mode: "per-migration",
    note: "maragudk/migrate runs each migration file in its own transaction (migrate.go apply → inTransaction)"
  },
  // Authelia's storage provider: SchemaMigrate begins one transaction and applies every pending
  // V<NNNN>.<Name>.up.sql in it, rolling back on error (internal/storage/sql_provider_schema.go).
  authelia: {
    transactional: true,
    mode: "all-pending",
    note: "Authelia's migrator applies all pending migrations in one transaction (internal/storage/sql_provider_schema.go SchemaMigrate)"
  },
  // dbmate: each migration in a transaction unless the directive line says `transaction:false`
  // (pkg/dbmate/migration.go, migrationOptions.Transaction defaults to true).
  dbmate: {
    transactional: true,
    mode: "per-migration",
    note: "dbmate wraps each migration in a transaction (pkg/dbmate/migration.go)"
  },
  // Flyway on PostgreSQL: executeInTransaction defaults to true, one transaction per migration;
  // a script config file `<script>.sql.conf` with executeInTransaction=false opts out (Redgate docs,
  // "Flyway Execute In Transaction Setting"). Flyway also detects statements that cannot run in a
  // transaction and runs such a migration without one; mixing both kinds fails unless mixed=true.
  flyway: {
    transactional: true,
    mode: "per-migration",
    note: "Flyway runs each migration in its own transaction on PostgreSQL (executeInTransaction=true by default)"
  },
  // Diesel: "By default, each migration runs inside its own transaction" (diesel_migrations docs,
  // MigrationMetadata::run_in_transaction); `run_in_transaction = false` in metadata.toml opts out.
  diesel: {
    transactional: true,
    mode: "per-migration",
    note: "Diesel runs each migration in its own transaction (MigrationMetadata::run_in_transaction defaults to true)"
  },
  // postgres-migrations (ThomWright): START TRANSACTION … COMMIT around each file unless the file
  // contains `-- postgres-migrations disable-transaction` anywhere (src/run-migration.ts uses
  // sql.includes). Without the wrapper node-postgres still sends the file as one simple query.
  "postgres-migrations": {
    transactional: true,
    mode: "per-migration",
    note: "postgres-migrations wraps each file in START TRANSACTION … COMMIT (src/run-migration.ts)"
  },
  // ory/popx (Kratos, Keto, Hydra): each migration file runs in its own transaction (popx
  // migrator.go: Migrator.Up runs m.Runner inside c.Transaction) unless its name carries
  // `.autocommit.`, which runs it on the bare connection (match.go: Autocommit).
  popx: {
    transactional: true,
    mode: "per-migration",
    note: "ory/popx runs each migration file in its own transaction; files named *.autocommit.up.sql run outside one"
  },
  // No known tool: assume `psql -f`, where every statement autocommits (psql docs: autocommit on).
  plain: {
    transactional: false,
    mode: "none",
    note: "no migration tool recognised: assuming psql -f, where each statement commits on its own"
  }
};
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/--[^\n]*/g, " ");
}
function hasOwnTransaction(text) {
  const t = stripComments(text).trim();
  return /^(BEGIN(\s+(WORK|TRANSACTION))?|START\s+TRANSACTION)\b[^;]*;/i.test(t) && /\b(COMMIT|END)(\s+(WORK|TRANSACTION))?\s*;?$/i.test(t);
}
function hasNonTransactionalStatement(text) {
  return /\b(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b[^;]*\bCONCURRENTLY|VACUUM\b|ALTER\s+SYSTEM\b|CREATE\s+DATABASE\b|DROP\s+DATABASE\b|CREATE\s+TABLESPACE\b)/i.test(
    stripComments(text)
  );
}
function transactionFor(key2, up, opts = {}) {
  const base = TX[key2] ?? TX.plain;
  if (key2 === "dbmate" && opts.dbmateOptions !== void 0 && /(^|\s)transaction:false(\s|$)/.test(opts.dbmateOptions)) {
    return { transactional: false, mode: "none", note: "dbmate: `-- migrate:up transaction:false` disables the transaction for this migration" };
  }
  if (key2 === "diesel") {
    if (opts.dieselMetadata !== void 0 && /^\s*run_in_transaction\s*=\s*false\s*$/m.test(opts.dieselMetadata)) {
      return { transactional: false, mode: "none", note: "Diesel: metadata.toml sets run_in_transaction = false" };
    }
    if (opts.dieselMetadata === void 0) {
      return { ...base, note: base.note + "; no metadata.toml next to up.sql, so the default applies" };
    }
  }
  if (key2 === "flyway") {
    if (opts.flywayConf !== void 0 && /^\s*executeInTransaction\s*=\s*false\s*$/m.test(opts.flywayConf)) {
      return { transactional: false, mode: "none", note: "Flyway: the script config file sets executeInTransaction=false" };
    }
    if (hasNonTransactionalStatement(up)) {
      return {
        transactional: false,
        mode: "none",
        note: "Flyway runs this migration outside a transaction: it contains a statement that cannot run in one (mixing it with others fails unless mixed=true)"
      };
    }
  }
  if (key2 === "postgres-migrations" && up.includes("-- postgres-migrations disable-transaction")) {
    return {
      transactional: false,
      mode: "implicit",
      note: "postgres-migrations: `-- postgres-migrations disable-transaction` turns the wrapper off; the file is still sent as one query, so several statements run as one implicit transaction"
    };
  }
  if ((base.mode === "implicit" || base.mode === "none") && hasOwnTransaction(up)) {
    return { transactional: true, mode: base.mode, note: base.note + "; the file opens its own transaction with BEGIN … COMMIT" };
  }
  return base;
}
function byteCompare(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) || isSurrogate(y)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
    return x < y ? -1 : 1;
  }
  if (n > 0 && isSurrogate(a.charCodeAt(n - 1))) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function isSurrogate(unit) {
  return unit >= 55296 && unit <= 57343;
}
function numericCompare(a, b) {
  const x = a.replace(/^0+(?=\d)/, "");
  const y = b.replace(/^0+(?=\d)/, "");
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
function flywayVersionCompare(a, b) {
  const pa = a.split(/[._]/);
  const pb = b.split(/[._]/);
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const c = numericCompare(pa[i] ?? "0", pb[i] ?? "0");
    if (c !== 0) return c;
  }
  return 0;
}
function naturalCompare(a, b) {
  const ma = /^(\d+)(.*)$/s.exec(a);
  const mb = /^(\d+)(.*)$/s.exec(b);
  if (ma && mb) {
    const c = numericCompare(ma[1], mb[1]);
    if (c !== 0) return c;
    return byteCompare(ma[2], mb[2]);
  }
  return byteCompare(a, b);
}

// src/migrations/read.ts
var fs = __toESM(require_node_fs(), 1);
var path = __toESM(require_node_path(), 1);
var MAX_FILE_BYTES = 20 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function firstInvalidUtf8(buf) {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let n = 0;
    let min = 0;
    if (b < 128) n = 0;
    else if (b >= 194 && b <= 223) n = 1, min = 128;
    else if (b >= 224 && b <= 239) n = 2, min = 2048;
    else if (b >= 240 && b <= 244) n = 3, min = 65536;
    else return i;
    if (i + n >= buf.length && n > 0) return i;
    let cp = n === 0 ? b : b & 63 >> n;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if ((c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (n > 0 && (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343)) return i;
    i += n + 1;
  }
  return -1;
}
function lineOfByte(buf, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 10) line++;
  return line;
}
function isInside(child, parent) {
  const rel2 = path.relative(parent, child);
  return rel2 === "" || !rel2.startsWith("..") && !path.isAbsolute(rel2);
}
var realRootCache;
function realRoot(root) {
  if (realRootCache?.root !== root) {
    let real = root;
    try {
      real = fs.realpathSync(root);
    } catch {
    }
    realRootCache = { root, real };
  }
  return realRootCache.real;
}
function readSqlFile(abs, repoRoot, lstat) {
  const out = { abs, text: "", bytes: 0, bom: false, problems: [] };
  let st;
  try {
    st = lstat ?? fs.lstatSync(abs);
    if (st.isSymbolicLink()) {
      let target;
      try {
        target = fs.realpathSync(abs);
      } catch {
        out.problems.push({ reason: "symlink", message: "symbolic link whose target does not exist" });
        return out;
      }
      if (!isInside(target, realRoot(repoRoot))) {
        out.problems.push({
          reason: "symlink",
          message: "symbolic link pointing outside the repository: not followed"
        });
        return out;
      }
      st = fs.statSync(target);
    }
  } catch (e) {
    out.problems.push({ reason: "unreadable", message: `cannot read file: ${e.code ?? String(e)}` });
    return out;
  }
  if (!st.isFile()) {
    out.problems.push({ reason: "unreadable", message: "not a regular file" });
    return out;
  }
  out.bytes = st.size;
  if (st.size > MAX_FILE_BYTES) {
    out.problems.push({
      reason: "too-large",
      message: `file is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit: not read`
    });
    return out;
  }
  let text;
  try {
    text = fs.readFileSync(abs, "utf8");
  } catch (e) {
    out.problems.push({ reason: "unreadable", message: `cannot read file: ${e.code ?? String(e)}` });
    return out;
  }
  if (!text.includes("\0") && !text.includes("�")) {
    out.text = text;
    out.bom = text.charCodeAt(0) === 65279;
    return out;
  }
  return checkBytes(out, abs);
}
function checkBytes(out, abs) {
  let buf;
  try {
    buf = fs.readFileSync(abs);
  } catch (e) {
    out.problems.push({ reason: "unreadable", message: `cannot read file: ${e.code ?? String(e)}` });
    return out;
  }
  out.bytes = buf.length;
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    out.problems.push({ reason: "binary", message: "file contains NUL bytes: binary, not SQL", line: lineOfByte(buf, nul) });
    return out;
  }
  try {
    out.text = decoder.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    out.problems.push({
      reason: "encoding",
      message: `file is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`,
      line: at >= 0 ? lineOfByte(buf, at) : void 0
    });
    return out;
  }
  out.bom = out.text.charCodeAt(0) === 65279;
  return out;
}
function isBlank(text) {
  return /^[\s\ufeff]*$/.test(text);
}

// src/migrations/discover.ts
function rel(ctx, abs) {
  return relativePosix(ctx.repoRoot, abs);
}
function relativePosix(root, abs) {
  if (path2.sep === "/") {
    const prefix = root.endsWith("/") ? root : root + "/";
    if (root.startsWith("/") && abs.startsWith(prefix)) {
      const rest = abs.slice(prefix.length);
      if (rest && !rest.startsWith(".") && !rest.startsWith("/") && !rest.includes("/.") && !rest.includes("//") && !rest.endsWith("/")) return rest;
    }
  }
  return path2.relative(root, abs).split(path2.sep).join("/");
}
function read(ctx, abs) {
  let r = ctx.reads.get(abs);
  if (!r) {
    r = readSqlFile(abs, ctx.repoRoot, ctx.lstats.get(abs));
    ctx.reads.set(abs, r);
  }
  return r;
}
var SQL_RE = /\.sql$/i;
function list(ctx, dirAbs) {
  const cached = ctx.lists.get(dirAbs);
  if (cached) return cached;
  const entries = listUncached(ctx, dirAbs);
  ctx.lists.set(dirAbs, entries);
  return entries;
}
function listUncached(ctx, dirAbs) {
  let dirents;
  try {
    dirents = fs2.readdirSync(dirAbs, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  const exclude = ctx.settings.exclude;
  const folder = path2.join(dirAbs, ".");
  const prefix = path2.sep === "/" && folder.startsWith("/") ? folder === "/" ? "/" : folder + "/" : void 0;
  for (const d of dirents) {
    const abs = prefix !== void 0 ? prefix + d.name : path2.join(dirAbs, d.name);
    const glob = exclude.length ? matchesAny(rel(ctx, abs), exclude) : void 0;
    if (glob) {
      ctx.skipped.push({ path: rel(ctx, abs), reason: `excluded by "${glob}"` });
      continue;
    }
    if (d.isSymbolicLink()) {
      let isDir = false;
      try {
        isDir = fs2.statSync(abs).isDirectory();
      } catch {
      }
      if (isDir) {
        ctx.skipped.push({ path: rel(ctx, abs), reason: "symbolic link to a folder: not followed" });
        continue;
      }
      out.push({ name: d.name, abs, dir: false });
      continue;
    }
    if (d.isDirectory()) out.push({ name: d.name, abs, dir: true });
    else if (d.isFile()) out.push({ name: d.name, abs, dir: false });
  }
  return out.sort((a, b) => byteCompare(a.name, b.name));
}
function exists(ctx, abs) {
  let found = ctx.exists.get(abs);
  if (found === void 0) {
    let st;
    try {
      st = fs2.lstatSync(abs, { throwIfNoEntry: false });
    } catch {
      st = void 0;
    }
    if (st && !st.isSymbolicLink()) ctx.lstats.set(abs, st);
    found = st === void 0 ? false : st.isSymbolicLink() ? fs2.existsSync(abs) : true;
    ctx.exists.set(abs, found);
  }
  return found;
}
function inside(folder, name) {
  return folder.abs + path2.sep + name;
}
var PRISMA_DIR = /^\d{14}_.+/;
var DIESEL_DIR = /^[\d-]+_.+/;
var FLYWAY_RE = /^(?:[VU]\d+(?:[._]\d+)*__.+|R__.+)\.sql$/;
var UPDOWN_RE = /[._](up|down)\.sql$/i;
var AUTHELIA_RE = /^V(\d+)\.(.+)\.(up|down)\.sql$/;
var GOLANG_RE = /^(\d+)_(.*)\.(down|up)\.(.*)$/;
var DRIZZLE_RE = /^(\d+)_(.+)\.sql$/;
var PGM_RE = /^(-?\d+)[-_]?(.*)\.(sql|js)$/i;
var SUPABASE_RE = /^(\d+)_(.*)\.sql$/;
var TS14_RE = /^\d{14}_.+\.sql$/;
var POPX_RE = /^(\d+)_([^.]+)(\.[a-z0-9]+)?(|\.autocommit)\.(up|down)\.(sql|fizz)$/;
var POPX_DIALECTS = { postgres: "postgres", postgresql: "postgres", pg: "postgres", cockroach: "cockroach", cockroachdb: "cockroach", crdb: "cockroach", mysql: "mysql", sqlite3: "sqlite3", sqlite: "sqlite3" };
function plural3(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}
function detect(ctx, dirAbs, entries, forced) {
  const files = entries.filter((e) => !e.dir);
  const sql = files.filter((e) => SQL_RE.test(e.name));
  const dirs = entries.filter((e) => e.dir);
  if (forced) return detectForced(forced, sql);
  const prismaDirs = dirs.filter((d) => PRISMA_DIR.test(d.name) && exists(ctx, inside(d, "migration.sql")));
  const lock = files.some((f) => f.name === "migration_lock.toml");
  const dieselNamed = dirs.filter((d) => DIESEL_DIR.test(d.name));
  let dieselDirs;
  const diesel = () => dieselDirs ??= dieselNamed.filter((d) => exists(ctx, inside(d, "up.sql")));
  const journal = exists(ctx, path2.join(dirAbs, "meta", "_journal.json"));
  const n = sql.length;
  if (prismaDirs.length > 0 && (lock || prismaDirs.length >= dieselNamed.length || prismaDirs.length >= diesel().length)) {
    return {
      key: "prisma",
      tool: "Prisma Migrate",
      layout: "prisma",
      reason: `found ${plural3(prismaDirs.length, "folder")} named <timestamp>_name/migration.sql${lock ? " with migration_lock.toml" : ""}: Prisma Migrate`
    };
  }
  if (diesel().length > 0) {
    return { key: "diesel", tool: "Diesel", layout: "diesel", reason: `found ${plural3(diesel().length, "folder")} named <version>_name/ holding up.sql (and down.sql): Diesel` };
  }
  if (n === 0 && !journal) return void 0;
  const popx = files.filter((f) => {
    const m = POPX_RE.exec(f.name);
    return m && (m[3] && (POPX_DIALECTS[m[3].slice(1)] || m[3] === ".autocommit") || m[4] || m[6] === "fizz");
  }).length;
  if (popx > 0) {
    return { key: "popx", tool: "ory/popx", layout: "popx", reason: `found ${plural3(popx, "file")} named <version>_name.<dialect|autocommit>.up.sql: ory/popx (Kratos, Keto, Hydra)` };
  }
  const dbmate = sql.filter((f) => hasDbmateMarker(read(ctx, f.abs).text)).length;
  if (dbmate > 0 && dbmate * 2 >= n) {
    return { key: "dbmate", tool: "dbmate", layout: "dbmate", reason: `found ${plural3(n, "file")} of which ${dbmate} have '-- migrate:up' / '-- migrate:down' sections: dbmate` };
  }
  const flyway = sql.filter((f) => FLYWAY_RE.test(f.name)).length;
  if (flyway > 0 && flyway * 2 >= n) {
    return { key: "flyway", tool: "Flyway", layout: "flyway", reason: `found ${plural3(flyway, "file")} named V<version>__name.sql / R__name.sql: Flyway` };
  }
  const updown = sql.filter((f) => UPDOWN_RE.test(f.name));
  if (updown.length > 0 && updown.length * 2 >= n) {
    const authelia = updown.filter((f) => AUTHELIA_RE.test(f.name)).length;
    if (authelia * 2 >= updown.length) {
      return { key: "authelia", tool: "Authelia's migrator", layout: "golang-migrate", reason: `found ${plural3(authelia, "file")} named V<NNNN>.Name.up.sql / .down.sql: Authelia's Go migrator (golang-migrate family)` };
    }
    const ups = updown.filter((f) => /[._]up\.sql$/i.test(f.name));
    const nums = ups.map((f) => /^(\d+)/.exec(f.name)?.[1]).filter((v) => !!v).map((v) => v.replace(/^0+(?=\d)/, ""));
    const dupes = nums.length - new Set(nums).size;
    const underscore = updown.some((f) => /_(up|down)\.sql$/i.test(f.name));
    if (dupes > 0 || underscore) {
      return {
        key: "maragudk",
        tool: "maragudk/migrate",
        layout: "golang-migrate",
        reason: `found ${plural3(updown.length, "file")} named NNNN_name.up.sql / .down.sql${dupes ? ` with ${plural3(dupes, "repeated number")}` : ""}${underscore ? " and _up.sql names" : ""}: maragudk/migrate (golang-migrate family, lexical order)`
      };
    }
    return { key: "golang-migrate", tool: "golang-migrate", layout: "golang-migrate", reason: `found ${plural3(updown.length, "file")} named N_name.up.sql / .down.sql: golang-migrate` };
  }
  const breakpoints = sql.filter((f) => read(ctx, f.abs).text.includes("--> statement-breakpoint")).length;
  if (journal || breakpoints > 0 && sql.every((f) => DRIZZLE_RE.test(f.name))) {
    const why = [journal ? "meta/_journal.json" : "", breakpoints ? `'--> statement-breakpoint' in ${plural3(breakpoints, "file")}` : ""].filter(Boolean).join(" and ");
    return { key: "drizzle", tool: "drizzle-kit", layout: "drizzle", reason: `found ${plural3(n, "file")} named NNNN_name.sql with ${why}: drizzle-kit` };
  }
  const dashed = sql.filter((f) => /^\d+-.+\.sql$/i.test(f.name)).length;
  const marker = sql.some((f) => read(ctx, f.abs).text.includes("-- postgres-migrations"));
  if (dashed > 0 && dashed * 2 >= n || marker) {
    return {
      key: "postgres-migrations",
      tool: "postgres-migrations",
      layout: "postgres-migrations",
      reason: `found ${plural3(n, "file")} named NNNN-name.sql${marker ? " and '-- postgres-migrations' comments" : ""}: postgres-migrations`
    };
  }
  const ts = sql.filter((f) => TS14_RE.test(f.name)).length;
  const inSupabase = /(^|[\\/])supabase[\\/]migrations$/.test(dirAbs);
  if (ts > 0 && ts * 2 >= n || inSupabase) {
    return {
      key: "supabase",
      tool: "the Supabase CLI",
      layout: "supabase",
      reason: `found ${plural3(n, "file")} named <timestamp>_name.sql${inSupabase ? " in supabase/migrations" : ""}: Supabase CLI`
    };
  }
  const numbered = sql.filter((f) => /^\d/.test(f.name)).length;
  return {
    key: "plain",
    tool: "psql",
    layout: "plain",
    reason: `found ${plural3(n, ".sql file")}${numbered ? ` (${numbered} numbered or timestamped)` : ""} and no marker of a known tool: plain SQL, applied in file-name order`
  };
}
function detectForced(layout, sql) {
  let key2 = layout;
  if (layout === "golang-migrate") {
    const updown = sql.filter((f) => UPDOWN_RE.test(f.name));
    if (updown.length && updown.every((f) => AUTHELIA_RE.test(f.name))) key2 = "authelia";
    else {
      const nums = updown.filter((f) => /[._]up\.sql$/i.test(f.name)).map((f) => /^(\d+)/.exec(f.name)?.[1]);
      if (new Set(nums).size < nums.length || updown.some((f) => /_(up|down)\.sql$/i.test(f.name))) key2 = "maragudk";
    }
  }
  const tool = key2 === "authelia" ? "Authelia's migrator" : key2 === "maragudk" ? "maragudk/migrate" : layout;
  return { key: key2, layout, tool, reason: `layout set to ${layout} by configuration` };
}
function stripSql(name) {
  return name.replace(/\.sql$/i, "");
}
function splitVersionName(stem) {
  const m = /^(\d+)[-_.]?(.*)$/s.exec(stem);
  return m ? { version: m[1], name: m[2] || stem } : { version: stem, name: stem };
}
function units(ctx, det, dirAbs, entries, idPrefix) {
  const skip = (e, reason) => ctx.skipped.push({ path: rel(ctx, e.abs), reason });
  const scan = {
    ctx,
    det,
    dirAbs,
    entries,
    files: entries.filter((e) => !e.dir),
    dirs: entries.filter((e) => e.dir),
    tool: det.tool,
    skip,
    nonSql: (e) => skip(e, `not a .sql file: ${det.tool} does not run it`),
    id: (stem) => idPrefix + stem
  };
  switch (det.key) {
    case "prisma":
    case "diesel":
      return prismaOrDieselUnits(scan);
    case "golang-migrate":
    case "authelia":
    case "maragudk":
      return golangMigrateUnits(scan);
    case "dbmate":
      return dbmateUnits(scan);
    case "flyway":
      return flywayUnits(scan);
    case "drizzle":
      return drizzleUnits(scan);
    case "postgres-migrations":
      return postgresMigrationsUnits(scan);
    case "popx":
      return popxUnits(scan);
    case "supabase":
      return supabaseUnits(scan);
    default:
      return plainUnits(scan);
  }
}
function prismaOrDieselUnits(scan) {
  const { ctx, det, files, dirs, skip, tool, nonSql, id } = scan;
  const out = [];
  const want = det.key === "prisma" ? "migration.sql" : "up.sql";
  for (const f of files) {
    if (det.key === "prisma" && f.name === "migration_lock.toml") skip(f, "Prisma lock file (records the provider), not a migration");
    else nonSql(f);
  }
  for (const d of dirs) {
    const up = inside(d, want);
    if (!exists(ctx, up)) {
      skip(d, `folder without ${want}: ${tool} does not treat it as a migration`);
      continue;
    }
    if (det.key === "prisma") {
      const { version, name } = splitVersionName(d.name);
      out.push({ id: id(d.name), version, name, up });
    } else {
      const version = d.name.split("_")[0].replace(/-/g, "");
      const name = d.name.slice(d.name.indexOf("_") + 1);
      const down = inside(d, "down.sql");
      const meta = inside(d, "metadata.toml");
      out.push({
        id: id(d.name),
        version,
        name,
        up,
        down: exists(ctx, down) ? down : void 0,
        extra: exists(ctx, meta) ? meta : void 0
      });
    }
  }
  if (det.key === "prisma") out.sort((a, b) => byteCompare(a.id, b.id));
  else out.sort((a, b) => byteCompare(a.version, b.version) || byteCompare(a.id, b.id));
  return out;
}
function golangMigrateUnits(scan) {
  const { ctx, det, files, dirs, skip, tool, nonSql, id } = scan;
  for (const d of dirs) skip(d, `sub-folder: ${tool} does not read it`);
  const ups = /* @__PURE__ */ new Map();
  const downs = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!SQL_RE.test(f.name)) {
      nonSql(f);
      continue;
    }
    let key2;
    let dir;
    let version = "";
    let name = "";
    if (det.key === "authelia") {
      const m = AUTHELIA_RE.exec(f.name);
      if (m) key2 = m[1].replace(/^0+(?=\d)/, ""), dir = m[3], version = m[1], name = m[2];
    } else if (det.key === "maragudk") {
      const u = /^([\w-]+).up\.sql$/.exec(f.name);
      const dn = /^([\w-]+).down\.sql/.exec(f.name);
      const m = u ?? dn;
      if (m) {
        key2 = m[1];
        dir = u ? "up" : "down";
        ({ version, name } = splitVersionName(m[1]));
      }
    } else {
      const m = GOLANG_RE.exec(f.name);
      if (m) key2 = m[1].replace(/^0+(?=\d)/, ""), dir = m[3], version = m[1], name = m[2];
    }
    if (!key2 || !dir) {
      skip(f, `name does not match ${tool}'s pattern: not run`);
      continue;
    }
    if (dir === "down") {
      downs.set(key2, f.abs);
      continue;
    }
    if (ups.has(key2)) {
      skip(f, `second up file for version ${version}: ${tool} refuses duplicate versions`);
      continue;
    }
    const stem = f.name.replace(/[._]up\.sql$/i, "");
    ups.set(key2, { id: id(stem), version, name, up: f.abs });
  }
  for (const [key2, abs] of downs) {
    const u = ups.get(key2);
    if (u) u.down = abs;
    else ctx.skipped.push({ path: rel(ctx, abs), reason: "down migration without a matching up migration" });
  }
  const list2 = [...ups.values()];
  if (det.key === "maragudk") list2.sort((a, b) => byteCompare(path2.basename(a.up), path2.basename(b.up)));
  else list2.sort((a, b) => numericCompare(a.version, b.version));
  return list2;
}
function dbmateUnits(scan) {
  const { files, dirs, skip, nonSql, id } = scan;
  const out = [];
  for (const d of dirs) skip(d, `sub-folder: dbmate does not read it`);
  for (const f of files) {
    if (!SQL_RE.test(f.name)) nonSql(f);
    else if (!/^\d+.*\.sql$/.test(f.name)) skip(f, "name does not start with a version number: dbmate does not run it");
    else out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
  }
  return out.sort((a, b) => byteCompare(path2.basename(a.up), path2.basename(b.up)));
}
function flywayUnits(scan) {
  const { ctx, dirAbs, entries, skip, id } = scan;
  const versioned = [];
  const repeatable = [];
  const undo = /* @__PURE__ */ new Map();
  const confs = /* @__PURE__ */ new Set();
  const walk2 = (d, es, prefix) => {
    for (const e of es) {
      if (e.dir) {
        if (!e.name.startsWith(".")) walk2(e.abs, list(ctx, e.abs), prefix + e.name + "/");
        continue;
      }
      if (/\.sql\.conf$/i.test(e.name)) {
        confs.add(e.abs);
        continue;
      }
      const v = /^V(\d+(?:[._]\d+)*)__(.+)\.sql$/.exec(e.name);
      const u = /^U(\d+(?:[._]\d+)*)__(.+)\.sql$/.exec(e.name);
      const r = /^R__(.+)\.sql$/.exec(e.name);
      if (v) versioned.push({ id: id(prefix + stripSql(e.name)), version: v[1], name: v[2], up: e.abs });
      else if (u) undo.set(u[1], e.abs);
      else if (r) repeatable.push({ id: id(prefix + stripSql(e.name)), version: "", name: r[1], up: e.abs, repeatable: true });
      else if (SQL_RE.test(e.name)) skip(e, "name does not match V<version>__name.sql, U<version>__name.sql or R__name.sql: Flyway does not run it");
      else skip(e, "not a .sql file: Flyway does not run it");
    }
    void d;
  };
  walk2(dirAbs, entries, "");
  for (const [ver, abs] of undo) {
    const v = versioned.find((x) => flywayVersionCompare(x.version, ver) === 0);
    if (v) v.down = abs;
    else ctx.skipped.push({ path: rel(ctx, abs), reason: "undo migration without a matching versioned migration" });
  }
  for (const u of [...versioned, ...repeatable]) if (confs.has(u.up + ".conf")) u.extra = u.up + ".conf";
  for (const c of confs) if (![...versioned, ...repeatable].some((u) => u.extra === c)) ctx.skipped.push({ path: rel(ctx, c), reason: "script config file without its script" });
  versioned.sort((a, b) => flywayVersionCompare(a.version, b.version));
  repeatable.sort((a, b) => byteCompare(a.name, b.name));
  return [...versioned, ...repeatable];
}
function drizzleUnits(scan) {
  const { ctx, dirAbs, files, dirs, skip, nonSql, id } = scan;
  const out = [];
  for (const d of dirs) if (d.name !== "meta") skip(d, "sub-folder: drizzle-kit does not read it");
  const sqlFiles = files.filter((f) => SQL_RE.test(f.name));
  for (const f of files) if (!SQL_RE.test(f.name)) nonSql(f);
  const journalPath = path2.join(dirAbs, "meta", "_journal.json");
  let tags;
  if (fs2.existsSync(journalPath)) {
    try {
      const j = JSON.parse(fs2.readFileSync(journalPath, "utf8"));
      tags = (j.entries ?? []).slice().sort((a, b) => (a.idx ?? 0) - (b.idx ?? 0)).map((e) => String(e.tag));
    } catch (e) {
      ctx.warnings.push({ path: rel(ctx, journalPath), kind: "layout", message: `meta/_journal.json is not valid JSON (${e.message}): ordering by file name instead` });
    }
  }
  if (tags) {
    const byStem = new Map(sqlFiles.map((f) => [stripSql(f.name), f]));
    for (const t of tags) {
      const f = byStem.get(t);
      if (!f) {
        ctx.warnings.push({ path: rel(ctx, journalPath), kind: "layout", message: `journal entry "${t}" has no ${t}.sql: drizzle-kit migrate will fail` });
        continue;
      }
      byStem.delete(t);
      out.push({ id: id(t), ...splitVersionName(t), up: f.abs });
    }
    for (const f of byStem.values()) skip(f, "not listed in meta/_journal.json: drizzle-kit migrate does not run it");
    return out;
  }
  for (const f of sqlFiles) out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
  return out.sort((a, b) => naturalCompare(path2.basename(a.up), path2.basename(b.up)));
}
function postgresMigrationsUnits(scan) {
  const { files, dirs, skip, nonSql, id } = scan;
  const out = [];
  for (const d of dirs) skip(d, "sub-folder: postgres-migrations does not read it");
  for (const f of files) {
    const m = PGM_RE.exec(f.name);
    if (!m) {
      if (SQL_RE.test(f.name)) skip(f, "name does not start with an integer id: postgres-migrations rejects it");
      else nonSql(f);
    } else if (m[3].toLowerCase() === "js") skip(f, "JavaScript migration: its SQL is generated at run time and not reviewed");
    else out.push({ id: id(stripSql(f.name)), version: m[1], name: m[2] || f.name, up: f.abs });
  }
  return out.sort((a, b) => Number(a.version) - Number(b.version) || byteCompare(a.id, b.id));
}
function popxUnits(scan) {
  const { files, dirs, skip, nonSql, id } = scan;
  const out = [];
  for (const d of dirs) skip(d, "sub-folder: popx reads one folder");
  const byKey = /* @__PURE__ */ new Map();
  for (const f of files) {
    const m = POPX_RE.exec(f.name);
    if (!m) {
      if (SQL_RE.test(f.name)) skip(f, "name does not match popx's <version>_name[.dialect][.autocommit].(up|down).sql: popx does not run it");
      else nonSql(f);
      continue;
    }
    if (m[6] === "fizz") {
      skip(f, "fizz migration: popx translates it to SQL at run time; not reviewed");
      continue;
    }
    if (m[3] === ".autocommit" && !m[4]) [m[3], m[4]] = ["", ".autocommit"];
    const dialect = m[3] ? POPX_DIALECTS[m[3].slice(1)] : "all";
    if (!dialect) {
      skip(f, `unsupported dialect "${m[3].slice(1)}": popx refuses the file`);
      continue;
    }
    const pf = { e: f, version: m[1], name: m[2], dialect, autocommit: m[4] === ".autocommit", dir: m[5] };
    const key2 = `${m[1]}\0${m[5]}`;
    byKey.set(key2, [...byKey.get(key2) ?? [], pf]);
  }
  const chosen = /* @__PURE__ */ new Map();
  for (const group of byKey.values()) {
    const pick = group.find((g) => g.dialect === "postgres") ?? group.find((g) => g.dialect === "all");
    for (const g of group) {
      if (g === pick) continue;
      if (g.dialect === "all") skip(g.e, `replaced by ${path2.basename(pick.e.name)}: popx runs the .postgres. file for this version on PostgreSQL`);
      else if (g.dialect === "postgres") skip(g.e, "second .postgres. file for the same version and direction: popx refuses it");
      else skip(g.e, `for ${g.dialect} only: popx does not run it on PostgreSQL`);
    }
    if (!pick) continue;
    const c = chosen.get(pick.version) ?? {};
    c[pick.dir] = pick;
    chosen.set(pick.version, c);
  }
  for (const [version, c] of chosen) {
    if (!c.up) {
      if (c.down) skip(c.down.e, "down migration without an up migration for PostgreSQL");
      continue;
    }
    const stem = c.up.e.name.replace(/\.up\.sql$/, "");
    out.push({ id: id(stem), version, name: c.up.name, up: c.up.e.abs, down: c.down?.e.abs, autocommit: c.up.autocommit });
  }
  return out.sort((a, b) => numericCompare(a.version, b.version) || byteCompare(a.id, b.id));
}
function supabaseUnits(scan) {
  const { files, dirs, skip, nonSql, id } = scan;
  const out = [];
  for (const d of dirs) skip(d, "sub-folder: the Supabase CLI reads only the top of supabase/migrations");
  for (const f of files) {
    const m = SUPABASE_RE.exec(f.name);
    if (m) out.push({ id: id(stripSql(f.name)), version: m[1], name: m[2], up: f.abs });
    else if (SQL_RE.test(f.name)) skip(f, "name does not match <timestamp>_name.sql: the Supabase CLI skips it");
    else nonSql(f);
  }
  return out.sort((a, b) => byteCompare(path2.basename(a.up), path2.basename(b.up)));
}
function plainUnits(scan) {
  const { files, dirs, skip, nonSql, id } = scan;
  const out = [];
  for (const d of dirs) skip(d, "sub-folder: not read (plain layout reads one folder)");
  for (const f of files) {
    if (SQL_RE.test(f.name)) out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
    else nonSql(f);
  }
  return out.sort((a, b) => naturalCompare(path2.basename(a.up), path2.basename(b.up)));
}
function source(ctx, abs, r) {
  return { file: rel(ctx, abs), text: r.text, startLine: 1, startByte: 0, ...r.bom ? { bom: true } : {} };
}
function buildHistory(ctx, det, dirAbs, entries, idPrefix, history) {
  const drafts = [];
  for (const u of units(ctx, det, dirAbs, entries, idPrefix)) {
    const problems = [];
    const upRead = read(ctx, u.up);
    problems.push(...upRead.problems.map((p) => ({ ...p, direction: "up" })));
    const files = [rel(ctx, u.up)];
    let up = source(ctx, u.up, upRead);
    let down;
    let dbmateOptions;
    if (det.key === "dbmate" && upRead.problems.length === 0) {
      const s = splitDbmate(rel(ctx, u.up), upRead.text, upRead.bom);
      up = s.up;
      down = s.down;
      dbmateOptions = s.upOptions;
      problems.push(...s.problems.map((p) => ({ ...p, direction: "up" })));
      if (isBlank(up.text.replace(/^--\s*migrate:up[^\n]*/, ""))) problems.push({ reason: "empty", direction: "up", line: up.startLine, message: "the -- migrate:up section is empty" });
    } else if (upRead.problems.length === 0 && isBlank(upRead.text)) {
      problems.push({ reason: "empty", direction: "up", line: 1, message: upRead.bytes === 0 ? "file is empty" : "file holds only whitespace" });
    }
    if (u.down) {
      const dr = read(ctx, u.down);
      files.push(rel(ctx, u.down));
      down = source(ctx, u.down, dr);
      problems.push(...dr.problems.map((p) => ({ ...p, direction: "down" })));
      if (dr.problems.length === 0 && isBlank(dr.text)) {
        problems.push({ reason: "empty", direction: "down", line: 1, message: "down file is empty: rolling back does nothing" });
      }
    }
    let extraText;
    if (u.extra) {
      files.push(rel(ctx, u.extra));
      try {
        extraText = fs2.readFileSync(u.extra, "utf8");
      } catch {
        problems.push({ reason: "unreadable", message: `cannot read ${path2.basename(u.extra)}` });
      }
    }
    const tx = u.autocommit ? { transactional: false, mode: "none", note: "ory/popx: a .autocommit. migration runs outside a transaction, each statement committing on its own" } : transactionFor(det.key, up.text, {
      dbmateOptions,
      dieselMetadata: det.key === "diesel" ? extraText : void 0,
      flywayConf: det.key === "flyway" ? extraText : void 0
    });
    const migration = {
      id: u.id,
      version: u.version,
      name: u.name,
      path: rel(ctx, u.up),
      up,
      ...down ? { down } : {},
      transactional: tx.transactional,
      transactionMode: tx.mode,
      transactionNote: tx.note,
      ..."nonTransactionalApart" in tx && tx.nonTransactionalApart ? { nonTransactionalApart: true } : {},
      ...u.repeatable ? { repeatable: true } : {},
      ...history !== void 0 ? { history } : {},
      ...problems.length ? { readProblems: problems } : {}
    };
    drafts.push({ migration, files, upFile: rel(ctx, u.up), dbmate: det.key === "dbmate" });
  }
  return drafts;
}

// src/migrations/git.ts
var path3 = __toESM(require_node_path(), 1);
function git(cwd, args) {
  return childProcess().execFileSync("git", ["-C", cwd, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 3e4,
    // Never prompt for credentials or open a pager in CI.
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" }
  });
}
function gitText(cwd, args) {
  return git(cwd, args).toString("utf8").trim();
}
function errorText(e) {
  const err = e;
  const stderr = err.stderr?.toString("utf8").trim();
  return (stderr || err.message || String(e)).split("\n")[0];
}
var GitRepo = class {
  constructor(repoRoot) {
    this.repoRoot = repoRoot;
    this.top = gitText(repoRoot, ["rev-parse", "--show-toplevel"]);
  }
  repoRoot;
  top;
  /** Repo-relative (to settings.repoRoot) path of a git path (relative to the toplevel). */
  fromGit(p) {
    return path3.relative(this.repoRoot, path3.join(this.top, p)).split(path3.sep).join("/");
  }
  toGit(rel2) {
    return path3.relative(this.top, path3.join(this.repoRoot, rel2)).split(path3.sep).join("/");
  }
  mergeBase(base) {
    return gitText(this.repoRoot, ["merge-base", base, "HEAD"]);
  }
  /** Files under `dirAbs` that differ from `rev`, keyed by repo-relative path. */
  changes(rev, dirAbs) {
    const out = /* @__PURE__ */ new Map();
    const spec = path3.relative(this.top, dirAbs).split(path3.sep).join("/") || ".";
    const diff = git(this.top, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", rev, "--", spec]).toString("utf8").split("\0");
    for (let i = 0; i < diff.length; ) {
      const code2 = diff[i++];
      if (!code2) continue;
      const letter = code2[0];
      if (letter === "R" || letter === "C") {
        const from = this.fromGit(diff[i++]);
        const to = this.fromGit(diff[i++]);
        out.set(to, letter === "R" ? { status: "R", from } : { status: "A" });
        continue;
      }
      const p = this.fromGit(diff[i++]);
      if (letter === "A") out.set(p, { status: "A" });
      else if (letter === "D") out.set(p, { status: "D" });
      else out.set(p, { status: "M" });
    }
    const untracked = git(this.top, ["ls-files", "--others", "--exclude-standard", "-z", "--", spec]).toString("utf8").split("\0");
    for (const u of untracked) if (u) out.set(this.fromGit(u), { status: "A" });
    return out;
  }
  /** Content of a repo-relative path at `rev`, or undefined when it did not exist there. */
  show(rev, rel2) {
    try {
      return git(this.top, ["cat-file", "blob", `${rev}:${this.toGit(rel2)}`]);
    } catch {
      return void 0;
    }
  }
};

// src/migrations/index.ts
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "vendor", "dist", "build", "target"]);
var INIT_RE = /^init([-_]?scripts?)?$/i;
var MAX_DEPTH = 5;
function holdsMigrations(ctx, entries, dirAbs) {
  return entries.some((e) => !e.dir && /\.sql$/i.test(e.name)) || entries.some((e) => e.dir && (exists(ctx, path4.join(e.abs, "migration.sql")) || exists(ctx, path4.join(e.abs, "up.sql")))) || exists(ctx, path4.join(dirAbs, "meta", "_journal.json"));
}
function detectIn(ctx, dirAbs, entries) {
  if (ctx.settings.layout && !holdsMigrations(ctx, entries, dirAbs)) return void 0;
  return detect(ctx, dirAbs, entries, ctx.settings.layout);
}
function findHistories(ctx, root) {
  const found = [];
  const walk2 = (dirAbs, depth) => {
    for (const e of list(ctx, dirAbs)) {
      if (!e.dir || e.name.startsWith(".") || SKIP_DIRS.has(e.name)) continue;
      const entries = list(ctx, e.abs);
      const det = detectIn(ctx, e.abs, entries);
      if (det) found.push({ dirAbs: e.abs, entries, det });
      if ((!det || det.key === "plain") && depth < MAX_DEPTH) walk2(e.abs, depth + 1);
    }
  };
  walk2(root, 1);
  return found.filter((p) => p.det.key !== "plain" || !found.some((q) => q !== p && q.dirAbs.startsWith(p.dirAbs + path4.sep)));
}
function groupHistories(ctx, root, parts) {
  const byParent = /* @__PURE__ */ new Map();
  for (const p of parts) {
    const parent = path4.dirname(p.dirAbs);
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(p);
    else byParent.set(parent, [p]);
  }
  const out = [];
  for (const [parent, ps] of byParent) {
    const init = ps.filter((p) => INIT_RE.test(path4.basename(p.dirAbs)));
    if (ps.length === 2 && init.length === 1) {
      const other = ps.find((p) => p !== init[0]);
      out.push({ name: relativePosix(root, parent), parts: [init[0], other] });
    } else for (const p of ps) out.push({ name: relativePosix(root, p.dirAbs), parts: [p] });
  }
  void ctx;
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function normalizeRel(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}
var REWRITE = "already exists on the base branch and this change edits what it runs: databases where it already ran will not run it again, so the edit never reaches them (and fresh databases diverge from existing ones). Add a new migration instead.";
function upChanged(ctx, d, baseBlob) {
  if (d.dbmate) {
    const base = splitDbmate(d.upFile, baseBlob.toString("utf8"), false).up.text;
    return base !== d.migration.up.text;
  }
  let current;
  try {
    current = fs3.readFileSync(path4.join(ctx.repoRoot, d.upFile));
  } catch {
    return true;
  }
  return !current.equals(baseBlob);
}
async function planMigrations(settings) {
  const dir = path4.resolve(settings.dir);
  const repoRoot = path4.resolve(settings.repoRoot || settings.dir);
  const ctx = {
    settings: { ...settings, exclude: settings.exclude ?? [] },
    repoRoot,
    reads: /* @__PURE__ */ new Map(),
    skipped: [],
    warnings: [],
    lists: /* @__PURE__ */ new Map(),
    exists: /* @__PURE__ */ new Map(),
    lstats: /* @__PURE__ */ new Map()
  };
  const { histories, layout, layoutReason } = findLayout(ctx, settings, dir);
  const { drafts, historyInfo } = draftHistories(ctx, dir, histories);
  let changedSource = "all";
  let status;
  if (settings.changed) {
    changedSource = "flag";
    status = statusFromFlag(ctx, settings.changed, settings.base, drafts);
  } else if (settings.base) {
    status = statusFromGit(ctx, settings.base, dir, drafts);
    if (status) changedSource = "git";
  }
  const migrations = drafts.map((d) => ({ ...d.migration, status: status?.get(d) ?? "added" }));
  const set = {
    root: rel(ctx, dir) || ".",
    layout,
    layoutReason,
    migrations,
    skipped: ctx.skipped,
    changedSource,
    warnings: ctx.warnings
  };
  if (historyInfo.length) set.histories = historyInfo;
  return set;
}
function warnRewrite(ctx, d, base) {
  ctx.warnings.push({ path: d.upFile, kind: "history-rewrite", message: `${d.upFile} ${REWRITE.replace("the base branch", base)}` });
}
function findLayout(ctx, settings, dir) {
  let histories;
  let layout;
  let layoutReason;
  const rootEntries = list(ctx, dir);
  let rootDet = fs3.existsSync(dir) ? detectIn(ctx, dir, rootEntries) : void 0;
  if (rootDet?.key === "plain" && !settings.layout && rootEntries.some((e) => e.dir)) {
    if (findHistories(ctx, dir).some((p) => p.det.key !== "plain")) rootDet = void 0;
  }
  if (rootDet) {
    histories = [{ name: "", parts: [{ dirAbs: dir, entries: rootEntries, det: rootDet }] }];
    layout = rootDet.layout;
    layoutReason = rootDet.reason;
  } else {
    histories = fs3.existsSync(dir) ? groupHistories(ctx, dir, findHistories(ctx, dir)) : [];
    for (const e of rootEntries) if (!e.dir) ctx.skipped.push({ path: rel(ctx, e.abs), reason: "not a migration: the migrations are in sub-folders" });
    if (histories.length === 0) {
      layout = settings.layout ?? "plain";
      layoutReason = fs3.existsSync(dir) ? `no migration files found in ${rel(ctx, dir) || "."}` : `folder ${rel(ctx, dir) || dir} does not exist`;
    } else {
      const main = (h) => h.parts[h.parts.length - 1].det;
      layout = main(histories[0]).layout;
      const describe2 = (h) => h.parts.length > 1 ? `${h.name || "."}/ (${h.parts.map((p) => relativePosix(dir, p.dirAbs) + "/").join(" then ")}; ${main(h).reason})` : `${h.name}/ (${main(h).reason})`;
      if (histories.length === 1) {
        const h = histories[0];
        layoutReason = h.parts.length > 1 ? `${main(h).reason}; ${h.parts.map((p) => relativePosix(dir, p.dirAbs) + "/").join(" runs before ")}` : `migrations are in ${h.name}/: ${main(h).reason}`;
        histories = [{ ...h, name: "" }];
      } else {
        layoutReason = `found ${histories.length} independent migration histories: ${histories.map(describe2).join("; ")}`;
        ctx.warnings.push({
          path: rel(ctx, dir) || ".",
          kind: "multiple-histories",
          message: `${rel(ctx, dir) || "this folder"} holds ${histories.length} independent migration histories (${histories.map((h) => h.name + "/").join(", ")}): each is reviewed as its own database, from empty. Set the migrations path to one of them to review only that one.`
        });
      }
    }
  }
  return { histories, layout, layoutReason };
}
function draftHistories(ctx, dir, histories) {
  const drafts = [];
  const historyInfo = [];
  const multi = histories.length > 1;
  for (const h of histories) {
    let count = 0;
    for (const p of h.parts) {
      const sub = relativePosix(dir, p.dirAbs);
      const idPrefix = sub ? sub + "/" : "";
      const ds = buildHistory(ctx, p.det, p.dirAbs, p.entries, idPrefix, multi ? h.name : void 0);
      count += ds.length;
      drafts.push(...ds);
    }
    if (multi) historyInfo.push({ name: h.name, dir: rel(ctx, path4.join(dir, h.name)), layout: h.parts[h.parts.length - 1].det.layout, migrations: count });
  }
  return { drafts, historyInfo };
}
function statusFromFlag(ctx, changedFiles, base, drafts) {
  const status = /* @__PURE__ */ new Map();
  const repoRoot = ctx.repoRoot;
  const changed = new Set(changedFiles.map(normalizeRel));
  const changedDirs = [...changed].map((c) => `${c.replace(/\/+$/, "")}/`);
  let repo;
  let mb;
  if (base) {
    try {
      repo = new GitRepo(repoRoot);
      mb = repo.mergeBase(base);
    } catch (e) {
      repo = void 0;
      ctx.warnings.push({ path: ".", kind: "git", message: `could not find the merge base with ${base} (${errorText(e)}): changed files are treated as added` });
    }
  }
  for (const d of drafts) {
    const touched = d.files.filter((f) => changed.has(f) || changedDirs.some((dir) => f.startsWith(dir)));
    if (touched.length === 0) {
      status.set(d, "base");
      continue;
    }
    if (!repo || !mb) {
      status.set(d, "added");
      continue;
    }
    const baseUp = repo.show(mb, d.upFile);
    if (!baseUp) {
      status.set(d, "added");
      continue;
    }
    const differs = touched.some((f) => {
      const b = repo.show(mb, f);
      if (!b) return true;
      try {
        return !fs3.readFileSync(path4.join(repoRoot, f)).equals(b);
      } catch {
        return true;
      }
    });
    status.set(d, differs ? "modified" : "base");
    if (differs && !d.migration.repeatable && upChanged(ctx, d, baseUp)) warnRewrite(ctx, d, base);
  }
  return status;
}
function statusFromGit(ctx, base, dir, drafts) {
  const status = /* @__PURE__ */ new Map();
  try {
    const repo = new GitRepo(ctx.repoRoot);
    const mb = repo.mergeBase(base);
    const changes = repo.changes(mb, dir);
    const claimed = /* @__PURE__ */ new Set();
    for (const d of drafts) {
      const touched = d.files.filter((f) => changes.has(f)).map((f) => [f, changes.get(f)]);
      d.files.forEach((f) => claimed.add(f));
      if (touched.length === 0) {
        status.set(d, "base");
        continue;
      }
      const up = changes.get(d.upFile);
      if (up?.status === "A" || up?.status === "R") {
        status.set(d, "added");
        if (up.status === "R" && up.from) {
          claimed.add(up.from);
          ctx.warnings.push({
            path: d.upFile,
            kind: "renamed",
            message: `${d.upFile} was renamed from ${up.from}, which exists on ${base}: tools that track applied migrations by version or name will run it again where it already ran, or report the old one as missing.`
          });
        }
        continue;
      }
      status.set(d, "modified");
      if (up?.status === "M" && !d.migration.repeatable) {
        const baseUp = repo.show(mb, d.upFile);
        if (baseUp && upChanged(ctx, d, baseUp)) warnRewrite(ctx, d, base);
      }
    }
    for (const [p, c] of changes) {
      if (c.status !== "D" || claimed.has(p) || !/\.sql$/i.test(p) || /(^|[._/])down(\.sql$|[._])/i.test(p)) continue;
      ctx.warnings.push({
        path: p,
        kind: "deleted",
        message: `${p} exists on ${base} and is deleted here: databases where it ran keep its changes, new databases will not get them.`
      });
    }
    return status;
  } catch (e) {
    ctx.warnings.push({ path: ".", kind: "git", message: `could not diff against ${base} (${errorText(e)}): reviewing every migration as added` });
    return void 0;
  }
}

// src/report/confidence.ts
var WEIGHTS = {
  /** Share of statements the parser could not read, times this. */
  unparsedStatements: 30,
  /** Per changed file that is not SQL the parser can read. */
  unparseableFile: 10,
  /** Live run did not happen at all: nothing was executed, locked, timed or probed. */
  liveNotRun: 40,
  /** Share of statements not executed live (live ran), times this. */
  unexecutedStatements: 30,
  /** Share of probe-able objects the probes did not reach, times this. */
  unprobedObjects: 15,
  /** Per probe that applies but could not run. */
  probeNotRun: 5,
  /** Per engine limit that applies to this PR. */
  engineLimit: 3,
  /** Per base (already merged) migration that failed to apply: the live schema is not production's. */
  baseFailed: 12
};
function computeConfidence(coverage, migrations, baseHistory) {
  const factors = [];
  const add = (factor, raw, detail) => {
    const penalty = Math.ceil(raw - 1e-9);
    if (penalty > 0) factors.push({ factor, penalty, detail });
  };
  const total = Math.max(0, coverage.statementsTotal);
  const ratio = (n) => total === 0 ? 0 : Math.min(1, Math.max(0, n) / total);
  const unparsed = total - coverage.statementsParsed;
  add(
    "unparsed statements",
    WEIGHTS.unparsedStatements * ratio(unparsed),
    `${unparsed} of ${plural2(total, "statement")} could not be parsed; rules did not see them`
  );
  add(
    "unparseable files",
    WEIGHTS.unparseableFile * coverage.filesUnparseable,
    `${plural2(coverage.filesUnparseable, "changed file")} could not be read as SQL`
  );
  if (!coverage.liveRan) {
    add(
      "live run did not happen",
      WEIGHTS.liveNotRun,
      `no statement was executed: locks, rewrites, timing and probes are unverified${coverage.liveSkippedReason ? ` (${coverage.liveSkippedReason})` : ""}`
    );
  } else {
    const unexecuted = total - coverage.statementsExecuted;
    add(
      "statements not executed",
      WEIGHTS.unexecutedStatements * ratio(unexecuted),
      `${unexecuted} of ${plural2(total, "statement")} did not run live (skipped, or after a failure)`
    );
    const reachable = coverage.objectsProbed + coverage.objectsNotProbed;
    add(
      "objects not probed",
      reachable === 0 ? 0 : WEIGHTS.unprobedObjects * coverage.objectsNotProbed / reachable,
      `${coverage.objectsNotProbed} of ${plural2(reachable, "object")} were not reached by probes`
    );
    add(
      "probes not run",
      WEIGHTS.probeNotRun * coverage.probesNotRun,
      `${plural2(coverage.probesNotRun, "probe")} could not run`
    );
    const legacyFailed = migrations.filter((m) => m.status === "base" && m.applied === "failed");
    baseHistory ??= legacyFailed.length ? { status: "partial", total: legacyFailed.length, applied: 0, partial: 0, failed: legacyFailed.length, skipped: 0, gaps: [], standIns: [] } : void 0;
    if (baseHistory && baseHistory.status === "partial") {
      const notBuilt = baseHistory.partial + baseHistory.failed;
      add(
        "base history failed",
        WEIGHTS.baseFailed,
        `${plural2(notBuilt, "base migration")} of ${baseHistory.total} did not fully apply on the review engine (${plural2(baseHistory.gaps.length, "statement")} left out, first: ${baseHistory.gaps[0] ? `${baseHistory.gaps[0].file}:${baseHistory.gaps[0].line}, ${baseHistory.gaps[0].cause}` : "see the migrations"}): the live schema differs from production`
      );
    }
    const unverified = migrations.filter((m) => m.status !== "base" && m.couldNotVerify);
    add(
      "could not verify",
      WEIGHTS.baseFailed * unverified.length,
      `${plural2(unverified.length, "changed migration")} could not be verified because of an environment gap${unverified[0] ? ` (${unverified[0].file}: ${unverified[0].couldNotVerify})` : ""}`
    );
  }
  for (const limit of coverage.engineLimits) add("engine limit", WEIGHTS.engineLimit, limit);
  const confidence = Math.max(0, Math.min(100, 100 - factors.reduce((s, f) => s + f.penalty, 0)));
  return { confidence, factors };
}

// src/report/validation.ts
function tuples(rows2) {
  const lines = rows2.map((r) => `(${r.map(sqlLiteral).join(", ")})`);
  return lines.length <= 3 ? lines.join(", ") : `
  ${lines.join(",\n  ")}
`;
}
function uniqueRows(refs, n) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of refs) {
    const parts = qualifiedParts(r.name, n);
    seen.set(parts.join("\0"), parts);
  }
  return [...seen.values()];
}
function byKind(refs, kind) {
  return refs.filter((r) => r.kind === kind);
}
function rows(n) {
  return plural2(n, "row");
}
function validationQueries(objects) {
  return [...createdRelationQueries(objects), ...securityQueries(objects), ...typeQueries(objects), ...droppedQueries(objects)];
}
function createdRelationQueries(objects) {
  const out = [];
  const created = objects.created;
  const schemas = uniqueRows(byKind(created, "schema"), 1);
  if (schemas.length) {
    out.push({
      title: `${plural2(schemas.length, "schema")} created`,
      sql: `SELECT schema_name
FROM information_schema.schemata
WHERE schema_name IN (${schemas.map((r) => sqlLiteral(r[0])).join(", ")});`,
      expect: rows(schemas.length)
    });
  }
  const tables = uniqueRows(byKind(created, "table"), 2);
  if (tables.length) {
    out.push({
      title: `${plural2(tables.length, "table")} created`,
      sql: `SELECT table_schema, table_name
FROM information_schema.tables
WHERE table_type = 'BASE TABLE'
  AND (table_schema, table_name) IN (${tuples(tables)});`,
      expect: rows(tables.length)
    });
  }
  const views = uniqueRows(byKind(created, "view"), 2);
  if (views.length) {
    out.push({
      title: `${plural2(views.length, "view")} created`,
      sql: `SELECT n.nspname, c.relname, c.relkind
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND (n.nspname, c.relname) IN (${tuples(views)});`,
      expect: rows(views.length)
    });
  }
  const columns = uniqueRows([...byKind(created, "column"), ...byKind(objects.altered, "column")], 3);
  if (columns.length) {
    out.push({
      title: `${plural2(columns.length, "column")} added or changed`,
      sql: `SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default
FROM information_schema.columns
WHERE (table_schema, table_name, column_name) IN (${tuples(columns)});`,
      expect: `${rows(columns.length)}, with the types and defaults the migration declares`
    });
  }
  const indexes = uniqueRows(byKind(created, "index"), 2);
  if (indexes.length) {
    out.push({
      title: `${plural2(indexes.length, "index", "indexes")} created`,
      sql: `SELECT schemaname, tablename, indexname
FROM pg_indexes
WHERE (schemaname, indexname) IN (${tuples(indexes)});`,
      expect: rows(indexes.length)
    });
    out.push({
      title: "No invalid indexes left behind",
      sql: `SELECT n.nspname, c.relname
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT (i.indisvalid AND i.indisready)
  AND (n.nspname, c.relname) IN (${tuples(indexes)});`,
      expect: "0 rows (a failed CREATE INDEX CONCURRENTLY leaves an invalid index that must be dropped and rebuilt)"
    });
  }
  const constraints = uniqueRows(byKind(created, "constraint"), 3);
  if (constraints.length) {
    out.push({
      title: `${plural2(constraints.length, "constraint")} created`,
      sql: `SELECT n.nspname, c.relname, k.conname, k.contype, k.convalidated
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname, c.relname, k.conname) IN (${tuples(constraints)});`,
      expect: `${rows(constraints.length)}; convalidated = false means a NOT VALID constraint still needs VALIDATE CONSTRAINT`
    });
  }
  return out;
}
function securityQueries(objects) {
  const out = [];
  const created = objects.created;
  const all = [...objects.created, ...objects.altered];
  const rls = byKind(all, "rls");
  if (rls.length) {
    const on = uniqueRows(rls.filter((r) => !/disabl|off|false/i.test(r.detail ?? "")), 2);
    const off = uniqueRows(rls.filter((r) => /disabl|off|false/i.test(r.detail ?? "")), 2);
    if (on.length) {
      out.push({
        title: `Row level security enabled on ${plural2(on.length, "table")}`,
        sql: `SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname, c.relname) IN (${tuples(on)});`,
        expect: `${rows(on.length)}, all with relrowsecurity = true`
      });
    }
    if (off.length) {
      out.push({
        title: `Row level security disabled on ${plural2(off.length, "table")}`,
        sql: `SELECT n.nspname, c.relname, c.relrowsecurity
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname, c.relname) IN (${tuples(off)});`,
        expect: `${rows(off.length)}, all with relrowsecurity = false`
      });
    }
  }
  const policies = uniqueRows(byKind(created, "policy"), 3);
  if (policies.length) {
    out.push({
      title: `${plural2(policies.length, "policy", "policies")} created`,
      sql: `SELECT schemaname, tablename, policyname, cmd, roles
FROM pg_policies
WHERE (schemaname, tablename, policyname) IN (${tuples(policies)});`,
      expect: rows(policies.length)
    });
  }
  const triggers = uniqueRows(byKind(created, "trigger"), 3);
  if (triggers.length) {
    out.push({
      title: `${plural2(triggers.length, "trigger")} created`,
      sql: `SELECT n.nspname, c.relname, t.tgname, t.tgenabled
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND (n.nspname, c.relname, t.tgname) IN (${tuples(triggers)});`,
      expect: `${rows(triggers.length)}, tgenabled = 'O'`
    });
  }
  const functions = uniqueRows(byKind(created, "function"), 2);
  if (functions.length) {
    out.push({
      title: `${plural2(functions.length, "function")} created`,
      sql: `SELECT DISTINCT n.nspname, p.proname
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE (n.nspname, p.proname) IN (${tuples(functions)});`,
      expect: rows(functions.length)
    });
  }
  return out;
}
function typeQueries(objects) {
  const out = [];
  const created = objects.created;
  const types = uniqueRows(byKind(created, "type"), 2);
  if (types.length) {
    out.push({
      title: `${plural2(types.length, "type")} created`,
      sql: `SELECT n.nspname, t.typname, t.typtype
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE (n.nspname, t.typname) IN (${tuples(types)});`,
      expect: rows(types.length)
    });
  }
  const extensions = uniqueRows(byKind(created, "extension"), 1);
  if (extensions.length) {
    out.push({
      title: `${plural2(extensions.length, "extension")} installed`,
      sql: `SELECT extname, extversion
FROM pg_extension
WHERE extname IN (${extensions.map((r) => sqlLiteral(r[0])).join(", ")});`,
      expect: rows(extensions.length)
    });
  }
  return out;
}
function droppedQueries(objects) {
  const out = [];
  const droppedRelations = uniqueRows(objects.dropped.filter((r) => ["table", "view", "index", "sequence"].includes(r.kind)), 2);
  if (droppedRelations.length) {
    out.push({
      title: `${plural2(droppedRelations.length, "dropped relation")} gone`,
      sql: `SELECT n.nspname, c.relname, c.relkind
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname, c.relname) IN (${tuples(droppedRelations)});`,
      expect: "0 rows"
    });
  }
  const droppedColumns = uniqueRows(byKind(objects.dropped, "column"), 3);
  if (droppedColumns.length) {
    out.push({
      title: `${plural2(droppedColumns.length, "dropped column")} gone`,
      sql: `SELECT table_schema, table_name, column_name
FROM information_schema.columns
WHERE (table_schema, table_name, column_name) IN (${tuples(droppedColumns)});`,
      expect: "0 rows"
    });
  }
  return out;
}

// src/report/assess.ts
var DEFAULT_THRESHOLDS = { failOn: "critical", conditionsOn: "high" };
var LAYOUTS_WITH_DOWN = ["golang-migrate", "dbmate", "diesel"];
var ROLLBACK_RULE = /revers|rollback|(^|-)down(-|$)/i;
function assess(input) {
  const thresholds = input.settings.verdict ?? DEFAULT_THRESHOLDS;
  const findings = withToolAdvice([...input.findings].sort(compareFindings2), input.set);
  const changed = input.migrations.filter((m) => m.status !== "base");
  const { confidence, factors } = computeConfidence(input.coverage, input.migrations, input.baseHistory);
  const { verdict, reason, nextStep } = decideVerdict(findings, changed, thresholds, input, confidence, factors);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) counts[f.severity]++;
  return {
    schemaVersion: 2,
    tool: { name: "pgreview", version: input.toolVersion },
    verdict,
    verdictReason: reason,
    ...nextStep ? { nextStep } : {},
    confidence,
    confidenceFactors: factors,
    engine: input.engine,
    ...input.baseHistory ? { baseHistory: input.baseHistory } : {},
    // Every file under the migrations folder that is not reviewed, with why (never ignored in silence).
    ...input.set.skipped.length ? { notReviewed: input.set.skipped.map((s) => ({ file: s.path, reason: s.reason })) } : {},
    layout: { id: input.set.layout, reason: input.set.layoutReason },
    preset: input.preset ?? input.settings.preset ?? (input.set.layout === "supabase" ? "supabase" : "plain"),
    summary: {
      migrations: input.set.migrations.length,
      changed: input.set.migrations.filter((m) => m.status !== "base").length,
      statements: input.coverage.statementsTotal,
      findings: counts,
      suppressed: input.suppressed.length
    },
    migrations: input.migrations,
    findings,
    suppressed: input.suppressed,
    decisionMatrix: decisionMatrix(findings, input),
    riskMatrix: riskMatrix(findings, input),
    checklist: checklist(findings, input, thresholds, verdict),
    validationQueries: validationQueries(input.objects),
    objects: input.objects,
    probes: input.probes,
    links: { head: input.settings.linkBase, docs: input.settings.docsBase },
    timings: input.timings
  };
}
function compareFindings2(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || localeOrder(a.file, b.file) || a.line - b.line || a.column - b.column || localeOrder(a.ruleId, b.ruleId);
}
function countPhrase(findings) {
  const bySev = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
  const parts = bySev.map(([s, n]) => `${n} ${s}`);
  const list2 = parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `${list2} ${findings.length === 1 ? "finding" : "findings"}`;
}
function describe(f) {
  const obj = f.object && !f.title.includes(f.object) ? ` (${f.object})` : "";
  return `${f.title}${obj}`;
}
function firstAndMore(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items[0]} (+${items.length - 1} more)`;
}
var NOT_JUDGED = "coverage:base";
var INCONCLUSIVE_BELOW = 50;
function baseFailures(input) {
  if (!input.coverage.liveRan) return [];
  const b = input.baseHistory;
  if (!b) return input.migrations.filter((m) => m.status === "base" && m.applied === "failed");
  if (!input.migrations.some((m) => m.status !== "base" && m.couldNotVerify)) return [];
  const out = [];
  const n = Math.max(1, b.partial + b.failed);
  for (let i = 0; i < n; i++) {
    const g = i === 0 ? b.gaps[0] : void 0;
    out.push({ id: g?.migrationId ?? "", file: g?.file ?? "", status: "base", transactional: true, statements: 0, applied: "failed", locks: [], rewrites: [], ...g ? { error: { message: g.cause, line: g.line } } : {} });
  }
  return b.gaps.length || b.partial || b.failed ? out : [];
}
function inconclusiveGap(input, failed, confidence, factors) {
  const base = baseFailures(input);
  if (base.length) {
    const first = base[0];
    const total = input.baseHistory?.total ?? input.migrations.filter((m) => m.status === "base").length;
    const err = first.error ? ` at line ${first.error.line}: ${first.error.message}` : "";
    const unverified = input.migrations.find((m) => m.status !== "base" && m.couldNotVerify);
    const then = unverified ? `; ${unverified.file} could not be verified: ${unverified.couldNotVerify}` : failed.length ? `; ${failed[0].file} then failed too, which may follow from it` : "";
    const missing = /extension "([^"]+)"/.exec(first.error?.message ?? "")?.[1];
    const need = missing ? `an engine that has the ${missing} extension` : "an engine on which the base history applies";
    return {
      reason: `The base history did not build on the review engine: ${base.length} of ${plural2(total, "base migration")} ${input.baseHistory ? "did not fully apply" : "failed"} (first ${first.file}${err})${then}. The PR was not checked against production's schema.`,
      nextStep: `Re-run with ${need}: --engine docker with an image that provides it, or --engine url with a disposable copy of staging. The findings below from the SQL itself still hold.`
    };
  }
  if (!input.set.migrations.some((m) => m.status !== "base")) {
    const how = input.set.changedSource === "flag" ? `no migration file or folder matches --changed (${input.settings.changed?.join(", ") ?? ""})` : "no migration differs from the base branch";
    return {
      reason: `No migration was reviewed: ${how}.`,
      nextStep: "Name the changed migrations with --changed (a migration file, or its folder for Prisma/Diesel), relative to the reviewed folder or the current directory, or use --base <branch>."
    };
  }
  if (!input.coverage.liveRan && input.settings.engine !== "none") {
    return {
      reason: `The migrations could not be applied live${input.coverage.liveSkippedReason ? ` (${input.coverage.liveSkippedReason})` : ""}: failures on deploy, locks and rewrites are unverified.`,
      nextStep: "Make an engine available (Docker, PostgreSQL server binaries, or --engine url with a disposable database) and re-run; or run with --engine none to ask for a static-only review."
    };
  }
  if (confidence < INCONCLUSIVE_BELOW) {
    const top = [...factors].sort((a, b) => b.penalty - a.penalty).slice(0, 2);
    return {
      reason: `Only ${confidence}/100 of this review rests on evidence: ${top.map((f) => f.detail).join("; ")}.`,
      nextStep: 'Check what could not be verified (listed under "Could not verify") by hand, or re-run on an engine that can verify it.'
    };
  }
  return void 0;
}
function decideVerdict(findings, changed, t, input, confidence, factors) {
  const failed = changed.filter((m) => m.applied === "failed" && !m.couldNotVerify);
  const baseBroken = baseFailures(input).length > 0;
  const legacy = !input.baseHistory;
  const blamedFailures = baseBroken && legacy ? [] : failed;
  const blocking = findings.filter((f) => atLeast(f.severity, t.failOn) && !(baseBroken && legacy && f.ruleId === "migration-failed"));
  if (blamedFailures.length || blocking.length) {
    const parts = [];
    if (blamedFailures.length) {
      const m = blamedFailures[0];
      const where = m.error ? ` at line ${m.error.line}: ${m.error.message}` : "";
      parts.push(`${m.file} failed to apply${where}${blamedFailures.length > 1 ? ` (+${blamedFailures.length - 1} more failed)` : ""}`);
    }
    if (blocking.length) parts.push(`${countPhrase(blocking)}: ${firstAndMore(blocking.map(describe))}`);
    return { verdict: "fail", reason: `${parts.join("; ")}.` };
  }
  const gap = inconclusiveGap(input, failed, confidence, factors);
  if (gap) return { verdict: "inconclusive", reason: gap.reason, nextStep: gap.nextStep };
  const conditions = findings.filter((f) => atLeast(f.severity, t.conditionsOn));
  const unverified = changed.filter((m) => m.couldNotVerify);
  if (unverified.length) {
    const m = unverified[0];
    return {
      verdict: "inconclusive",
      reason: `Could not verify ${m.file}${unverified.length > 1 ? ` (+${unverified.length - 1} more)` : ""}: ${m.couldNotVerify}.`,
      nextStep: "Re-run on an engine that has what production has (--engine docker with the platform's image, or --engine url with a disposable copy of staging)."
    };
  }
  if (conditions.length) {
    return {
      verdict: "pass_with_conditions",
      reason: `${countPhrase(conditions)} to fix or explicitly accept before deploy: ${firstAndMore(conditions.map(describe))}.`
    };
  }
  if (changed.length === 0 && input.set.migrations.every((m) => m.status === "base")) {
    return { verdict: "pass", reason: "No changed migrations to review." };
  }
  const n = input.set.migrations.filter((m) => m.status !== "base").length;
  const scope = `${plural2(n, "changed migration")} (${plural2(input.coverage.statementsTotal, "statement")})`;
  const how = input.coverage.liveRan ? changed.every((m) => m.applied === "applied") ? "statically and by applying them live" : "statically, and live where they ran" : "statically only (--engine none); they were not applied live";
  if (findings.length) {
    return { verdict: "pass", reason: `Nothing at ${t.conditionsOn} or above in ${scope}, checked ${how}; ${countPhrase(findings)} remain as recommendations.` };
  }
  return { verdict: "pass", reason: `No findings in ${scope}, checked ${how}.` };
}
var NO_TRANSACTION = /\b(?:(?:CREATE\s+(?:UNIQUE\s+)?INDEX|DROP\s+INDEX|REINDEX\s+\w+)\s+CONCURRENTLY|DETACH\s+PARTITION\s+\S+\s+CONCURRENTLY|VACUUM)\b/i;
function withToolAdvice(findings, set) {
  const byPath = new Map(set.migrations.map((m) => [m.path, m]));
  return findings.map((f) => {
    if (!f.fix?.sql || f.fix.tool || !NO_TRANSACTION.test(f.fix.sql)) return f;
    const m = byPath.get(f.file);
    if (!m) return f;
    const how = m.transactional ? "wrapped" : m.transactionMode === "implicit" ? "implicit" : void 0;
    if (!how) return f;
    const tool = outsideTransactionAdvice(set.layout, how);
    if (f.fix.description.includes(tool)) return f;
    return { ...f, fix: { ...f.fix, tool } };
  });
}
var THEMES = [
  { item: "Locking", categories: ["locking"], always: true, needsLive: true },
  { item: "Table rewrites", categories: ["rewrite"], always: true, needsLive: true },
  { item: "RLS & security", categories: ["security"], always: true, needsLive: false },
  { item: "Data integrity", categories: ["integrity"], always: true, needsLive: false },
  { item: "Data loss", categories: ["data-loss"], always: false, needsLive: false },
  { item: "Deploy & transactions", categories: ["deploy"], always: true, needsLive: true },
  { item: "App compatibility", categories: ["compatibility"], always: false, needsLive: false },
  { item: "Performance", categories: ["performance"], always: false, needsLive: false },
  { item: "pgvector", categories: ["vector"], always: false, needsLive: false },
  { item: "Conventions", categories: ["style"], always: false, needsLive: false }
];
var STATUS_BY_SEVERITY = {
  critical: "fail",
  high: "fail",
  medium: "warn",
  low: "warn",
  info: "ok"
};
var ACTION_PREFIX = {
  critical: "Must fix before deploy",
  high: "Fix or explicitly accept before deploy",
  medium: "Recommended",
  low: "Optional",
  info: "For information"
};
function rowFromFindings(item, fs5) {
  const top = maxSeverity(fs5.map((f) => f.severity));
  return { item, status: STATUS_BY_SEVERITY[top], priority: top, action: `${ACTION_PREFIX[top]}: ${countPhrase(fs5)}`, refs: fs5.map((f) => f.fingerprint) };
}
function decisionMatrix(findings, input) {
  const rows2 = [];
  const live = input.coverage.liveRan;
  const changed = input.migrations.filter((m) => m.status !== "base");
  const rollbackFindings = findings.filter((f) => ROLLBACK_RULE.test(f.ruleId));
  const rest = findings.filter((f) => !ROLLBACK_RULE.test(f.ruleId));
  for (const theme of THEMES) {
    const fs5 = rest.filter((f) => theme.categories.includes(f.category));
    if (fs5.length) {
      rows2.push(rowFromFindings(theme.item, fs5));
      continue;
    }
    if (!theme.always) continue;
    rows2.push(themeWithoutFindings(theme, input, changed, live));
  }
  rows2.push(rollbackRow(rollbackFindings, input));
  const c = input.coverage;
  rows2.push(
    c.statementsParsed >= c.statementsTotal && c.filesUnparseable === 0 ? { item: "Parse coverage", status: "ok", priority: "-", action: `All ${plural2(c.statementsTotal, "statement")} read by the Postgres parser` } : {
      item: "Parse coverage",
      status: "warn",
      priority: "medium",
      action: `Review by hand: ${c.statementsTotal - c.statementsParsed} unparsed ${c.statementsTotal - c.statementsParsed === 1 ? "statement" : "statements"}, ${plural2(c.filesUnparseable, "unreadable file")}`
    }
  );
  if (!live) {
    rows2.push({
      item: "Live verification",
      status: "unknown",
      priority: "medium",
      action: `Apply in staging: not run${c.liveSkippedReason ? ` (${c.liveSkippedReason})` : ""}`
    });
  } else {
    const engine = input.engine?.description ?? "the live engine";
    rows2.push(
      c.statementsExecuted >= c.statementsTotal ? { item: "Live verification", status: "ok", priority: "-", action: `All ${plural2(c.statementsTotal, "statement")} executed on ${engine}` } : {
        item: "Live verification",
        status: "warn",
        priority: "medium",
        action: `${c.statementsExecuted} of ${plural2(c.statementsTotal, "statement")} executed on ${engine}; verify the rest in staging`
      }
    );
    const probesTotal = c.probesRun + c.probesNotRun;
    if (probesTotal > 0) {
      const failedProbes = input.probes.filter((p) => p.status === "failed");
      rows2.push(
        failedProbes.length ? probesRow(failedProbes) : c.probesNotRun > 0 || c.objectsNotProbed > 0 ? {
          item: "Probes",
          status: "warn",
          priority: "low",
          action: `${c.probesRun} of ${plural2(probesTotal, "probe")} ran, ${c.objectsProbed} of ${plural2(c.objectsProbed + c.objectsNotProbed, "object")} reached; check the rest by hand`
        } : { item: "Probes", status: "ok", priority: "-", action: `${plural2(c.probesRun, "probe")} passed over ${plural2(c.objectsProbed, "object")}` }
      );
    }
  }
  if (input.set.warnings.length) {
    rows2.push({
      item: "Migration history",
      status: "warn",
      priority: "high",
      action: `Do not edit applied migrations: ${input.set.warnings.length === 1 ? input.set.warnings[0].path : plural2(input.set.warnings.length, "base file")} changed`
    });
  }
  return rows2;
}
function themeWithoutFindings(theme, input, changed, live) {
  const item = theme.item;
  if (theme.categories.includes("locking") && live) {
    const heavy = locksOnExisting(input.migrations, input.objects).filter((l) => blocksWrites(l.lock.mode));
    if (heavy.length) {
      const l = heavy[0];
      return {
        item,
        status: "warn",
        priority: "medium",
        action: `Held ${displayLock(l.lock.mode)} on ${l.lock.relation}${l.lock.heldMs !== void 0 ? ` for ${duration(l.lock.heldMs)}` : ""}${heavy.length > 1 ? ` (+${heavy.length - 1} more)` : ""}: set lock_timeout, deploy off-peak`
      };
    }
  }
  if (theme.categories.includes("rewrite") && live) {
    const rw = rewritesOfExisting(input.migrations, input.objects);
    if (rw.length) {
      return {
        item,
        status: "warn",
        priority: "medium",
        action: `Rewrote ${rw[0].relation}${rw.length > 1 ? ` (+${rw.length - 1} more)` : ""}: time it on production-sized data`
      };
    }
  }
  if (theme.categories.includes("deploy")) {
    const failed = changed.filter((m) => m.applied === "failed" && !m.couldNotVerify);
    const unverified = changed.filter((m) => m.couldNotVerify);
    if (!failed.length && unverified.length) {
      return { item, status: "unknown", priority: "-", action: `Could not verify ${unverified[0].file}: ${unverified[0].couldNotVerify}` };
    }
    if (failed.length && baseFailures(input).length && !input.baseHistory) {
      return { item, status: "unknown", priority: "-", action: "Not judged: the base history did not build on the review engine" };
    }
    if (failed.length) {
      const m = failed[0];
      return {
        item,
        status: "fail",
        priority: "critical",
        action: `Must fix: ${m.file} failed${m.error ? ` at line ${m.error.line}: ${m.error.message}` : ""}`
      };
    }
  }
  if (theme.needsLive && !live) return { item, status: "unknown", priority: "-", action: "Static checks only; not observed live" };
  return { item, status: "ok", priority: "-", action: live && theme.needsLive ? "None: nothing found statically or live" : "None: nothing found" };
}
function probesRow(failed) {
  const worst = failed.map((p) => p.severity ?? "high").reduce((w, s) => SEVERITY_RANK[s] > SEVERITY_RANK[w] ? s : w, "info");
  const blocking = SEVERITY_RANK[worst] >= SEVERITY_RANK.high;
  return { item: "Probes", status: blocking ? "fail" : "warn", priority: worst, action: blocking ? `Failed: ${failed.map((p) => p.probe).join(", ")}` : `Found ${worst}-priority problems: ${failed.map((p) => p.probe).join(", ")}` };
}
function rollbackRow(fs5, input) {
  const item = "Rollback";
  if (fs5.length) return rowFromFindings(item, fs5);
  const probe = input.probes.find((p) => p.probe === "reversibility");
  if (probe?.status === "passed") return { item, status: "ok", priority: "-", action: "None: up → down → up verified live" };
  if (probe?.status === "failed") return { item, status: "fail", priority: "high", action: `Fix the down migration: ${probe.summary}` };
  const changed = input.set.migrations.filter((m) => m.status !== "base");
  if (changed.length === 0) return { item, status: "ok", priority: "-", action: "None: nothing changed" };
  const missing = changed.filter((m) => !m.down);
  if (missing.length > 0 && input.rollback?.verified) {
    return { item, status: "ok", priority: "-", action: rollbackProvenText(input.rollback) };
  }
  if (missing.length === 0) return { item, status: "unknown", priority: "low", action: "Down migrations exist but were not run; rehearse them" };
  if (LAYOUTS_WITH_DOWN.includes(input.set.layout)) {
    return {
      item,
      status: "warn",
      priority: "medium",
      action: `Add down migrations: ${missing.length} of ${plural2(changed.length, "changed migration")} ${missing.length === 1 ? "has" : "have"} none`
    };
  }
  return { item, status: "unknown", priority: "low", action: "Layout has no down migrations: write a rollback plan" };
}
var RISK_OF = {
  "data-loss": "data-loss",
  locking: "downtime",
  rewrite: "downtime",
  security: "security",
  integrity: "integrity",
  performance: "performance",
  vector: "performance",
  deploy: "deploy-failure",
  compatibility: "deploy-failure"
};
var LONG_LOCK_MS = 1e3;
var LIKELIHOOD = { critical: "high", high: "high", medium: "medium", low: "low", info: "low" };
var LEVELS = ["low", "medium", "high"];
function atLeastLikelihood(a, b) {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}
function riskMatrix(findings, input) {
  const live = input.coverage.liveRan;
  const changed = input.migrations.filter((m) => m.status !== "base");
  const existingLocks2 = locksOnExisting(input.migrations, input.objects);
  const readBlocking = existingLocks2.filter((l) => blocksReads(l.lock.mode));
  const writeBlocking = existingLocks2.filter((l) => blocksWrites(l.lock.mode));
  const rewrites = rewritesOfExisting(input.migrations, input.objects);
  const failed = changed.filter((m) => m.applied === "failed" && !m.couldNotVerify);
  const nonTx = input.set.migrations.filter((m) => m.status !== "base" && !m.transactional);
  const created = new Set(input.objects.created.map((o) => normName(o.name)));
  const dropsExisting = input.objects.dropped.filter((o) => ["table", "column", "schema"].includes(o.kind) && !created.has(normName(o.name)));
  const build = (risk) => {
    const fs5 = findings.filter((f) => RISK_OF[f.category] === risk && f.severity !== "info");
    const top = maxSeverity(fs5.map((f) => f.severity));
    let likelihood = top ? LIKELIHOOD[top] : "low";
    const drivers = [...new Set(fs5.map((f) => f.ruleId))];
    let impact;
    let mitigation;
    switch (risk) {
      case "data-loss":
        if (dropsExisting.length) likelihood = atLeastLikelihood(likelihood, "high");
        impact = dropsExisting.length || fs5.some((f) => f.severity === "critical") ? "critical" : "high";
        mitigation = dropsExisting.length ? `Back up or snapshot before deploy; drops ${dropsExisting.map((o) => o.name).slice(0, 3).join(", ")}${dropsExisting.length > 3 ? "…" : ""}` : "No existing data is dropped";
        break;
      case "downtime": {
        const longLocks = writeBlocking.filter((l) => (l.lock.heldMs ?? 0) >= LONG_LOCK_MS);
        if (rewrites.length || longLocks.some((l) => blocksReads(l.lock.mode))) likelihood = atLeastLikelihood(likelihood, "high");
        else if (longLocks.length) likelihood = atLeastLikelihood(likelihood, "medium");
        impact = rewrites.length || longLocks.length ? "high" : writeBlocking.length || fs5.length ? "medium" : "low";
        const observed = [
          ...rewrites.slice(0, 1).map((r) => `rewrite of ${r.relation}`),
          ...writeBlocking.slice(0, 2).map((l) => `${displayLock(l.lock.mode)} on ${l.lock.relation}${l.lock.heldMs !== void 0 ? ` held ${duration(l.lock.heldMs)}` : ""}`)
        ];
        mitigation = observed.length ? `Observed ${observed.join(", ")}${rewrites.length || longLocks.length ? ": deploy off-peak with lock_timeout set" : ""}` : live ? "No blocking locks on existing tables observed live" : "Not observed live";
        break;
      }
      case "security":
        impact = "critical";
        mitigation = fs5.length ? "Enable RLS with policies on exposed tables; revoke broad grants" : "No security finding on new or changed objects";
        break;
      case "integrity":
        impact = "high";
        mitigation = fs5.length ? "Add the missing constraints (NOT VALID, then VALIDATE)" : "No integrity finding";
        break;
      case "performance":
        impact = top && SEVERITY_RANK[top] >= SEVERITY_RANK.high ? "high" : "medium";
        mitigation = fs5.length ? "Add the missing indexes; test queries on production-sized data" : "No performance finding";
        break;
      case "deploy-failure":
        if (failed.length) likelihood = "high";
        else if (!live) likelihood = atLeastLikelihood(likelihood, "medium");
        impact = nonTx.length ? "high" : "medium";
        mitigation = failed.length ? baseFailures(input).length ? `${failed[0].file} failed after a base history that did not build: not judged` : `Fix ${failed[0].file}: it failed to apply` : !live ? "Not applied by pgreview: apply in staging first" : nonTx.length ? `Applied cleanly; ${plural2(nonTx.length, "migration")} run outside a transaction: make each step re-runnable` : "Applied cleanly in one transaction per migration";
        break;
    }
    if (fs5.length && risk !== "data-loss" && risk !== "downtime" && !(risk === "deploy-failure" && failed.length)) mitigation = `Fix or accept the ${countPhrase(fs5)}`;
    if (risk === "deploy-failure" && failed.length) drivers.push(...failed.map((m) => `apply:${m.file}`));
    return { risk, likelihood, impact, mitigation, drivers, ...fs5.length ? { refs: fs5.map((f) => f.fingerprint) } : {} };
  };
  return ["data-loss", "downtime", "security", "integrity", "performance", "deploy-failure"].map(build);
}
function checklist(findings, input, t, verdict) {
  const items = [];
  const live = input.coverage.liveRan;
  const refs = (fs5) => fs5.map((f) => f.fingerprint);
  const notJudged = baseFailures(input).length ? findings.filter((f) => f.ruleId === "migration-failed" && atLeast(f.severity, "low")) : [];
  const judged = findings.filter((f) => !notJudged.includes(f));
  const blocking = judged.filter((f) => atLeast(f.severity, t.conditionsOn));
  const recommended = judged.filter((f) => !atLeast(f.severity, t.conditionsOn) && atLeast(f.severity, "low"));
  if (blocking.length) items.push({ text: `Fix, or explicitly accept, the ${countPhrase(blocking)} at ${t.conditionsOn} or above`, source: "findings", done: false, refs: refs(blocking) });
  if (recommended.length) items.push({ text: `Decide on the ${countPhrase(recommended)} below ${t.conditionsOn}`, source: "findings", done: false, refs: refs(recommended) });
  if (notJudged.length) {
    items.push({ text: "Re-run once the base history builds on the review engine: these failures may follow from it, not from the PR", source: NOT_JUDGED, done: false, refs: refs(notJudged) });
  }
  const changed = input.set.migrations.filter((m) => m.status !== "base");
  const reports = input.migrations.filter((m) => m.status !== "base");
  if (changed.length === 0) return items;
  const inconclusive = verdict === "inconclusive";
  for (const m of reports.filter((r) => r.couldNotVerify)) {
    items.push({ text: `Verify ${m.file} on an engine that has what production has: ${m.couldNotVerify}`, source: "live:could-not-verify", done: false });
  }
  for (const m of reports.filter((r) => r.applied === "failed" && !r.couldNotVerify)) {
    if (findings.some((f) => f.ruleId === "migration-failed" && f.file === m.file) || inconclusive && baseFailures(input).length) continue;
    items.push({
      text: `Fix ${m.file}: it failed to apply${m.error ? ` at line ${m.error.line} (${m.error.message})` : ""}`,
      source: "live:apply",
      done: false
    });
  }
  if (!live) {
    if (!inconclusive) {
      items.push({
        text: `Apply the migrations to a staging database first: pgreview did not run them${input.coverage.liveSkippedReason ? ` (${input.coverage.liveSkippedReason})` : ""}`,
        source: "coverage:live",
        done: false
      });
    }
  } else if (reports.length && reports.every((m) => m.applied === "applied") && !baseFailures(input).length && input.baseHistory?.status !== "partial") {
    items.push({
      text: `Migrations apply cleanly after the base history on ${input.engine?.description ?? "a fresh Postgres"}`,
      source: "live:apply",
      done: true
    });
  }
  items.push(...rollbackItems(findings, input, changed));
  const destructive = findings.filter((f) => f.category === "data-loss");
  const named = new Set(destructive.map((f) => f.object).filter((o) => !!o));
  const dropped = input.objects.dropped.filter((o) => ["table", "column", "schema", "type"].includes(o.kind) && !named.has(o.name));
  if (destructive.length || dropped.length) {
    const names = dropped.map((o) => o.name);
    items.push({
      text: `Take a backup (or note a PITR restore point) before deploying${names.length ? `: drops ${names.slice(0, 3).join(", ")}${names.length > 3 ? `, +${names.length - 3} more` : ""}` : ""}`,
      source: "risk:data-loss",
      done: false,
      ...destructive.length ? { refs: refs(destructive) } : {}
    });
  }
  const rewrites = rewritesOfExisting(input.migrations, input.objects);
  const longLocks = locksOnExisting(input.migrations, input.objects).filter((l) => blocksWrites(l.lock.mode) && (l.lock.heldMs ?? 0) >= LONG_LOCK_MS);
  if (rewrites.length || longLocks.length) {
    const what = [
      ...rewrites.map((r) => `${r.relation} is rewritten`),
      ...longLocks.map((l) => `${displayLock(l.lock.mode)} on ${l.lock.relation} was held ${duration(l.lock.heldMs)} on near-empty tables`)
    ];
    const rels = /* @__PURE__ */ new Set([...rewrites.map((r) => normName(r.relation)), ...longLocks.map((l) => normName(l.lock.relation))]);
    const related = findings.filter((f) => (f.category === "locking" || f.category === "rewrite") && f.object && [...rels].some((r) => normName(f.object).startsWith(r)));
    items.push({
      text: `Rehearse on a production-sized copy and time it: ${what.slice(0, 3).join("; ")}${what.length > 3 ? `; +${what.length - 3} more` : ""}`,
      source: "risk:downtime",
      // A url engine runs against the user's own (production-like) database.
      done: live && input.engine?.id === "url",
      ...related.length ? { refs: refs(related) } : {}
    });
  }
  if (input.coverage.engineLimits.length) {
    const name = input.engine?.description.split(" (")[0] ?? "this engine";
    items.push({ text: `Verify on a full Postgres what ${name} could not: ${input.coverage.engineLimits.map((l) => phrase(l, 80)).join("; ")}`, source: "coverage:engine", done: false });
  }
  items.push(...probeItems(input.probes));
  if (input.objects.created.length || input.objects.altered.length || input.objects.dropped.length) {
    items.push({ text: "After deploying, run the validation queries and compare with the expected results", source: "validation", done: false });
  }
  return items;
}
function rollbackItems(findings, input, changed) {
  const items = [];
  const reversibility = input.probes.find((p) => p.probe === "reversibility");
  const rollbackFindings = findings.filter((f) => ROLLBACK_RULE.test(f.ruleId));
  if (reversibility?.status === "passed") {
    items.push({ text: "Rollback rehearsed: up → down → up succeeded", source: "probe:reversibility", done: true });
  } else if (!rollbackFindings.length && input.rollback?.verified && changed.some((m) => !m.down)) {
    items.push({ text: rollbackProvenText(input.rollback), source: "live:rollback", done: input.rollback.caveats.length === 0 });
  } else if (!rollbackFindings.length) {
    const missing = changed.filter((m) => !m.down);
    items.push({
      text: missing.length ? `Write a rollback plan: ${missing.length} of ${plural2(changed.length, "changed migration")} ${missing.length === 1 ? "has" : "have"} no down migration` : "Rehearse the down migrations on a copy: reversibility was not verified",
      source: "coverage:rollback",
      done: false
    });
  }
  return items;
}
function probeItems(probes) {
  const items = [];
  for (const p of probes) {
    if (p.probe === "reversibility" && p.status === "passed") continue;
    if (p.probe === "reversibility" && p.status === "not-run") continue;
    if (p.status === "not-applicable") continue;
    if (p.status === "passed" && /\bnot idempotent\b/i.test(p.summary)) continue;
    if (p.status === "passed") items.push({ text: `Verified live (${p.probe}): ${p.summary}`, source: `probe:${p.probe}`, done: true });
    else if (p.status === "failed" && p.severity && SEVERITY_RANK[p.severity] < SEVERITY_RANK.medium) items.push({ text: `Optional (${p.probe}, ${p.severity}): ${p.summary}`, source: `probe:${p.probe}`, done: false });
    else if (p.status === "failed") items.push({ text: `Resolve the failed ${p.probe} probe: ${p.summary}`, source: `probe:${p.probe}`, done: false });
    else if (p.status === "not-run" || p.status === "partial") {
      items.push({ text: `Check by hand (${p.probe} ${p.status === "partial" ? "was partial" : "did not run"}): ${p.summary}`, source: `probe:${p.probe}`, done: false });
    }
  }
  return items;
}
function rollbackProvenText(r) {
  const caveats = r.caveats.length ? `; read its ${plural2(r.caveats.length, "caveat")} (what it cannot undo) before relying on it` : "";
  return `Generated rollback verified live: applied after the PR, it restored the base catalog (Rollback section)${caveats}`;
}

// src/report/render/rollback.ts
var MAX_SCRIPT_CHARS = 12e3;
function rollbackSection(report2, maxScriptChars = MAX_SCRIPT_CHARS) {
  const r = report2.rollback;
  if (!r || !r.sql) return [];
  const engine = report2.engine?.id ?? "the review engine";
  const status = r.verified ? `verified on ${engine}: applied after this PR, it restores the base schema` : r.proof.startsWith("not proven") ? "not verified (the proof did not run)" : `not verified on ${engine}: ${r.differences.length} difference(s) remain`;
  const body = [];
  if (r.caveats.length) body.push(`Not undone exactly:

${r.caveats.map((c) => `- ${md(c)}`).join("\n")}`);
  body.push(codeBlock(clip2(r.sql, maxScriptChars), "sql"));
  return [`<details><summary>↩️ Rollback script (generated, ${html(status)})</summary>

${body.join("\n\n")}

</details>`];
}

// src/report/render/markdown.ts
var COMMENT_MARKER = "<!-- pgreview:comment -->";
var DEFAULT_MAX_CHARS = 6e4;
var FULL = {
  validation: true,
  evidence: true,
  trace: true,
  suppressedList: true,
  objectsList: true,
  risk: true,
  migrationRows: Infinity,
  findings: { critical: "full", high: "full", medium: "full", low: "full", info: "full" },
  fixSql: { critical: true, high: true, medium: true, low: true, info: true },
  dropped: []
};
function steps(report2) {
  const n = (s) => report2.findings.filter((f) => f.severity === s).length;
  const set = (patch, what) => (d) => ({ ...d, ...patch, dropped: [...d.dropped, what] });
  const findingMode = (sevs, mode, what) => (d) => {
    if (sevs.every((s) => n(s) === 0 || d.findings[s] === mode)) return void 0;
    const findings = { ...d.findings };
    for (const s of sevs) findings[s] = mode;
    return { ...d, findings, dropped: [...d.dropped, what] };
  };
  const noFixSql = (sevs, what) => (d) => {
    const fixSql = { ...d.fixSql };
    for (const s of sevs) fixSql[s] = false;
    return { ...d, fixSql, dropped: [...d.dropped, what] };
  };
  const lowInfo = n("low") + n("info");
  return [
    set({ validation: false }, `the post-migration validation queries (${report2.validationQueries.length})`),
    set({ evidence: false }, "live evidence blocks"),
    findingMode(["low", "info"], "none", `${plural2(lowInfo, "low/info finding")}`),
    set({ trace: false }, "per-statement traces"),
    set({ suppressedList: false }, "the list of suppressed findings"),
    noFixSql(["medium"], "fix SQL for medium findings"),
    findingMode(["medium"], "none", `${plural2(n("medium"), "medium finding")}`),
    set({ objectsList: false }, "the object lists (counts kept)"),
    noFixSql(["high"], "fix SQL for high findings"),
    findingMode(["high"], "compact", "details of high findings"),
    set({ migrationRows: 50 }, "per-migration rows beyond 50"),
    findingMode(["high"], "none", `${plural2(n("high"), "high finding")}`),
    noFixSql(["critical"], "fix SQL for critical findings"),
    set({ risk: false }, "the risk matrix"),
    findingMode(["critical"], "compact", "details of critical findings"),
    set({ migrationRows: 10 }, "per-migration rows beyond 10"),
    findingMode(["critical"], "minimal", "links of critical findings")
  ];
}
function renderMarkdown(report2, options2 = {}) {
  const maxChars = options2.maxChars ?? DEFAULT_MAX_CHARS;
  let detail = FULL;
  let out = render(report2, detail, options2);
  for (const step of steps(report2)) {
    if (out.length <= maxChars) return out;
    const next = step(detail);
    if (!next) continue;
    detail = next;
    out = render(report2, detail, options2);
  }
  if (out.length <= maxChars) return out;
  return hardTrim(out, maxChars);
}
function hardTrim(out, maxChars) {
  const note = (n) => `

> [!WARNING]
> This comment was cut at ${maxChars} characters: ${n} more characters (including critical findings) are only in the JSON/SARIF output and the job summary.
`;
  let cut = out.slice(0, Math.max(0, maxChars - note(out.length).length - 20));
  const lastBlock = cut.lastIndexOf("\n\n");
  if (lastBlock > 0) cut = cut.slice(0, lastBlock);
  const open = (cut.match(/^<details[ >]/gm) ?? []).length - (cut.match(/^<\/details>/gm) ?? []).length;
  cut += "\n\n</details>".repeat(Math.max(0, open));
  return cut + note(out.length - cut.length);
}
function render(report2, d, options2) {
  const labels = findingLabels(report2);
  const blocks = [COMMENT_MARKER, ...header(report2, d, options2)];
  blocks.push(...findingsSection(report2, d, labels));
  blocks.push(...checklistSection(report2, labels));
  blocks.push(...matricesSection(report2, d, labels));
  blocks.push(...liveSection(report2, d));
  blocks.push(...objectsSection(report2, d));
  blocks.push(...rollbackSection(report2));
  if (d.validation) blocks.push(...validationSection(report2));
  blocks.push(footer(report2));
  return `${blocks.filter((b) => b.length > 0).join("\n\n")}
`;
}
function details(summary, body, open = false) {
  return [`<details${open ? " open" : ""}><summary>${summary}</summary>`, ...body, "</details>"].join("\n\n");
}
function table(head, rows2, align) {
  const sep4 = align ?? head.map(() => "---");
  return [`| ${head.join(" | ")} |`, `| ${sep4.join(" | ")} |`, ...rows2.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
function header(report2, d, options2) {
  const s = report2.summary;
  const out = [];
  out.push(`## ${VERDICT_ICON[report2.verdict]} pgreview: ${VERDICT_LABEL[report2.verdict]} · confidence ${report2.confidence}/100`);
  out.push(`**${md(report2.verdictReason)}**`);
  if (report2.nextStep) out.push(`> [!IMPORTANT]
> **What to do:** ${md(report2.nextStep)}`);
  const sevs = ["critical", "high", "medium", "low", "info"];
  const counts = sevs.filter((x) => s.findings[x] > 0).map((x) => `${SEVERITY_ICON[x]} ${s.findings[x]} ${x}`);
  if (s.suppressed) counts.push(`${s.suppressed} suppressed`);
  const changed = changedMigrations(report2);
  const ranLive = changed.some((m) => m.applied === "applied" || m.applied === "failed");
  const facts = [
    counts.length ? counts.join(" · ") : "no findings",
    `${s.changed} changed of ${plural2(s.migrations, "migration")} (${plural2(s.statements, "statement")})`,
    report2.engine && ranLive ? `applied on ${md(report2.engine.description)}` : "not applied live",
    `${code(report2.layout.id)} layout`
  ];
  const lines = [facts.join(" · ")];
  if (report2.confidenceFactors.length) {
    const parts = penaltiesByFactor(report2.confidenceFactors).map(([k, n]) => `${md(k)} −${n}`);
    lines.push(`Confidence lowered by: ${parts.join(", ")} (details under Live run).`);
  }
  out.push(lines.join("<br>\n"));
  if (d.dropped.length) {
    out.push(
      `> [!NOTE]
> Trimmed to fit the comment size limit; dropped: ${d.dropped.map(md).join("; ")}. The full report is in ${md(options2.fullReportHint ?? "the JSON output (--format json) and the job summary")}.`
    );
  }
  return out;
}
function matricesSection(report2, d, labels) {
  const body = [];
  if (report2.decisionMatrix.length) {
    body.push(
      table(
        ["Item", "Status", "Priority", "Action"],
        report2.decisionMatrix.map((r) => {
          const refs = refList(labels, r.refs);
          return [
            cell(r.item),
            `${STATUS_ICON[r.status]} ${r.status}`,
            r.priority === "-" ? "—" : r.priority === "critical" || r.priority === "high" ? `**${r.priority.toUpperCase()}**` : r.priority,
            `${cell(r.action)}${refs ? ` → ${refs}` : ""}`
          ];
        })
      )
    );
  }
  if (d.risk && report2.riskMatrix.length) {
    body.push(
      table(
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        report2.riskMatrix.map((r) => {
          const refs = refList(labels, r.refs);
          return [RISK_LABEL[r.risk], `${LEVEL_ICON[r.likelihood]} ${r.likelihood}`, `${LEVEL_ICON[r.impact]} ${r.impact}`, `${cell(clip2(r.mitigation, 300))}${refs ? ` → ${refs}` : ""}`];
        })
      )
    );
  }
  if (!body.length) return [];
  const risky = report2.riskMatrix.filter((r) => r.likelihood === "high" || r.likelihood === "medium" && (r.impact === "high" || r.impact === "critical")).map((r) => RISK_LABEL[r.risk].toLowerCase());
  return [details(`Decision and risk matrices${risky.length ? ` (elevated: ${html(risky.join(", "))})` : ""}`, body)];
}
function locksCell(locks, report2, max2 = 4, timed = true, countNew = true) {
  const s = lockSummary(locks, report2);
  const show = (l) => `${l.mode} ${cellCode(l.relation)}${timed && l.heldMs !== void 0 ? ` ${duration(l.heldMs)}` : ""}`;
  const lines = s.tables.slice(0, max2).map(show);
  if (s.tables.length > max2) lines.push(`+${s.tables.length - max2} more tables`);
  const others = s.others.slice(0, 2).map((l) => `${l.kind}: ${show(l)}`);
  if (s.others.length > 2) others.push(`+${s.others.length - 2} more indexes/sequences`);
  lines.push(...others);
  if (!countNew) return lines.length ? lines.join("<br>") : "—";
  if (s.newRelations) lines.push(`<sub>+${plural2(s.newRelations, "new relation")} (created here: blocks nobody)</sub>`);
  if (!s.tables.length && !s.others.length) lines.unshift("none on existing relations");
  return lines.join("<br>");
}
function rewritesCell(m) {
  if (!m.rewrites.length) return "—";
  return [...m.rewrites.slice(0, 3).map(cellCode), ...m.rewrites.length > 3 ? [`+${m.rewrites.length - 3} more`] : []].join("<br>");
}
function statusCell(m) {
  const at = m.applied === "failed" && m.error ? ` at line ${m.error.line}` : "";
  const tx = m.transactional ? "" : " (no transaction)";
  if (m.couldNotVerify) return `❔ could not verify${at}${tx}`;
  return `${APPLY_ICON[m.applied]} ${APPLY_LABEL[m.applied]}${at}${tx}`;
}
function migrationsSection(report2, d) {
  const changed = changedMigrations(report2);
  const base = report2.baseHistory;
  const out = [];
  if (!changed.length) {
    out.push(report2.migrations.length ? "No changed migrations." : "No migrations were run.");
  } else {
    const ordered = d.migrationRows < changed.length ? [...changed].sort((a, b) => Number(b.applied === "failed") - Number(a.applied === "failed")) : changed;
    const rows2 = ordered.slice(0, d.migrationRows).map((m) => [
      link(cellCode(m.file), fileLink(report2, m.file)),
      m.status,
      String(m.statements),
      statusCell(m),
      m.applied === "applied" || m.applied === "failed" ? duration(m.durationMs) : "—",
      m.applied === "applied" || m.applied === "failed" ? locksCell(m.locks, report2) : "—",
      rewritesCell(m)
    ]);
    out.push(table(["Migration", "Change", "Statements", "Status", "Duration", "Strongest lock on existing relations", "Rewrites"], rows2, ["---", "---", "--:", "---", "--:", "---", "---"]));
    if (changed.length > rows2.length) out.push(`*${changed.length - rows2.length} more changed migrations not shown.*`);
  }
  const baseRows = report2.migrations.filter((m) => m.status === "base");
  if (base?.total) out.push(baseHistoryLine(base, code));
  if (report2.notReviewed?.length) out.push(notReviewedLine(report2.notReviewed, code));
  else if (baseRows.length) {
    const failed = baseRows.filter((m) => m.applied === "failed");
    const ms = baseRows.reduce((t, m) => t + (m.durationMs ?? 0), 0);
    out.push(
      `Base history: ${plural2(baseRows.length, "migration")} applied first${ms ? ` in ${duration(ms)}` : ""}${failed.length ? `; ${failed.length} failed (${failed.slice(0, 3).map((m) => code(m.file)).join(", ")})` : ""}.`
    );
  }
  const reported = new Set(report2.findings.filter((f) => f.ruleId === "migration-failed").map((f) => f.file));
  for (const m of changed.filter((x) => x.applied === "failed" && x.error && !reported.has(x.file)).slice(0, 5)) {
    const e = m.error;
    const parts = [`**${code(m.file)} ${m.couldNotVerify ? "could not be verified; the engine stopped" : "failed"} at ${link(code(`line ${e.line}`), fileLink(report2, m.file, e.line))}:**`, codeBlock(clip2(e.message, 2e3), "text")];
    if (e.detail) parts.push(`Detail:

${codeBlock(clip2(e.detail, 2e3), "text")}`);
    if (e.hint) parts.push(`Hint:

${codeBlock(clip2(e.hint, 1e3), "text")}`);
    out.push(parts.join("\n\n"));
  }
  if (d.trace) {
    for (const m of changed.filter((x) => x.trace?.length)) {
      const t = traceDetails(m, report2);
      if (t) out.push(t);
    }
  }
  return out;
}
var TRACE_ROWS = 200;
function traceMatters(t, report2) {
  const l = lockSummary(t.locks, report2);
  return !!(l.tables.length || l.others.length || t.rewrites.length || t.error || t.skipped || (t.rowsAffected ?? 0) > 0 || t.durationMs >= 100);
}
function traceDetails(m, report2) {
  const trace = m.trace;
  const shown = trace.filter((t) => traceMatters(t, report2));
  if (!shown.length) return void 0;
  const rows2 = shown.slice(0, TRACE_ROWS).map((t) => [
    link(String(t.line), fileLink(report2, m.file, t.line)),
    cellCode(t.kind),
    duration(t.durationMs),
    locksCell(t.locks, report2, 4, false, false),
    t.rewrites.length ? t.rewrites.map(cellCode).join("<br>") : "—",
    t.error ? `❌ ${cell(clip2(t.error.message, 300))}` : t.skipped ? `⏭️ ${cell(t.skipped)}` : t.rowsAffected !== void 0 ? `${t.rowsAffected} rows` : "✅"
  ]);
  const body = [table(["Line", "Statement", "Duration", "Locks on existing relations", "Rewrites", "Result"], rows2, ["--:", "---", "--:", "---", "---", "---"])];
  if (shown.length > TRACE_ROWS) body.push(`*${shown.length - TRACE_ROWS} more statements not shown.*`);
  const rest = trace.length - shown.length;
  if (rest) body.push(`*${plural2(rest, "other statement")} only created or changed objects new in this PR, quickly and without touching existing relations.*`);
  return details(`Statements in ${html(m.file)} that touch existing relations, fail or take time (${shown.length} of ${trace.length})`, body);
}
function once(said, text, label, render2) {
  const first = said.get(text);
  if (first && first !== label) return `as for ${first}`;
  said.set(text, label);
  return render2();
}
function fixLines(fix, sql, report2, d, sev, said, label, sqlNote) {
  const out = [`**Fix:** ${once(said, fix.description, label, () => md(clip2(fix.description, 800)))}`];
  if (fix.tool) out.push(`**With ${md(toolName(report2.layout.id))}:** ${once(said, fix.tool, label, () => md(clip2(fix.tool, 600)))}`);
  if (sql && d.fixSql[sev] && sqlNote) out.push(sqlNote);
  let text = out.join("<br>\n");
  if (sql && d.fixSql[sev]) text += `
${codeBlock(clip2(sql, 3e3), "sql")}`;
  return text;
}
function evidenceSub(e, d) {
  if (!e || !d.evidence || !Object.keys(e).length) return void 0;
  return `<sub>Evidence: ${md(evidenceLine(e))}</sub>`;
}
function findingFull(f, report2, d, label, said) {
  const head = [
    `**${label} ${SEVERITY_ICON[f.severity]} ${md(f.title)}**`,
    [link(code(location(f)), fileLink(report2, f.file, f.line)), link(code(f.ruleId), docLink(report2, f.ruleId)), ...f.object && !f.title.includes(f.object) && f.object !== location(f) ? [code(f.object)] : []].join(" · "),
    once(said, f.message, label, () => md(clip2(f.message, 1500)))
  ];
  const parts = [head.join("<br>\n")];
  if (f.fix) parts.push(fixLines(f.fix, f.fix.sql, report2, d, f.severity, said, label));
  const ev = evidenceSub(f.evidence, d);
  if (ev) parts.push(ev);
  return parts.join("\n\n");
}
function groupFull(fs5, report2, d, labels, said) {
  const f = fs5[0];
  const sev = f.severity;
  const ownTitles = new Set(fs5.map((x) => x.title)).size > 1;
  const title = memoized(md);
  const object = memoized(code);
  const what = (x) => ownTitles ? `${title(x.title)}${x.object && !x.title.includes(x.object) ? ` (${object(x.object)})` : ""}` : x.object ? object(x.object) : "";
  const places = fs5.map((x) => {
    const ev = d.evidence && x.evidence && Object.keys(x.evidence).length ? ` <sub>${md(evidenceLine(x.evidence, 160))}</sub>` : "";
    const named = what(x);
    return `- ${labels.get(x.fingerprint)} ${link(code(location(x)), fileLink(report2, x.file, x.line))}${named ? ` · ${named}` : ""}${ev}`;
  });
  const head = [`**${SEVERITY_ICON[sev]} ${md(groupTitle(fs5))}** · ${fs5.length} places · ${link(code(f.ruleId), docLink(report2, f.ruleId))}`, md(clip2(f.message, 1500))];
  const parts = [head.join("<br>\n"), places.join("\n")];
  const fix = fs5.find((x) => x.fix)?.fix;
  if (fix) {
    const sql = d.fixSql[sev] ? groupFixSql(fs5) : void 0;
    parts.push(fixLines(fix, sql?.sql, report2, d, sev, said, labels.get(f.fingerprint), sql && !sql.all ? `<sub>For ${code(f.object ?? location(f))}; the others alike:</sub>` : void 0));
  }
  return parts.join("\n\n");
}
function memoized(escape) {
  const done = /* @__PURE__ */ new Map();
  return (text) => {
    let out = done.get(text);
    if (out === void 0) done.set(text, out = escape(text));
    return out;
  };
}
function entryFull(e, report2, d, labels, said) {
  return e.kind === "one" ? findingFull(e.finding, report2, d, labels.get(e.finding.fingerprint), said) : groupFull(e.findings, report2, d, labels, said);
}
function findingCompact(f, report2, label) {
  const fix = f.fix ? ` Fix: ${md(clip2(f.fix.description, 200))}` : "";
  return `- ${label} ${SEVERITY_ICON[f.severity]} **${md(clip2(f.title, 200))}** · ${link(code(location(f)), fileLink(report2, f.file, f.line))} · ${link(code(f.ruleId), docLink(report2, f.ruleId))}.${fix}`;
}
function findingMinimal(f, label) {
  return `- ${label} ${SEVERITY_ICON[f.severity]} ${code(f.ruleId)} ${code(location(f))}${f.object ? ` ${code(f.object)}` : ""}`;
}
function findingsSection(report2, d, labels) {
  const out = [];
  const said = /* @__PURE__ */ new Map();
  if (!report2.findings.length) {
    out.push(report2.summary.suppressed ? "### Findings\n\nNo findings (all suppressed; see below)." : "### Findings\n\nNo findings.");
  } else out.push("### Findings");
  for (const [sev, fs5] of bySeverity(report2.findings)) {
    const mode = d.findings[sev];
    const range = fs5.length === 1 ? labels.get(fs5[0].fingerprint) : `${labels.get(fs5[0].fingerprint)}–${labels.get(fs5[fs5.length - 1].fingerprint)}`;
    const title = `${SEVERITY_ICON[sev]} ${SEVERITY_LABEL[sev]} (${fs5.length}): ${range}`;
    if (mode === "none") {
      const byRule = /* @__PURE__ */ new Map();
      for (const f of fs5) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const top = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const list2 = top.slice(0, 15).map(([id, n]) => `${code(id)} ×${n}`).join(", ");
      out.push(`*${title}: not shown here to fit the size limit.* By rule: ${list2}${top.length > 15 ? `, +${top.length - 15} more rules` : ""}.`);
      continue;
    }
    const body = mode === "full" ? groupFindings(fs5).map((e) => entryFull(e, report2, d, labels, said)) : [fs5.map((f) => mode === "compact" ? findingCompact(f, report2, labels.get(f.fingerprint)) : findingMinimal(f, labels.get(f.fingerprint))).join("\n")];
    if (sev === "critical" || sev === "high") out.push(...body);
    else out.push(details(title, body));
  }
  if (report2.suppressed.length) {
    if (d.suppressedList) {
      out.push(
        details(`Suppressed (${report2.suppressed.length})`, [
          table(
            ["Rule", "Location", "Reason"],
            report2.suppressed.slice(0, 100).map((f) => [cellCode(f.ruleId), link(cellCode(location(f)), fileLink(report2, f.file, f.line)), cell(clip2(f.reason, 300))])
          ),
          ...report2.suppressed.length > 100 ? [`*${report2.suppressed.length - 100} more not shown.*`] : []
        ])
      );
    } else out.push(`*${plural2(report2.suppressed.length, "suppressed finding")} not listed.*`);
  }
  return out;
}
function objectLines(refs) {
  const kinds = [...new Set(refs.map((r) => r.kind))];
  return kinds.map((k) => {
    const names = refs.filter((r) => r.kind === k);
    const shown = names.slice(0, 60).map((r) => `${code(r.name)}${r.detail ? ` (${md(clip2(r.detail, 80))})` : ""}`);
    return `- **${k}** (${names.length}): ${shown.join(", ")}${names.length > 60 ? `, +${names.length - 60} more` : ""}`;
  });
}
var TABLE_PARTS = ["column", "constraint", "policy", "trigger", "index", "rls", "grant"];
function tableOf(o) {
  switch (o.kind) {
    case "table":
    case "rls":
      return qualifiedParts(o.name, 2).join(".");
    case "grant": {
      const i = o.name.lastIndexOf(":");
      return i > 0 ? qualifiedParts(o.name.slice(0, i), 2).join(".") : void 0;
    }
    case "column":
    case "constraint":
    case "policy":
    case "trigger": {
      const p = qualifiedParts(o.name, 3);
      return `${p[0]}.${p[1]}`;
    }
    case "index": {
      const m = / ON (?:ONLY )?([^\s(]+)/.exec(o.detail ?? "");
      return m ? qualifiedParts(m[1].replace(/"/g, ""), 2).join(".") : void 0;
    }
    default:
      return void 0;
  }
}
function tablePart(kind, refs) {
  const last = (o) => kind === "grant" ? o.name.slice(o.name.lastIndexOf(":") + 1) : qualifiedParts(o.name, 3)[2];
  const names = (max2) => {
    const ns = [...new Set(refs.map(last))];
    return `${ns.slice(0, max2).map(cellCode).join(", ")}${ns.length > max2 ? `, +${ns.length - max2}` : ""}`;
  };
  switch (kind) {
    case "table":
      return "**table**";
    case "rls":
      return `RLS ${refs.map((r) => cell(r.detail ?? "changed")).join(", ")}`;
    case "column":
      return `${plural2(refs.length, "column")}: ${names(8)}`;
    case "policy":
      return `${plural2(refs.length, "policy", "policies")}: ${names(4)}`;
    case "trigger":
      return `${plural2(refs.length, "trigger")}: ${names(4)}`;
    case "grant":
      return `grants to ${names(4)}`;
    case "index":
      return plural2(refs.length, "index", "indexes");
    default:
      return plural2(refs.length, kind);
  }
}
function objectsSection(report2, d) {
  const o = report2.objects;
  const total = o.created.length + o.altered.length + o.dropped.length;
  if (!total) return [];
  const count = (refs) => {
    const kinds = [...new Set(refs.map((r) => r.kind))];
    return kinds.map((k) => `${refs.filter((r) => r.kind === k).length} ${k}`).join(", ") || "none";
  };
  const summary = `Objects: created ${count(o.created)} · altered ${count(o.altered)} · dropped ${count(o.dropped)} (${o.source === "live" ? "read from the catalog" : "inferred from the SQL"})`;
  if (!d.objectsList) return [summary];
  const verbs = [
    ["created", o.created],
    ["altered", o.altered],
    ["dropped", o.dropped]
  ];
  const rows2 = /* @__PURE__ */ new Map();
  const loose = { created: [], altered: [], dropped: [] };
  for (const [verb, refs] of verbs) {
    for (const r of refs) {
      const t = r.kind === "table" || TABLE_PARTS.includes(r.kind) ? tableOf(r) : void 0;
      if (!t) {
        loose[verb].push(r);
        continue;
      }
      const row = rows2.get(t) ?? {};
      (row[verb] ??= []).push(r);
      rows2.set(t, row);
    }
  }
  const cellFor = (refs) => {
    if (!refs?.length) return "—";
    const kinds = [...new Set(refs.map((r) => r.kind))].sort((a, b) => Number(b === "table") - Number(a === "table"));
    return kinds.map((k) => tablePart(k, refs.filter((r) => r.kind === k))).join(" · ");
  };
  const body = [];
  if (rows2.size) {
    const used = verbs.filter(([verb]) => [...rows2.values()].some((r) => r[verb]?.length)).map(([verb]) => verb);
    const createsTable = new Map([...rows2].map(([t, row]) => [t, Number(!!row.created?.some((x) => x.kind === "table"))]));
    const sorted = [...rows2].sort((a, b) => createsTable.get(b[0]) - createsTable.get(a[0]) || localeOrder(a[0], b[0]));
    body.push(
      table(
        ["Table", ...used.map((v) => v[0].toUpperCase() + v.slice(1))],
        sorted.slice(0, 100).map(([t, row]) => {
          const noRls = report2.preset !== "plain" && row.created?.some((x) => x.kind === "table") && !row.created.some((x) => x.kind === "rls");
          return [cellCode(t), ...used.map((v) => `${cellFor(row[v])}${v === "created" && noRls ? " · ⚠️ **no RLS**" : ""}`)];
        })
      )
    );
    if (sorted.length > 100) body.push(`*${sorted.length - 100} more tables not shown.*`);
  }
  for (const [verb] of verbs) {
    if (loose[verb].length) body.push(`**${verb[0].toUpperCase() + verb.slice(1)}**`, objectLines(loose[verb]).join("\n"));
  }
  return [details(html(summary), body)];
}
function liveSection(report2, d) {
  const out = migrationsSection(report2, d);
  const e = report2.engine;
  if (e) {
    const facts = [`Engine: ${md(e.description)} (${md(e.reason)})`, `pgvector: ${e.pgvector ? "yes" : "no"}`];
    if (e.serverVersion) facts.push(`server ${md(e.serverVersion)}`);
    out.push(facts.join(" · "));
  } else {
    out.push("The migrations were not applied to a live database.");
  }
  if (report2.probes.length) {
    const icon = { passed: "✅", failed: "❌", "not-run": "➖", partial: "◐", "not-applicable": "▫️" };
    const rows2 = report2.probes.map((p) => {
      const extra = [...(p.details ?? []).slice(0, 10), ...(p.notProbed ?? []).slice(0, 10).map((x) => `not probed: ${x}`)];
      return [cellCode(p.probe), `${icon[p.status] ?? ""} ${p.status}`, [cell(clip2(p.summary, 300)), ...extra.map((x) => cell(clip2(x, 200)))].join("<br>")];
    });
    out.push(table(["Probe", "Result", "Summary"], rows2));
  }
  const gaps = report2.confidenceFactors;
  if (gaps.length) out.push(`**Could not verify** (−${gaps.reduce((n, f) => n + f.penalty, 0)} confidence):
${gaps.map((f) => `- ${md(clip2(f.detail, 400))}`).join("\n")}`);
  const changed = changedMigrations(report2);
  const applied = changed.filter((m) => m.applied === "applied").length;
  const failed = changed.filter((m) => m.applied === "failed").length;
  const summary = e ? `Live run: ${applied} of ${plural2(changed.length, "changed migration")} applied${failed ? `, ${failed} failed` : ""} on ${html(e.description)}` : "Live run: not run";
  return [details(summary, out)];
}
function checklistSection(report2, labels) {
  if (!report2.checklist.length) return [];
  return [
    "### Before deploying",
    report2.checklist.map((c) => {
      const refs = refList(labels, c.refs, 8);
      return `- [${c.done ? "x" : " "}] ${md(clip2(c.text, 400))}${refs ? `: ${refs}` : ""}`;
    }).join("\n")
  ];
}
function validationSection(report2) {
  if (!report2.validationQueries.length) return [];
  const body = report2.validationQueries.map((q, i) => `**${i + 1}. ${md(q.title)}**: expect ${md(q.expect)}

${codeBlock(clip2(q.sql, 4e3), "sql")}`);
  return [details(`Validation: ${plural2(report2.validationQueries.length, "query", "queries")} to run after deploying`, body)];
}
function footer(report2) {
  const t = report2.timings;
  return `<sub>pgreview ${html(report2.tool.version)} · ${duration(t.totalMs)} (parse ${duration(t.parseMs)}, static ${duration(t.staticMs)}, live ${duration(t.liveMs)}) · findings link to their rule docs</sub>`;
}

// src/report/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
function renderText(report2, options2 = {}) {
  const color = options2.color ?? false;
  const paint = (s, ...styles) => color ? `${styles.map((x) => `\x1B[${CODES[x]}m`).join("")}${s}\x1B[0m` : s;
  const labels = findingLabels(report2);
  const lines = [];
  const t = {
    report: report2,
    verbose: options2.verbose ?? false,
    paint,
    sevStyle: { critical: "red", high: "red", medium: "yellow", low: "blue", info: "dim" },
    labels,
    label: (f) => labels.get(f.fingerprint) ?? "",
    lines,
    h: (title) => lines.push("", paint(title.toUpperCase(), "bold"), paint("─".repeat(title.length), "dim")),
    indent: (s, n = 4) => s.split("\n").map((l) => " ".repeat(n) + l).join("\n")
  };
  summaryLines(t);
  findingSections(t);
  if (!t.verbose) {
    lines.push(paint("Run with --verbose for why each finding matters, evidence, matrices, the per-statement trace and probes; --format markdown for the PR comment.", "dim"));
    return `${lines.join("\n")}
`;
  }
  decisionMatrixSection(t);
  migrationsSection2(t);
  objectsSection2(t);
  riskMatrixSection(t);
  liveSection2(t);
  const timings = report2.timings;
  lines.push("", paint(`pgreview ${report2.tool.version}: ${duration(timings.totalMs)} (parse ${duration(timings.parseMs)}, static ${duration(timings.staticMs)}, live ${duration(timings.liveMs)})`, "dim"));
  return `${lines.join("\n")}
`;
}
function summaryLines(t) {
  const { report: report2, paint, sevStyle, lines } = t;
  const s = report2.summary;
  const verdictStyle = report2.verdict === "pass" ? "green" : report2.verdict === "fail" ? "red" : "yellow";
  lines.push(paint(`pgreview: ${VERDICT_LABEL[report2.verdict].toUpperCase()}`, "bold", verdictStyle) + `  confidence ${report2.confidence}/100`);
  lines.push(term(report2.verdictReason));
  if (report2.nextStep) lines.push(paint(`What to do: ${term(report2.nextStep)}`, "bold"));
  const counts = ["critical", "high", "medium", "low", "info"].filter((x) => s.findings[x] > 0).map((x) => paint(`${s.findings[x]} ${x}`, sevStyle[x]));
  const changedRan = changedMigrations(report2).some((m) => m.applied === "applied" || m.applied === "failed");
  lines.push(
    `${counts.length ? counts.join(", ") : "no findings"}${s.suppressed ? ` (${s.suppressed} suppressed)` : ""} · ${s.changed} changed of ${plural2(s.migrations, "migration")} (${plural2(s.statements, "statement")}) · ${report2.engine && changedRan ? `applied on ${term(report2.engine.description)}` : "not applied live"}`
  );
}
function findingSections(t) {
  const { report: report2, verbose, paint, sevStyle, label, labels, lines, h } = t;
  const notJudged = new Set(report2.checklist.filter((c) => c.source === NOT_JUDGED).flatMap((c) => c.refs ?? []));
  const blocking = report2.findings.filter((f) => (f.severity === "critical" || f.severity === "high") && !notJudged.has(f.fingerprint));
  const rest = report2.findings.filter((f) => !blocking.includes(f));
  if (blocking.length) {
    h("Fix");
    for (const e of groupFindings(blocking)) lines.push(...e.kind === "one" ? findingLines(t, e.finding) : groupLines(t, e.findings));
  }
  if (rest.length) {
    h(blocking.length ? "Also recommended" : "Recommended");
    if (verbose) for (const e of groupFindings(rest)) lines.push(...e.kind === "one" ? findingLines(t, e.finding) : groupLines(t, e.findings));
    else {
      for (const e of groupFindings(rest)) {
        if (e.kind === "one") {
          const f = e.finding;
          lines.push(`  ${label(f).padEnd(4)} ${paint(f.severity.padEnd(6), sevStyle[f.severity])} ${term(clip2(f.title, 90))}  ${paint(term(location(f)), "dim")}`);
        } else {
          const f = e.findings[0];
          lines.push(`  ${label(f).padEnd(4)} ${paint(f.severity.padEnd(6), sevStyle[f.severity])} ${term(clip2(groupTitle(e.findings), 80))} ×${e.findings.length}  ${paint(`${term(location(f))} …`, "dim")}`);
        }
      }
    }
  }
  if (report2.suppressed.length && verbose) {
    lines.push("", `  Suppressed (${report2.suppressed.length}):`);
    for (const f of report2.suppressed) lines.push(`    ${f.ruleId}  ${term(location(f))}  ${term(f.reason)}`);
  }
  if (report2.checklist.length) {
    h("Before deploying");
    for (const c of report2.checklist.filter((x) => verbose || !x.done)) {
      const refs = refList(labels, c.refs, 8);
      lines.push(`  [${c.done ? "x" : " "}] ${term(c.text)}${refs ? `: ${refs}` : ""}`);
    }
  }
  if (report2.confidenceFactors.length) {
    lines.push("", `Confidence lowered by: ${penaltiesByFactor(report2.confidenceFactors).map(([k, n]) => `${term(k)} −${n}`).join(", ")}`);
    if (verbose) for (const f of report2.confidenceFactors) lines.push(`  -${String(f.penalty).padStart(2)}  ${term(f.detail)}`);
  }
}
function decisionMatrixSection(t) {
  const { report: report2, paint, labels, lines, h } = t;
  h("Decision matrix");
  const statusWord = { ok: "OK", warn: "WARN", fail: "FAIL", unknown: "??" };
  const statusStyle = { ok: "green", warn: "yellow", fail: "red", unknown: "dim" };
  const itemW = Math.max(4, ...report2.decisionMatrix.map((r) => r.item.length));
  for (const r of report2.decisionMatrix) {
    lines.push(
      `  ${term(r.item).padEnd(itemW)}  ${paint(statusWord[r.status].padEnd(4), statusStyle[r.status])}  ${(r.priority === "-" ? "-" : r.priority).padEnd(8)}  ${term(r.action)}${r.refs?.length ? ` → ${refList(labels, r.refs)}` : ""}`
    );
  }
}
function migrationsSection2(t) {
  const { report: report2, paint, lines, h, indent } = t;
  h("Migrations");
  const changed = changedMigrations(report2);
  if (!changed.length) lines.push("  No changed migrations.");
  for (const m of changed) {
    const status = m.couldNotVerify ? `could not verify (line ${m.error?.line ?? "?"}): ${m.couldNotVerify}` : m.applied === "failed" && m.error ? `FAILED at line ${m.error.line}` : APPLY_LABEL[m.applied];
    lines.push(`  ${term(m.file)}  [${m.status}] ${plural2(m.statements, "statement")}, ${paint(status, m.applied === "failed" ? "red" : m.applied === "applied" ? "green" : "dim")}, ${duration(m.durationMs)}${m.transactional ? "" : ", no transaction"}`);
    const locks = lockSummary(m.locks, report2);
    for (const l of [...locks.tables, ...locks.others]) {
      lines.push(`      lock ${l.mode} on ${l.kind === "table" ? "" : `${l.kind} `}${term(l.relation)}${l.heldMs !== void 0 ? ` for ${duration(l.heldMs)}` : ""}`);
    }
    if (locks.newRelations) lines.push(paint(`      + locks on ${plural2(locks.newRelations, "relation")} created here (they block nobody)`, "dim"));
    for (const r of m.rewrites) lines.push(`      rewrite ${term(r)}`);
    if (m.error) {
      lines.push(indent(term(m.error.message), 6));
      if (m.error.detail) lines.push(indent(`DETAIL: ${term(m.error.detail)}`, 6));
      if (m.error.hint) lines.push(indent(`HINT: ${term(m.error.hint)}`, 6));
    }
    if (m.trace?.length) {
      for (const t2 of m.trace) {
        const res = t2.error ? `error: ${term(t2.error.message)}` : t2.skipped ? `skipped: ${term(t2.skipped)}` : "ok";
        lines.push(paint(`      L${t2.line} ${term(t2.kind)} ${duration(t2.durationMs)} ${res}`, "dim"));
      }
    }
  }
  const baseRows = report2.migrations.filter((m) => m.status === "base");
  if (report2.baseHistory?.total) lines.push(`  ${baseHistoryLine(report2.baseHistory, term)}`);
  if (report2.notReviewed?.length) lines.push(`  ${notReviewedLine(report2.notReviewed, term)}`);
  else if (baseRows.length) lines.push(`  Base history: ${plural2(baseRows.length, "migration")} applied first; ${baseRows.filter((m) => m.applied === "failed").length} failed.`);
}
function objectsSection2(t) {
  const { report: report2, lines, h } = t;
  const o = report2.objects;
  if (o.created.length + o.altered.length + o.dropped.length) {
    h("Objects");
    for (const [label, refs] of [["created", o.created], ["altered", o.altered], ["dropped", o.dropped]]) {
      if (!refs.length) continue;
      lines.push(`  ${label} (${refs.length}):`);
      for (const k of [...new Set(refs.map((r) => r.kind))]) {
        lines.push(`    ${k}: ${refs.filter((r) => r.kind === k).map((r) => term(r.name)).join(", ")}`);
      }
    }
  }
}
function riskMatrixSection(t) {
  const { report: report2, labels, lines, h } = t;
  h("Risk matrix");
  for (const r of report2.riskMatrix) {
    lines.push(`  ${RISK_LABEL[r.risk].padEnd(28)} likelihood ${r.likelihood.padEnd(6)} impact ${r.impact.padEnd(8)} ${term(r.mitigation)}${r.refs?.length ? ` → ${refList(labels, r.refs)}` : ""}`);
  }
}
function liveSection2(t) {
  const { report: report2, paint, lines, h, indent } = t;
  h("Live verification");
  if (report2.engine) {
    lines.push(`  Engine: ${term(report2.engine.description)} (${term(report2.engine.reason)}); pgvector ${report2.engine.pgvector ? "yes" : "no"}`);
  } else lines.push("  Not applied to a live database.");
  for (const p of report2.probes) {
    lines.push(`  probe ${term(p.probe)}: ${paint(p.status, p.status === "passed" ? "green" : p.status === "failed" ? "red" : "yellow")}: ${term(p.summary)}`);
    for (const d of p.details ?? []) lines.push(`      ${term(d)}`);
    for (const d of p.notProbed ?? []) lines.push(`      not probed: ${term(d)}`);
  }
  if (report2.validationQueries.length) {
    h("Post-migration validation queries");
    report2.validationQueries.forEach((q, i) => {
      lines.push("", `  -- ${i + 1}. ${term(q.title)}: expect ${term(q.expect)}`, indent(term(q.sql), 2));
    });
  }
}
function findingLines(t, f) {
  const { report: report2, verbose, paint, sevStyle, label, indent } = t;
  const out = [
    `  ${label(f).padEnd(4)} ${paint(f.severity, sevStyle[f.severity])}  ${term(f.title)}`,
    paint(`       ${term(location(f))}:${f.column}  ${f.ruleId}${f.object && !f.title.includes(f.object) && f.object !== location(f) ? `  ${term(f.object)}` : ""}`, "dim")
  ];
  if (verbose) out.push(indent(term(f.message), 7));
  if (f.fix) {
    out.push(`       Fix: ${term(f.fix.description)}`);
    if (f.fix.tool) out.push(`       With ${toolName(report2.layout.id)}: ${term(f.fix.tool)}`);
    if (f.fix.sql) out.push(indent(term(f.fix.sql), 9));
  }
  if (verbose && f.evidence && Object.keys(f.evidence).length) out.push(indent(`Evidence: ${term(evidenceLine(f.evidence, 400))}`, 7));
  if (verbose) out.push(paint(`       docs: ${docLink(report2, f.ruleId)}`, "dim"));
  return out;
}
function groupLines(t, fs5) {
  const { report: report2, verbose, paint, sevStyle, label, indent } = t;
  const f = fs5[0];
  const out = [`  ${paint(f.severity, sevStyle[f.severity])}  ${term(groupTitle(fs5))} (${fs5.length} places)  ${paint(f.ruleId, "dim")}`];
  const ownTitles = new Set(fs5.map((x) => x.title)).size > 1;
  for (const x of fs5) out.push(`    ${label(x).padEnd(4)} ${term(location(x))}:${x.column}${ownTitles ? `  ${term(x.title)}` : x.object ? `  ${term(x.object)}` : ""}`);
  if (verbose) out.push(indent(term(f.message), 7));
  const fix = fs5.find((x) => x.fix)?.fix;
  if (fix) {
    out.push(`       Fix: ${term(fix.description)}`);
    if (fix.tool) out.push(`       With ${toolName(report2.layout.id)}: ${term(fix.tool)}`);
    const sql = groupFixSql(fs5);
    if (sql) out.push(...sql.all ? [] : [`       (for ${term(f.object ?? location(f))}; the others alike)`], indent(term(sql.sql), 9));
  }
  if (verbose) out.push(paint(`       docs: ${docLink(report2, f.ruleId)}`, "dim"));
  return out;
}

// package.json
var package_default = {
  name: "pgreview",
  version: "0.1.0",
  description: "Reviews PostgreSQL migrations like a senior database engineer, and proves it by running them.",
  type: "module",
  license: "MIT",
  bin: {
    pgreview: "bin/pgreview.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc -p tsconfig.json --noEmit && node scripts/bundle.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "npx -y node@24 node_modules/vitest/vitest.mjs run",
    bench: "tsx bench/run.ts",
    "test:node20": "vitest run"
  },
  dependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@electric-sql/pglite": "^0.4.6",
    "@libpg-query/parser": "^17.6.10",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@testcontainers/postgresql": "^12.2.0",
    "libpg-query": "^17.7.3",
    "libpg-query-18": "npm:libpg-query@^18.1.5",
    pg: "^8.23.1",
    "pgsql-deparser": "^17.18.5",
    testcontainers: "^12.2.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@types/node": "^20.19.43",
    "@types/pg": "^8.23.1",
    "@vercel/ncc": "^0.45.0",
    ajv: "^6.15.0",
    micromark: "^4.0.3",
    "micromark-extension-gfm": "^3.0.0",
    "squawk-cli": "2.61.0",
    tsx: "^4.23.15",
    typescript: "~5.9.3",
    vitest: "^3.2.7"
  },
  allowScripts: {
    esbuild: true,
    "@launchql/protobufjs": true,
    "cpu-features": false,
    ssh2: false,
    protobufjs: false
  },
  overrides: {
    rollup: "4.67.4"
  }
};

// src/report/render/json.ts
function renderJson(report2, options2 = {}) {
  return `${JSON.stringify(report2, null, options2.pretty === false ? void 0 : 2)}
`;
}

// src/stats/estimate.ts
var SIZE_SCALED_RULES = {
  "require-concurrent-index-creation": "index-build",
  "adding-primary-key-constraint": "index-build",
  "disallowed-unique-constraint": "index-build",
  "reindex-without-concurrently": "index-build",
  "changing-column-type": "rewrite",
  "adding-field-with-default": "rewrite",
  "ban-vacuum-full-or-cluster": "rewrite",
  "table-rewrite": "rewrite",
  "refresh-matview-without-concurrently": "rewrite",
  "vector-dimension-change": "rewrite",
  "constraint-missing-not-valid": "validation",
  "adding-foreign-key-constraint": "validation",
  "setting-not-null-field": "validation",
  "validate-in-same-transaction": "validation",
  "backfill-with-ddl": "backfill"
};
var SIZE_NOTED_RULES = /* @__PURE__ */ new Set(["lock-on-existing-table", "lock-table-explicit", "require-lock-timeout", "require-concurrent-index-deletion", "detach-partition-without-concurrently"]);
var SIZE_TIERS = [
  { minRows: 1e7, severity: "critical" },
  { minRows: 1e5, severity: "high" },
  { minRows: 1e4, severity: "low" },
  { minRows: 0, severity: "info" }
];
function severityForRows(rows2) {
  return SIZE_TIERS.find((t) => rows2 >= t.minRows).severity;
}
var DEFAULT_US_PER_ROW = {
  "index-build": 0.8,
  rewrite: 2.5,
  validation: 0.15,
  backfill: 10
};
var MIN_CALIBRATION_ROWS = 1e3;
var MIN_WORK_MS = 1;
function estimateDuration(op, relation, rows2, cal, why) {
  const calRows = cal ? cal.tableRows[cal.relation ?? relation] ?? 0 : 0;
  if (cal && calRows >= MIN_CALIBRATION_ROWS) {
    const fixed = Math.min(cal.emptyMs ?? 0, cal.ms / 4);
    const work = cal.ms - fixed;
    if (work >= MIN_WORK_MS) {
      const perRow = work / calRows;
      const growth = op === "index-build" && rows2 > calRows ? Math.log(rows2) / Math.log(calRows) : 1;
      return {
        ms: fixed + perRow * rows2 * growth,
        usPerRow: perRow * 1e3,
        calibrated: true,
        basis: `calibrated on the ${cal.engine} engine: ${fmtMs(cal.ms)} on ${calRows.toLocaleString("en-US")} ${cal.seeded ? "synthetic" : "real"} rows${cal.emptyMs !== void 0 ? `, ${fmtMs(fixed)} on the empty table` : ""} → ${(perRow * 1e3).toFixed(2)} µs/row${growth !== 1 ? `, × ${growth.toFixed(2)} for the sort (n log n)` : ""}`
      };
    }
    why ??= `the rehearsal on ${calRows.toLocaleString("en-US")} rows took too little time to measure a per-row cost`;
  } else if (cal) why ??= `the rehearsal had only ${calRows} rows of ${cal.relation ?? relation}`;
  const us = DEFAULT_US_PER_ROW[op];
  return { ms: us * rows2 / 1e3, usPerRow: us, calibrated: false, basis: `default rate for ${OP_NAME[op]} (${us} µs/row, docs/severity-by-size.md) because ${why ?? "this statement was not timed on data"}` };
}
var OP_NAME = { "index-build": "an index build", rewrite: "a table rewrite", validation: "a constraint validation (full scan)", backfill: "a backfill" };
function fmtMs(ms) {
  if (ms >= 36e5) return `${(ms / 36e5).toFixed(1)} h`;
  if (ms >= 6e4) return `${(ms / 6e4).toFixed(1)} min`;
  if (ms >= 1e3) return `${(ms / 1e3).toFixed(1)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}
function fmtBytes(b) {
  const units2 = ["B", "kB", "MB", "GB", "TB"];
  let i = 0;
  while (b >= 1024 && i < units2.length - 1) {
    b /= 1024;
    i++;
  }
  return `${b >= 10 || i === 0 ? Math.round(b) : b.toFixed(1)} ${units2[i]}`;
}
function rowsOf(f) {
  if (f.reltuples !== null) return { rows: f.reltuples, from: `pg_class.reltuples${f.analyzedAt ? ` as of ${f.analyzedAt.slice(0, 10)}` : ""}` };
  if (f.liveTuples > 0) return { rows: f.liveTuples, from: "pg_stat_all_tables.n_live_tup (never analyzed)" };
  return void 0;
}
var bare = (n) => n.replace(/"/g, "");
function relationFor(f, production) {
  const rels = production.stats.relations;
  const byBare = new Map(Object.keys(rels).map((k) => [bare(k), k]));
  const find = (name) => {
    if (typeof name !== "string" || !name) return void 0;
    const b = bare(name);
    return byBare.get(b) ?? byBare.get(`public.${b}`);
  };
  const candidates = [f.object, f.object?.slice(0, Math.max(0, f.object.lastIndexOf("."))), f.evidence?.relation, f.evidence?.table];
  const idx = typeof f.object === "string" ? production.stats.indexes[f.object] ?? production.stats.indexes[`public.${bare(f.object)}`] : void 0;
  if (idx) candidates.push(idx.table);
  for (const c of candidates) {
    const hit = find(c);
    if (hit) return hit;
  }
  const locks = Array.isArray(f.evidence?.locks) ? f.evidence.locks : [];
  const named = locks.map((l) => find(l.relation)).filter((x) => !!x);
  return named.sort((a, b) => (rels[b].reltuples ?? 0) - (rels[a].reltuples ?? 0))[0];
}
function applyProductionStats(findings, production, calibrations, settings, ruleSeverity, why) {
  for (const f of findings) {
    const op = f.evidence?.unchecked === true ? void 0 : SIZE_SCALED_RULES[f.ruleId];
    if (!op && !SIZE_NOTED_RULES.has(f.ruleId)) continue;
    const relation = relationFor(f, production);
    if (!relation) continue;
    const figures = production.stats.relations[relation];
    const size = rowsOf(figures);
    const ev = {
      relation,
      source: production.source,
      rows: size?.rows ?? null,
      rowsFrom: size?.from ?? "unknown: never analyzed and no live-tuple count",
      totalBytes: figures.totalBytes,
      indexBytes: figures.indexBytes,
      bytesFrom: "pg_class.relpages × block_size (table, TOAST, indexes)"
    };
    const sizeText = size ? `~${size.rows.toLocaleString("en-US")} rows (${size.from}), ${fmtBytes(figures.totalBytes)} with indexes` : `an unknown number of rows (never analyzed), ${fmtBytes(figures.totalBytes)} with indexes`;
    let text = ` In production ${relation} has ${sizeText} (from ${production.source}).`;
    if (op && size) {
      const cal = calibrations.find((c) => c.file === f.file && f.line >= c.line && f.line <= c.endLine);
      const est = estimateDuration(op, relation, size.rows, cal, why ?? (calibrations.length ? "the data-volume rehearsal did not time this statement" : void 0));
      ev.estimate = { operation: op, ms: Math.round(est.ms), usPerRow: Number(est.usPerRow.toFixed(3)), calibrated: est.calibrated, basis: est.basis };
      text += ` Estimated duration of ${OP_NAME[op]} there: ~${fmtMs(est.ms)} (${est.basis}; an estimate, not a measurement).`;
      const bySize = severityForRows(size.rows);
      if (settings.rules[f.ruleId] && settings.rules[f.ruleId] !== "off") {
        text += ` Severity kept as configured for ${f.ruleId}.`;
      } else if (bySize !== f.severity && ruleSeverity(f.ruleId) === f.severity) {
        ev.severity = { bySize, ruleDefault: f.severity, policy: "docs/severity-by-size.md" };
        text += ` Severity ${bySize} by size (was ${f.severity}; docs/severity-by-size.md).`;
        f.severity = bySize;
      }
    }
    f.message += text;
    f.evidence = { ...f.evidence, production: ev };
  }
}
var STATS_REHEARSAL_ROWS = 1e5;
var STATS_REHEARSAL_TIMINGS = 5;

// src/review.ts
var VERSION = package_default.version;
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}
async function review(settings) {
  const t0 = nowMs();
  if (settings.statsUrl && settings.databaseUrl && settings.statsUrl.trim() === settings.databaseUrl.trim() && settings.engine !== "none") {
    throw new Error("the stats URL is also the database URL: pgreview never runs pull request SQL on the database it reads production statistics from. Give the url engine a branch or a copy, or use --engine none.");
  }
  let production;
  const statsNotes = [];
  try {
    if (settings.statsFile || settings.statsUrl) production = await (await import("./chunk-load-JDTUOA6S.js")).loadProductionStats(settings);
  } catch (e) {
    if (settings.statsFile) throw e;
    statsNotes.push({ probe: "production-stats", status: "not-run", summary: `not used: ${e.message}` });
  }
  if (production && settings.rows === void 0) {
    const largest = Math.max(0, ...Object.values(productionRows(production)));
    const { DEFAULT_ROWS } = await import("./chunk-data-volume-AGBOXXMW.js");
    settings = { ...settings, rows: Math.min(STATS_REHEARSAL_ROWS, Math.max(DEFAULT_ROWS, largest)) };
  }
  if (production) settings = { ...settings, rehearsalTimings: settings.rehearsalTimings ?? STATS_REHEARSAL_TIMINGS };
  const set = await planMigrations(settings);
  const sources = await parseMigrationsLoadingGrammar18(set);
  const t1 = nowMs();
  const st = runStatic(settings, set, rules, sources);
  const t2 = nowMs();
  const changed = set.migrations.filter((m) => m.status !== "base");
  const statementsTotal = st.reviewed.length;
  const live = await runLiveStage({ settings, set, sources, staticResult: st, rules, production });
  const t3 = nowMs();
  const noOps = liveNoOps(live.migrations, st.findings);
  const findings = mergeFindings(noOps.kept, live.findings, rules);
  if (production) {
    const ruleSeverity = (id) => rules.find((r) => r.id === id)?.severity;
    applyProductionStats(findings, production, live.calibrations, settings, ruleSeverity, live.ran ? void 0 : `the live stage did not run (${live.skippedReason})`);
    statsNotes.push(productionSummary(production, findings, live.ran));
  }
  const upStatements = /* @__PURE__ */ new Map();
  for (const s of sources) if (s.direction === "up") upStatements.set(s.migration.id, (upStatements.get(s.migration.id) ?? 0) + s.statements.length);
  const migrations = live.migrations.length ? live.migrations : changed.map((m) => ({
    id: m.id,
    file: m.path,
    status: m.status,
    transactional: m.transactional,
    statements: upStatements.get(m.id) ?? 0,
    applied: "not-run",
    locks: [],
    rewrites: []
  }));
  const filesUnparseable = new Set(
    sources.filter((s) => s.migration.status !== "base" && s.direction === "up" && s.errors.length).map((s) => s.source.file)
  ).size;
  const statementsFailedParse = sources.filter((s) => s.migration.status !== "base" && s.direction === "up").reduce((n, s) => n + s.errors.length, 0);
  const report2 = assess({
    settings,
    set,
    findings,
    suppressed: [...st.suppressed, ...live.suppressed, ...noOps.suppressed],
    preset: live.preset?.id ?? (settings.preset ?? (st.supabase ? "supabase" : "plain")),
    migrations,
    objects: live.objects ?? staticObjectChanges(st.reviewed),
    probes: [...live.probes, ...statsNotes],
    engine: live.engine ? { ...live.engine, notes: [...live.engine.notes ?? [], grammarNote(sources), ...noOps.notes] } : live.engine,
    baseHistory: live.baseHistory,
    coverage: {
      statementsTotal: statementsTotal + statementsFailedParse,
      statementsParsed: statementsTotal,
      statementsExecuted: live.statementsExecuted,
      filesUnparseable,
      liveRan: live.ran,
      liveSkippedReason: live.skippedReason,
      probesRun: live.probes.filter((p) => p.status !== "not-run" && p.status !== "not-applicable").length,
      probesNotRun: live.probes.filter((p) => p.status === "not-run").length,
      objectsProbed: live.objectsProbed,
      objectsNotProbed: live.objectsNotProbed,
      engineLimits: relevantEngineLimits(live.engine?.limits ?? [], sources)
    },
    timings: {
      totalMs: Math.round(nowMs() - t0),
      parseMs: Math.round(t1 - t0),
      staticMs: Math.round(t2 - t1),
      liveMs: Math.round(t3 - t2)
    },
    toolVersion: VERSION,
    rollback: live.rollback
  });
  if (live.rollback) report2.rollback = live.rollback;
  return report2;
}
async function runLiveStage(input) {
  if (input.settings.engine === "none") return notRun("static review only (--engine none)");
  await loadParser();
  return (await import("./chunk-review-7CDWLDBC.js")).runLive(input);
}
function productionRows(production) {
  const out = {};
  for (const [name, f] of Object.entries(production.stats.relations)) {
    const r = rowsOf(f);
    if (r) out[name] = r.rows;
  }
  return out;
}
function productionSummary(production, findings, liveRan) {
  const sized = findings.filter((f) => f.evidence?.production);
  const drift = findings.filter((f) => f.ruleId === "schema-drift");
  const s = production.stats;
  return {
    probe: "production-stats",
    status: "passed",
    summary: `figures from ${production.source}: ${Object.keys(s.relations).length} relation(s); ${sized.length} finding(s) carry production sizes; ${liveRan ? `${drift.length} schema drift finding(s)` : "schema drift not checked (needs the live stage)"}`,
    details: [
      `server settings (role defaults of ${s.session.role}): ${Object.entries(s.settings).map(([k, v]) => `${k}=${v.value}${v.unit ?? ""}`).join(", ")}`,
      ...s.writeAccess.length ? [`the stats were collected by a role that can write: ${s.writeAccess.join("; ")}`] : []
    ]
  };
}
function liveNoOps(migrations, staticFindings) {
  const at = /* @__PURE__ */ new Map();
  for (const m of migrations) for (const t of m.trace ?? []) if (t.noOp) at.set(`${m.file}\0${t.line}`, t.noOp);
  if (!at.size) return { kept: staticFindings, suppressed: [], notes: [] };
  const kept = [];
  const suppressed = [];
  for (const f of staticFindings) {
    const why = f.category !== "compatibility" ? at.get(`${f.file}\0${f.line}`) : void 0;
    if (why) suppressed.push({ ...f, reason: `the statement did nothing on the review database: ${why}` });
    else kept.push(f);
  }
  const notes = [];
  let quiet = 0;
  for (const [k, why] of at) {
    const [file, line] = k.split("\0");
    const n = suppressed.filter((f) => f.file === file && String(f.line) === line).length;
    if (n) notes.push(`${file}:${line} did nothing on the review database (${why}): ${n} finding(s) about its effect set aside. If production has objects the migrations do not create, it may act there.`);
    else quiet++;
  }
  if (quiet) notes.push(`${quiet} other IF [NOT] EXISTS statement(s) did nothing on the review database.`);
  return { kept, suppressed, notes };
}
function mergeFindings(staticFindings, liveFindings, registry = []) {
  const key2 = (f) => `${f.ruleId}\0${f.file}\0${f.object ?? ""}`;
  const merged = staticFindings.map((f) => ({ ...f }));
  const byKey = new Map(merged.map((f) => [key2(f), f]));
  const confirms = new Map(registry.filter((r) => r.phase === "live" && r.confirms?.length).map((r) => [r.id, new Set(r.confirms)]));
  const worse = (a, b) => SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
  const out = [];
  for (const l of liveFindings) {
    const same = byKey.get(key2(l));
    if (same) {
      Object.assign(same, { phase: "live", severity: worse(l.severity, same.severity), evidence: { ...same.evidence, ...l.evidence } });
      continue;
    }
    const ids = confirms.get(l.ruleId);
    const table2 = l.object;
    const targets = ids && table2 ? merged.filter((f) => ids.has(f.ruleId) && (f.object === table2 || f.object?.startsWith(`${table2}.`))) : [];
    if (targets.length === 0) {
      out.push(l);
      continue;
    }
    for (const t of targets) {
      t.phase = "live";
      t.severity = worse(l.severity, t.severity);
      t.message = `${t.message} Confirmed live (${l.ruleId}): ${l.message}`;
      t.evidence = { ...t.evidence, [l.ruleId]: l.evidence ?? l.message };
    }
  }
  return [...merged, ...out].sort(compareFindings);
}
var VECTOR_WORDS = new RegExp(`\\b(${[...EXTENSION_OBJECTS.vector.types ?? [], ...EXTENSION_OBJECTS.vector.methods ?? []].join("|")})\\b`, "i");
function relevantEngineLimits(limits, sources) {
  if (!limits.length) return limits;
  const changedSql = sources.filter((s) => s.migration.status !== "base").map((s) => s.source.text);
  const usesVector = changedSql.some((t) => VECTOR_WORDS.test(t));
  return limits.filter((l) => usesVector || !/pgvector|\bvector\b/i.test(l));
}
function sarifOptions() {
  return { rules: rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, category: r.category, phase: r.phase })) };
}
function renderReport(report2, format, opts = {}) {
  switch (format) {
    case "markdown":
      return renderMarkdown(report2);
    case "json":
      return renderJson(report2);
    case "sarif":
      return renderSarif(report2, sarifOptions());
    default:
      return renderText(report2, { color: !!opts.color, verbose: !!opts.verbose });
  }
}
function exitCodeFor(report2, failOn, failOnInconclusive = false) {
  if (report2.verdict === "fail") return 1;
  if (report2.verdict === "inconclusive") {
    if (failOnInconclusive) return 1;
    return report2.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn] && f.ruleId !== "migration-failed") ? 1 : 0;
  }
  if (report2.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) return 1;
  return 0;
}

// src/config.ts
var fs4 = __toESM(require_node_fs(), 1);
var path5 = __toESM(require_node_path(), 1);
var LAYOUTS = ["supabase", "prisma", "drizzle", "golang-migrate", "dbmate", "flyway", "diesel", "postgres-migrations", "popx", "plain"];
var PRESETS = ["supabase", "neon", "plain"];
var ENGINES = ["auto", "pglite", "docker", "local", "url", "none"];
var FORMATS = ["text", "markdown", "json", "sarif"];
var CONFIG_NAMES = [".pgreview.yml", ".pgreview.yaml"];
var ConfigError = class extends Error {
  constructor(message, file) {
    super(`${file}: ${message}`);
    this.file = file;
    this.name = "ConfigError";
  }
  file;
};
var KEYS = ["layout", "preset", "paths", "pgVersion", "exposedSchemas", "failOn", "rules", "exclude", "engine", "engineFallback", "postgresImage", "rows", "expectedRows", "stats", "docsUrl", "failOnInconclusive"];
function oneOf(file, key2, v, allowed) {
  if (typeof v !== "string" || !allowed.includes(v)) {
    throw new ConfigError(`${key2}: ${JSON.stringify(v)} is not allowed; use one of ${allowed.join(", ")}`, file);
  }
  return v;
}
function stringList(file, key2, v) {
  const list2 = typeof v === "string" ? [v] : v;
  if (!Array.isArray(list2) || !list2.every((x) => typeof x === "string" && x.trim() !== "")) {
    throw new ConfigError(`${key2}: expected a list of strings, got ${JSON.stringify(v)}`, file);
  }
  return list2.map((x) => x.trim());
}
function positiveInt(file, key2, v, min, max2) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max2) {
    throw new ConfigError(`${key2}: expected a whole number from ${min} to ${max2}, got ${JSON.stringify(v)}`, file);
  }
  return v;
}
function plainObject(file, key2, v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    throw new ConfigError(`${key2}: expected a mapping (key: value lines), got ${JSON.stringify(v)}`, file);
  }
  return v;
}
function validateConfig(raw, file) {
  const cfg = { path: file };
  if (raw === null || raw === void 0) return cfg;
  const obj = plainObject(file, "the file", raw);
  const base = path5.dirname(file);
  for (const [key2, v] of Object.entries(obj)) {
    if (!KEYS.includes(key2)) {
      throw new ConfigError(`unknown key "${key2}"; known keys are ${KEYS.join(", ")}`, file);
    }
    if (v === null || v === void 0) continue;
    switch (key2) {
      case "layout":
        cfg.layout = oneOf(file, key2, v, LAYOUTS);
        break;
      case "preset":
        cfg.preset = oneOf(file, key2, v, PRESETS);
        break;
      case "engine":
        cfg.engine = oneOf(file, key2, v, ENGINES);
        break;
      case "engineFallback":
        if (typeof v !== "boolean") throw new ConfigError(`engineFallback: expected true or false, got ${JSON.stringify(v)}`, file);
        cfg.engineFallback = v;
        break;
      case "postgresImage":
        if (typeof v !== "string" || !/^[\w][\w.\-/:@]*$/.test(v.trim())) throw new ConfigError(`postgresImage: expected an image reference such as pgvector/pgvector:pg17, got ${JSON.stringify(v)}`, file);
        cfg.postgresImage = v.trim();
        break;
      case "failOn":
        cfg.failOn = oneOf(file, key2, v, SEVERITIES);
        break;
      case "paths":
        cfg.paths = stringList(file, key2, v).map((p) => path5.resolve(base, p));
        break;
      case "exclude":
        cfg.exclude = stringList(file, key2, v);
        break;
      case "exposedSchemas":
        cfg.exposedSchemas = stringList(file, key2, v);
        break;
      case "pgVersion": {
        const n = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v;
        cfg.pgVersion = positiveInt(file, key2, n, 10, 99);
        break;
      }
      case "rows":
        cfg.rows = positiveInt(file, key2, v, 0, 1e8);
        break;
      case "docsUrl":
        if (typeof v !== "string" || !/^https?:\/\/\S+$/.test(v)) throw new ConfigError(`docsUrl: expected an http(s) URL, got ${JSON.stringify(v)}`, file);
        cfg.docsUrl = v.endsWith("/") ? v : `${v}/`;
        break;
      case "failOnInconclusive":
        if (typeof v !== "boolean") throw new ConfigError(`failOnInconclusive: expected true or false, got ${JSON.stringify(v)}`, file);
        cfg.failOnInconclusive = v;
        break;
      case "rules": {
        const rules2 = {};
        for (const [id, sev] of Object.entries(plainObject(file, key2, v))) {
          if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new ConfigError(`rules: "${id}" is not a rule id (lowercase words joined by dashes)`, file);
          const value = sev === false ? "off" : sev;
          rules2[id] = oneOf(file, `rules.${id}`, value, ["off", ...SEVERITIES]);
        }
        cfg.rules = rules2;
        break;
      }
      case "stats": {
        if (typeof v !== "string" || !v.trim()) throw new ConfigError(`stats: expected the path of a stats file (pgreview stats --output), got ${JSON.stringify(v)}`, file);
        cfg.stats = path5.resolve(base, v.trim());
        break;
      }
      case "expectedRows": {
        const rows2 = {};
        for (const [table2, n] of Object.entries(plainObject(file, key2, v))) rows2[table2] = positiveInt(file, `expectedRows.${table2}`, n, 0, Number.MAX_SAFE_INTEGER);
        cfg.expectedRows = rows2;
        break;
      }
    }
  }
  return cfg;
}
async function loadConfig(dir, explicitPath) {
  let file;
  if (explicitPath) {
    file = path5.resolve(dir, explicitPath);
    if (!fs4.existsSync(file)) throw new ConfigError("config file not found", file);
  } else {
    file = CONFIG_NAMES.map((n) => path5.join(dir, n)).find((f) => fs4.existsSync(f));
    if (!file) return {};
  }
  let text;
  try {
    text = fs4.readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read: ${e.message}`, file);
  }
  const { default: yaml } = await import("./chunk-dist-MY75RCTS.js");
  let raw;
  try {
    raw = yaml.parse(text, { uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    throw new ConfigError(`not valid YAML: ${e.message.split("\n")[0]}`, file);
  }
  return validateConfig(raw, file);
}
function defaultSettings(partial = {}) {
  const dir = path5.resolve(partial.dir ?? process.cwd());
  return {
    ...partial,
    dir,
    repoRoot: path5.resolve(partial.repoRoot ?? dir),
    engine: partial.engine ?? "auto",
    failOn: partial.failOn ?? "critical",
    format: partial.format ?? "text",
    pgVersion: partial.pgVersion ?? 17,
    pgVersionSet: partial.pgVersionSet ?? partial.pgVersion !== void 0,
    rules: partial.rules ?? {},
    exclude: partial.exclude ?? [],
    statementTimeoutMs: partial.statementTimeoutMs ?? 3e4,
    totalTimeoutMs: partial.totalTimeoutMs ?? 6e5,
    docsBase: partial.docsBase ?? defaultDocsBase()
  };
}
function ownPackage() {
  try {
    return JSON.parse(fs4.readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  } catch {
    return void 0;
  }
}
function repositoryUrl(repository) {
  const raw = typeof repository === "string" ? repository : repository?.url;
  if (!raw) return void 0;
  const short = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (short) return `https://github.com/${short[1].replace(/\.git$/, "")}`;
  const m = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(raw);
  return m ? `https://${m[1]}/${m[2]}` : void 0;
}
function defaultDocsBase(env = process.env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/$/, "");
  const refPath = (ref) => encodeURIComponent(ref).replace(/%2F/g, "/");
  if (env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF) {
    return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${refPath(env.GITHUB_ACTION_REF)}/rules/`;
  }
  if (env.GITHUB_ACTION_PATH && env.GITHUB_WORKSPACE && env.GITHUB_REPOSITORY && env.GITHUB_SHA && path5.resolve(env.GITHUB_ACTION_PATH) === path5.resolve(env.GITHUB_WORKSPACE)) {
    return `${server}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/rules/`;
  }
  const pkg = ownPackage();
  const repo = repositoryUrl(pkg?.repository);
  if (repo && pkg?.version) return `${repo}/blob/v${pkg.version}/rules/`;
  return new URL("../rules/", import.meta.url).href;
}
function applyConfig(partial, config) {
  if (!config) return defaultSettings(partial);
  const merged = {
    layout: config.layout,
    preset: config.preset,
    pgVersion: config.pgVersion,
    exposedSchemas: config.exposedSchemas,
    failOn: config.failOn,
    engine: config.engine,
    engineFallback: config.engineFallback,
    postgresImage: config.postgresImage,
    rows: config.rows,
    expectedRows: config.expectedRows,
    statsFile: config.stats,
    docsBase: config.docsUrl,
    failOnInconclusive: config.failOnInconclusive,
    dir: config.paths?.[0],
    // The config file sits at the repository root by convention.
    repoRoot: config.path ? path5.dirname(config.path) : void 0
  };
  for (const [k, v] of Object.entries(partial)) if (v !== void 0) merged[k] = v;
  merged.rules = { ...config.rules ?? {}, ...partial.rules ?? {} };
  merged.exclude = [...config.exclude ?? [], ...partial.exclude ?? []];
  if (config.path) merged.configPath = config.path;
  for (const k of Object.keys(merged)) if (merged[k] === void 0) delete merged[k];
  return defaultSettings(merged);
}

export {
  childProcess,
  parseArgs,
  rules,
  COMMENT_MARKER,
  renderMarkdown,
  toSarif,
  VERSION,
  review,
  sarifOptions,
  renderReport,
  exitCodeFor,
  LAYOUTS,
  PRESETS,
  ENGINES,
  FORMATS,
  loadConfig,
  applyConfig
};
