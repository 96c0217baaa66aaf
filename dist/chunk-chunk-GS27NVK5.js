// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  require_dist
} from "./chunk-chunk-NB7L5SV3.js";
import {
  MAX_IDENTIFIER_BYTES,
  columnConstraints,
  columnRefs,
  createScreenContext,
  defElem,
  defElemString,
  defaultExpr,
  describeCapabilities,
  displayName,
  displayNamesIn,
  funcCalls,
  isLiteralTrue,
  isSerial,
  isVolatileDefault,
  listName,
  rangeVarName,
  require_wasm,
  require_wasm2,
  roleNames,
  screenStatement,
  strings,
  typeInfo,
  unresolvedExecutes,
  walk
} from "./chunk-chunk-H3UXUU6V.js";
import {
  cannotRunInTransaction,
  transactionControl
} from "./chunk-chunk-XIXJAQR7.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-chunk-2XJHPNLA.js";

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports) {
    "use strict";
    exports.parse = function(source2, transform) {
      return new ArrayParser(source2, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source2, transform) {
        this.source = source2;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry;
        if (this.recorded.length > 0 || includeEmpty) {
          entry = this.recorded.join("");
          if (entry === "NULL" && !includeEmpty) {
            entry = null;
          }
          if (entry !== null) entry = this.transform(entry);
          this.entries.push(entry);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports, module) {
    var array = require_postgres_array();
    module.exports = {
      create: function(source2, transform) {
        return {
          parse: function() {
            return array.parse(source2, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports, module) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches = DATE_TIME.exec(isoDate);
      if (!matches) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches[8];
      var year = parseInt(matches[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var hour = parseInt(matches[4], 10);
      var minute = parseInt(matches[5], 10);
      var second = parseInt(matches[6], 10);
      var ms = matches[7];
      ms = ms ? 1e3 * parseFloat(ms) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches = DATE.exec(isoDate);
      if (!matches) {
        return;
      }
      var year = parseInt(matches[1], 10);
      var isBC = !!matches[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num) {
      return num >= 0 && num < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports, module) {
    module.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source2 = arguments[i];
        for (var key2 in source2) {
          if (hasOwnProperty.call(source2, key2)) {
            target[key2] = source2[key2];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports, module) {
    "use strict";
    var extend = require_mutable();
    module.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse(interval) {
      if (!interval) return {};
      var matches = INTERVAL.exec(interval);
      var isNegative = matches[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports, module) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports, module) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string) {
      return parseInt(string, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry) {
        return parseBigInteger(entry).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parsePoint(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseFloat(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseDate(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseInterval(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports, module) {
    "use strict";
    var BASE = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE;
        return sign + digits + result;
      }
    }
    module.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports, module) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count = dimension.shift();
          for (i2 = 0; i2 < count; i2++) {
            array[i2] = parse(dimension, elementType2);
          }
          dimension.unshift(count);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse(dims, elementType);
    };
    var parseText = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports, module) {
    module.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports.getTypeParser = getTypeParser;
    exports.setTypeParser = setTypeParser;
    exports.arrayParser = arrayParser;
    exports.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports, module) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils = __commonJS({
  "node_modules/pg/lib/utils.js"(exports, module) {
    "use strict";
    var defaults2 = require_defaults();
    var nodeUtils = __require("util");
    var { isDate } = __require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults2.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier2 = function(str2) {
      return '"' + str2.replace(/"/g, '""') + '"';
    };
    var escapeLiteral2 = function(str2) {
      let hasBackslash = false;
      let escaped = "'";
      if (str2 == null) {
        return "''";
      }
      if (typeof str2 !== "string") {
        return "''";
      }
      for (let i = 0; i < str2.length; i++) {
        const c = str2[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier: escapeIdentifier2,
      escapeLiteral: escapeLiteral2
    };
  }
});

// node_modules/pg/lib/crypto/utils.js
var require_utils2 = __commonJS({
  "node_modules/pg/lib/crypto/utils.js"(exports, module) {
    var nodeCrypto = __require("crypto");
    module.exports = {
      postgresMd5PasswordHash,
      randomBytes: randomBytes2,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes2(length) {
      return webCrypto.getRandomValues(Buffer.alloc(length));
    }
    async function md5(string) {
      try {
        return nodeCrypto.createHash("md5").update(string, "utf-8").digest("hex");
      } catch (e) {
        const data = typeof string === "string" ? textEncoder.encode(string) : string;
        const hash = await subtleCrypto.digest("MD5", data);
        return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    async function postgresMd5PasswordHash(user, password, salt) {
      const inner = await md5(password + user);
      const outer = await md5(Buffer.concat([Buffer.from(inner), salt]));
      return "md5" + outer;
    }
    async function sha256(text) {
      return await subtleCrypto.digest("SHA-256", text);
    }
    async function hashByName(hashName, text) {
      return await subtleCrypto.digest(hashName, text);
    }
    async function hmacSha256(keyBuffer, msg) {
      const key2 = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key2, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt, iterations) {
      const key2 = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
      return await subtleCrypto.deriveBits(params, key2, 32 * 8, ["deriveBits"]);
    }
  }
});

// node_modules/pg/lib/crypto/cert-signatures.js
var require_cert_signatures = __commonJS({
  "node_modules/pg/lib/crypto/cert-signatures.js"(exports, module) {
    function x509Error(msg, cert) {
      return new Error("SASL channel binding: " + msg + " when parsing public certificate " + cert.toString("base64"));
    }
    function readASN1Length(data, index) {
      let length = data[index++];
      if (length < 128) return { length, index };
      const lengthBytes = length & 127;
      if (lengthBytes > 4) throw x509Error("bad length", data);
      length = 0;
      for (let i = 0; i < lengthBytes; i++) {
        length = length << 8 | data[index++];
      }
      return { length, index };
    }
    function readASN1OID(data, index) {
      if (data[index++] !== 6) throw x509Error("non-OID data", data);
      const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index);
      index = indexAfterOIDLength;
      const lastIndex = index + OIDLength;
      const byte1 = data[index++];
      let oid = (byte1 / 40 >> 0) + "." + byte1 % 40;
      while (index < lastIndex) {
        let value = 0;
        while (index < lastIndex) {
          const nextByte = data[index++];
          value = value << 7 | nextByte & 127;
          if (nextByte < 128) break;
        }
        oid += "." + value;
      }
      return { oid, index };
    }
    function expectASN1Seq(data, index) {
      if (data[index++] !== 48) throw x509Error("non-sequence data", data);
      return readASN1Length(data, index);
    }
    function signatureAlgorithmHashFromCertificate(data, index) {
      if (index === void 0) index = 0;
      index = expectASN1Seq(data, index).index;
      const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index);
      index = indexAfterCertInfoLength + certInfoLength;
      index = expectASN1Seq(data, index).index;
      const { oid, index: indexAfterOID } = readASN1OID(data, index);
      switch (oid) {
        // RSA
        case "1.2.840.113549.1.1.4":
          return "MD5";
        case "1.2.840.113549.1.1.5":
          return "SHA-1";
        case "1.2.840.113549.1.1.11":
          return "SHA-256";
        case "1.2.840.113549.1.1.12":
          return "SHA-384";
        case "1.2.840.113549.1.1.13":
          return "SHA-512";
        case "1.2.840.113549.1.1.14":
          return "SHA-224";
        case "1.2.840.113549.1.1.15":
          return "SHA512-224";
        case "1.2.840.113549.1.1.16":
          return "SHA512-256";
        // ECDSA
        case "1.2.840.10045.4.1":
          return "SHA-1";
        case "1.2.840.10045.4.3.1":
          return "SHA-224";
        case "1.2.840.10045.4.3.2":
          return "SHA-256";
        case "1.2.840.10045.4.3.3":
          return "SHA-384";
        case "1.2.840.10045.4.3.4":
          return "SHA-512";
        // RSASSA-PSS: hash is indicated separately
        case "1.2.840.113549.1.1.10": {
          index = indexAfterOID;
          index = expectASN1Seq(data, index).index;
          if (data[index++] !== 160) throw x509Error("non-tag data", data);
          index = readASN1Length(data, index).index;
          index = expectASN1Seq(data, index).index;
          const { oid: hashOID } = readASN1OID(data, index);
          switch (hashOID) {
            // standalone hash OIDs
            case "1.2.840.113549.2.5":
              return "MD5";
            case "1.3.14.3.2.26":
              return "SHA-1";
            case "2.16.840.1.101.3.4.2.1":
              return "SHA-256";
            case "2.16.840.1.101.3.4.2.2":
              return "SHA-384";
            case "2.16.840.1.101.3.4.2.3":
              return "SHA-512";
          }
          throw x509Error("unknown hash OID " + hashOID, data);
        }
        // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
        case "1.3.101.110":
        case "1.3.101.112":
          return "SHA-512";
        // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
        case "1.3.101.111":
        case "1.3.101.113":
          throw x509Error("Ed448 certificate channel binding is not currently supported by Postgres");
      }
      throw x509Error("unknown OID " + oid, data);
    }
    module.exports = { signatureAlgorithmHashFromCertificate };
  }
});

// node_modules/pg/lib/crypto/sasl.js
var require_sasl = __commonJS({
  "node_modules/pg/lib/crypto/sasl.js"(exports, module) {
    "use strict";
    var crypto = require_utils2();
    var { signatureAlgorithmHashFromCertificate } = require_cert_signatures();
    function saslprep(password) {
      const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
      const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
      return password.replace(nonAsciiSpace, " ").replace(mappedToNothing, "").normalize("NFKC");
    }
    var DEFAULT_MAX_SCRAM_ITERATIONS = 1e5;
    function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
      const candidates = ["SCRAM-SHA-256"];
      if (stream) candidates.unshift("SCRAM-SHA-256-PLUS");
      const mechanism = candidates.find((candidate) => mechanisms.includes(candidate));
      if (!mechanism) {
        throw new Error("SASL: Only mechanism(s) " + candidates.join(" and ") + " are supported");
      }
      if (mechanism === "SCRAM-SHA-256-PLUS" && typeof stream.getPeerCertificate !== "function") {
        throw new Error("SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate");
      }
      const clientNonce = crypto.randomBytes(18).toString("base64");
      const gs2Header = mechanism === "SCRAM-SHA-256-PLUS" ? "p=tls-server-end-point" : stream ? "y" : "n";
      return {
        mechanism,
        clientNonce,
        response: gs2Header + ",,n=*,r=" + clientNonce,
        message: "SASLInitialResponse",
        scramMaxIterations
      };
    }
    async function continueSession(session, password, serverData, stream) {
      if (session.message !== "SASLInitialResponse") {
        throw new Error("SASL: Last message was not SASLInitialResponse");
      }
      if (typeof password !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string");
      }
      if (password === "") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string");
      }
      const sv = parseServerFirstMessage(serverData);
      if (!sv.nonce.startsWith(session.clientNonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce");
      } else if (sv.nonce.length === session.clientNonce.length) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short");
      }
      const scramMaxIterations = typeof session.scramMaxIterations === "number" ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS;
      if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
        throw new Error(
          "SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count " + sv.iteration + " exceeds scramMaxIterations of " + scramMaxIterations
        );
      }
      const clientFirstMessageBare = "n=*,r=" + session.clientNonce;
      const serverFirstMessage = "r=" + sv.nonce + ",s=" + sv.salt + ",i=" + sv.iteration;
      let channelBinding = stream ? "eSws" : "biws";
      if (session.mechanism === "SCRAM-SHA-256-PLUS") {
        const peerCert = stream.getPeerCertificate().raw;
        let hashName = signatureAlgorithmHashFromCertificate(peerCert);
        if (hashName === "MD5" || hashName === "SHA-1") hashName = "SHA-256";
        const certHash = await crypto.hashByName(hashName, peerCert);
        const bindingData = Buffer.concat([Buffer.from("p=tls-server-end-point,,"), Buffer.from(certHash)]);
        channelBinding = bindingData.toString("base64");
      }
      const clientFinalMessageWithoutProof = "c=" + channelBinding + ",r=" + sv.nonce;
      const authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalMessageWithoutProof;
      const saltBytes = Buffer.from(sv.salt, "base64");
      const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration);
      const clientKey = await crypto.hmacSha256(saltedPassword, "Client Key");
      const storedKey = await crypto.sha256(clientKey);
      const clientSignature = await crypto.hmacSha256(storedKey, authMessage);
      const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString("base64");
      const serverKey = await crypto.hmacSha256(saltedPassword, "Server Key");
      const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage);
      session.message = "SASLResponse";
      session.serverSignature = Buffer.from(serverSignatureBytes).toString("base64");
      session.response = clientFinalMessageWithoutProof + ",p=" + clientProof;
    }
    function finalizeSession(session, serverData) {
      if (session.message !== "SASLResponse") {
        throw new Error("SASL: Last message was not SASLResponse");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string");
      }
      const { serverSignature } = parseServerFinalMessage(serverData);
      if (serverSignature !== session.serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match");
      }
    }
    function isPrintableChars(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: text must be a string");
      }
      return text.split("").map((_, i) => text.charCodeAt(i)).every((c) => c >= 33 && c <= 43 || c >= 45 && c <= 126);
    }
    function isBase64(text) {
      return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text);
    }
    function parseAttributePairs(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: attribute pairs text must be a string");
      }
      return new Map(
        text.split(",").map((attrValue) => {
          if (!/^.=/.test(attrValue)) {
            throw new Error("SASL: Invalid attribute pair entry");
          }
          const name = attrValue[0];
          const value = attrValue.substring(2);
          return [name, value];
        })
      );
    }
    function parseServerFirstMessage(data) {
      const attrPairs = parseAttributePairs(data);
      const nonce = attrPairs.get("r");
      if (!nonce) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing");
      } else if (!isPrintableChars(nonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters");
      }
      const salt = attrPairs.get("s");
      if (!salt) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing");
      } else if (!isBase64(salt)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64");
      }
      const iterationText = attrPairs.get("i");
      if (!iterationText) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing");
      } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count");
      }
      const iteration = parseInt(iterationText, 10);
      return {
        nonce,
        salt,
        iteration
      };
    }
    function parseServerFinalMessage(serverData) {
      const attrPairs = parseAttributePairs(serverData);
      const error = attrPairs.get("e");
      const serverSignature = attrPairs.get("v");
      if (error) {
        throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`);
      }
      if (!serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing");
      } else if (!isBase64(serverSignature)) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64");
      }
      return {
        serverSignature
      };
    }
    function xorBuffers(a, b) {
      if (!Buffer.isBuffer(a)) {
        throw new TypeError("first argument must be a Buffer");
      }
      if (!Buffer.isBuffer(b)) {
        throw new TypeError("second argument must be a Buffer");
      }
      if (a.length !== b.length) {
        throw new Error("Buffer lengths must match");
      }
      if (a.length === 0) {
        throw new Error("Buffers cannot be empty");
      }
      return Buffer.from(a.map((_, i) => a[i] ^ b[i]));
    }
    module.exports = {
      startSession,
      continueSession,
      finalizeSession,
      DEFAULT_MAX_SCRAM_ITERATIONS
    };
  }
});

// node_modules/pg/lib/type-overrides.js
var require_type_overrides = __commonJS({
  "node_modules/pg/lib/type-overrides.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    function TypeOverrides2(userTypes) {
      this._types = userTypes || types2;
      this.text = {};
      this.binary = {};
    }
    TypeOverrides2.prototype.getOverrides = function(format) {
      switch (format) {
        case "text":
          return this.text;
        case "binary":
          return this.binary;
        default:
          return {};
      }
    };
    TypeOverrides2.prototype.setTypeParser = function(oid, format, parseFn) {
      if (typeof format === "function") {
        parseFn = format;
        format = "text";
      }
      this.getOverrides(format)[oid] = parseFn;
    };
    TypeOverrides2.prototype.getTypeParser = function(oid, format) {
      format = format || "text";
      return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format);
    };
    module.exports = TypeOverrides2;
  }
});

// node_modules/pg-connection-string/index.js
var require_pg_connection_string = __commonJS({
  "node_modules/pg-connection-string/index.js"(exports, module) {
    "use strict";
    function parse(str2, options2 = {}) {
      if (str2.charAt(0) === "/") {
        const config2 = str2.split(" ");
        return { host: config2[0], database: config2[1] };
      }
      const config = /* @__PURE__ */ Object.create(null);
      let result;
      let dummyHost = false;
      if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str2)) {
        str2 = encodeURI(str2).replace(/%25(\d\d)/g, "%$1");
      }
      try {
        try {
          result = new URL(str2, "postgres://base");
        } catch (e) {
          result = new URL(str2.replace("@/", "@___DUMMY___/"), "postgres://base");
          dummyHost = true;
        }
      } catch (err) {
        err.input && (err.input = "*****REDACTED*****");
        throw err;
      }
      for (const entry of result.searchParams.entries()) {
        config[entry[0]] = entry[1];
      }
      config.user = config.user || decodeURIComponent(result.username);
      config.password = config.password || decodeURIComponent(result.password);
      if (result.protocol == "socket:") {
        config.host = decodeURI(result.pathname);
        config.database = result.searchParams.get("db");
        config.client_encoding = result.searchParams.get("encoding");
        return config;
      }
      const hostname = (dummyHost ? "" : result.hostname).replace(/^\[(.+)\]$/, "$1");
      if (!config.host) {
        config.host = decodeURIComponent(hostname);
      } else if (hostname && /^%2f/i.test(hostname)) {
        result.pathname = hostname + result.pathname;
      }
      if (!config.port) {
        config.port = result.port;
      }
      const pathname = result.pathname.slice(1) || null;
      config.database = pathname ? decodeURI(pathname) : null;
      if (config.ssl === "true" || config.ssl === "1") {
        config.ssl = true;
      }
      if (config.ssl === "0") {
        config.ssl = false;
      }
      if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
        config.ssl = {};
      }
      if (config.sslnegotiation === "direct" && config.ssl === void 0) {
        config.ssl = true;
      }
      const fs5 = config.sslcert || config.sslkey || config.sslrootcert ? __require("fs") : null;
      if (config.sslcert) {
        config.ssl.cert = fs5.readFileSync(config.sslcert).toString();
      }
      if (config.sslkey) {
        config.ssl.key = fs5.readFileSync(config.sslkey).toString();
      }
      if (config.sslrootcert) {
        config.ssl.ca = fs5.readFileSync(config.sslrootcert).toString();
      }
      if (options2.useLibpqCompat && config.uselibpqcompat) {
        throw new Error("Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.");
      }
      if (config.uselibpqcompat === "true" || options2.useLibpqCompat) {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
          case "require": {
            if (config.sslrootcert) {
              config.ssl.checkServerIdentity = function() {
              };
            } else {
              config.ssl.rejectUnauthorized = false;
            }
            break;
          }
          case "verify-ca": {
            if (!config.ssl.ca) {
              throw new Error(
                "SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security."
              );
            }
            config.ssl.checkServerIdentity = function() {
            };
            break;
          }
          case "verify-full": {
            break;
          }
        }
      } else {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer":
          case "require":
          case "verify-ca":
          case "verify-full": {
            if (config.sslmode !== "verify-full") {
              deprecatedSslModeWarning(config.sslmode);
            }
            break;
          }
          case "no-verify": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
        }
      }
      return config;
    }
    function toConnectionOptions(sslConfig) {
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key2, value]) => {
        if (value !== void 0 && value !== null) {
          c[key2] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key2, value]) => {
        if (key2 === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key2] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key2] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key2 === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key2}: ${value}`);
              }
              c[key2] = v;
            }
          } else {
            c[key2] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str2) {
      return toClientConfig(parse(str2));
    }
    function deprecatedSslModeWarning(sslmode) {
      if (!deprecatedSslModeWarning.warned && typeof process !== "undefined" && process.emitWarning) {
        deprecatedSslModeWarning.warned = true;
        process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`);
      }
    }
    module.exports = parse;
    parse.parse = parse;
    parse.toClientConfig = toClientConfig;
    parse.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports, module) {
    "use strict";
    var dns = __require("dns");
    var defaults2 = require_defaults();
    var parse = require_pg_connection_string().parse;
    var val = function(key2, config, envVar) {
      if (config[key2]) {
        return config[key2];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key2.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults2[key2];
    };
    var readSSLConfigFromEnvironment = function() {
      switch (process.env.PGSSLMODE) {
        case "disable":
          return false;
        case "prefer":
        case "require":
        case "verify-ca":
        case "verify-full":
          return true;
        case "no-verify":
          return { rejectUnauthorized: false };
      }
      return defaults2.ssl;
    };
    var quoteParamValue = function(value) {
      return "'" + ("" + value).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    };
    var add2 = function(params, config, paramName) {
      const value = config[paramName];
      if (value !== void 0 && value !== null) {
        params.push(paramName + "=" + quoteParamValue(value));
      }
    };
    var ConnectionParameters = class {
      constructor(config) {
        config = typeof config === "string" ? parse(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse(config.connectionString));
        }
        this.user = val("user", config);
        this.database = val("database", config);
        if (this.database === void 0) {
          this.database = this.user;
        }
        this.port = parseInt(val("port", config), 10);
        this.host = val("host", config);
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: val("password", config)
        });
        this.binary = val("binary", config);
        this.options = val("options", config);
        this.ssl = typeof config.ssl === "undefined" ? readSSLConfigFromEnvironment() : config.ssl;
        if (typeof this.ssl === "string") {
          if (this.ssl === "true") {
            this.ssl = true;
          }
        }
        if (this.ssl === "no-verify") {
          this.ssl = { rejectUnauthorized: false };
        }
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this.sslnegotiation = val("sslnegotiation", config, "PGSSLNEGOTIATION");
        if (this.sslnegotiation !== void 0 && this.sslnegotiation !== "postgres" && this.sslnegotiation !== "direct") {
          throw new Error(
            `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
          );
        }
        if (this.sslnegotiation === "direct" && !this.ssl) {
          throw new Error("sslnegotiation=direct requires SSL to be enabled");
        }
        this.client_encoding = val("client_encoding", config);
        this.replication = val("replication", config);
        this.isDomainSocket = !(this.host || "").indexOf("/");
        this.application_name = val("application_name", config, "PGAPPNAME");
        this.fallback_application_name = val("fallback_application_name", config, false);
        this.statement_timeout = val("statement_timeout", config, false);
        this.lock_timeout = val("lock_timeout", config, false);
        this.idle_in_transaction_session_timeout = val("idle_in_transaction_session_timeout", config, false);
        this.query_timeout = val("query_timeout", config, false);
        if (config.connectionTimeoutMillis === void 0) {
          this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0;
        } else {
          this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1e3);
        }
        if (config.keepAlive === false) {
          this.keepalives = 0;
        } else if (config.keepAlive === true) {
          this.keepalives = 1;
        }
        if (typeof config.keepAliveInitialDelayMillis === "number") {
          this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1e3);
        }
      }
      getLibpqConnectionString(cb) {
        const params = [];
        add2(params, this, "user");
        add2(params, this, "password");
        add2(params, this, "port");
        add2(params, this, "application_name");
        add2(params, this, "fallback_application_name");
        add2(params, this, "connect_timeout");
        add2(params, this, "options");
        const ssl = typeof this.ssl === "object" ? this.ssl : this.ssl ? { sslmode: this.ssl } : {};
        add2(params, ssl, "sslmode");
        add2(params, ssl, "sslca");
        add2(params, ssl, "sslkey");
        add2(params, ssl, "sslcert");
        add2(params, ssl, "sslrootcert");
        add2(params, this, "sslnegotiation");
        if (this.database) {
          params.push("dbname=" + quoteParamValue(this.database));
        }
        if (this.replication) {
          params.push("replication=" + quoteParamValue(this.replication));
        }
        if (this.host) {
          params.push("host=" + quoteParamValue(this.host));
        }
        if (this.isDomainSocket) {
          return cb(null, params.join(" "));
        }
        if (this.client_encoding) {
          params.push("client_encoding=" + quoteParamValue(this.client_encoding));
        }
        dns.lookup(this.host, function(err, address) {
          if (err) return cb(err, null);
          params.push("hostaddr=" + quoteParamValue(address));
          return cb(null, params.join(" "));
        });
      }
    };
    module.exports = ConnectionParameters;
  }
});

// node_modules/pg/lib/result.js
var require_result = __commonJS({
  "node_modules/pg/lib/result.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    var matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/;
    var Result2 = class {
      constructor(rowMode, types3) {
        this.command = null;
        this.rowCount = null;
        this.oid = null;
        this.rows = [];
        this.fields = [];
        this._parsers = void 0;
        this._types = types3;
        this.RowCtor = null;
        this.rowAsArray = rowMode === "array";
        if (this.rowAsArray) {
          this.parseRow = this._parseRowAsArray;
        }
        this._prebuiltEmptyResultObject = null;
      }
      // adds a command complete message
      addCommandComplete(msg) {
        let match;
        if (msg.text) {
          match = matchRegexp.exec(msg.text);
        } else {
          match = matchRegexp.exec(msg.command);
        }
        if (match) {
          this.command = match[1];
          if (match[3]) {
            this.oid = parseInt(match[2], 10);
            this.rowCount = parseInt(match[3], 10);
          } else if (match[2]) {
            this.rowCount = parseInt(match[2], 10);
          }
        }
      }
      _parseRowAsArray(rowData) {
        const row = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row[i] = this._parsers[i](rawValue);
          } else {
            row[i] = null;
          }
        }
        return row;
      }
      parseRow(rowData) {
        const row = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row[field] = this._parsers[i](v);
          } else {
            row[field] = null;
          }
        }
        return row;
      }
      addRow(row) {
        this.rows.push(row);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row };
      }
    };
    module.exports = Result2;
  }
});

// node_modules/pg/lib/query.js
var require_query = __commonJS({
  "node_modules/pg/lib/query.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("events");
    var Result2 = require_result();
    var utils = require_utils();
    var Query2 = class extends EventEmitter {
      constructor(config, values, callback) {
        super();
        config = utils.normalizeQueryConfig(config, values, callback);
        this.text = config.text;
        this.values = config.values;
        this.rows = config.rows;
        this.types = config.types;
        this.name = config.name;
        this.queryMode = config.queryMode;
        this.binary = config.binary;
        this.portal = config.portal || "";
        this.callback = config.callback;
        this._rowMode = config.rowMode;
        if (process.domain && config.callback) {
          this.callback = process.domain.bind(config.callback);
        }
        this._result = new Result2(this._rowMode, this.types);
        this._results = this._result;
        this._canceledDueToError = false;
      }
      requiresPreparation() {
        if (this.queryMode === "extended") {
          return true;
        }
        if (this.name) {
          return true;
        }
        if (this.rows) {
          return true;
        }
        if (!this.text) {
          return false;
        }
        if (!this.values) {
          return false;
        }
        return this.values.length > 0;
      }
      _checkForMultirow() {
        if (this._result.command) {
          if (!Array.isArray(this._results)) {
            this._results = [this._result];
          }
          this._result = new Result2(this._rowMode, this._result._types);
          this._results.push(this._result);
        }
      }
      // associates row metadata from the supplied
      // message with this query object
      // metadata used when parsing row results
      handleRowDescription(msg) {
        this._checkForMultirow();
        this._result.addFields(msg.fields);
        this._accumulateRows = this.callback || !this.listeners("row").length;
      }
      handleDataRow(msg) {
        let row;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row);
        }
      }
      handleCommandComplete(msg, connection) {
        this._checkForMultirow();
        this._result.addCommandComplete(msg);
        if (this.rows) {
          connection.sync();
        }
      }
      // if a named prepared statement is created with empty query text
      // the backend will send an emptyQuery message but *not* a command complete message
      // since we pipeline sync immediately after execute we don't need to do anything here
      // unless we have rows specified, in which case we did not pipeline the initial sync call
      handleEmptyQuery(connection) {
        if (this.rows) {
          connection.sync();
        }
      }
      handleError(err, connection) {
        if (this._canceledDueToError) {
          err = this._canceledDueToError;
          this._canceledDueToError = false;
        }
        if (this.callback) {
          return this.callback(err);
        }
        this.emit("error", err);
      }
      handleReadyForQuery(con) {
        if (this._canceledDueToError) {
          return this.handleError(this._canceledDueToError, con);
        }
        if (this.callback) {
          try {
            this.callback(null, this._results);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
          }
        }
        this.emit("end", this._results);
      }
      submit(connection) {
        if (typeof this.text !== "string" && typeof this.name !== "string") {
          return new Error("A query must have either text or a name. Supplying neither is unsupported.");
        }
        const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name];
        if (this.text && previous && this.text !== previous) {
          return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
        }
        if (this.values && !Array.isArray(this.values)) {
          return new Error("Query values must be an array");
        }
        if (this.requiresPreparation()) {
          connection.stream.cork && connection.stream.cork();
          try {
            this.prepare(connection);
          } finally {
            connection.stream.uncork && connection.stream.uncork();
          }
        } else {
          connection.query(this.text);
        }
        return null;
      }
      hasBeenParsed(connection) {
        return this.name && (connection.parsedStatements[this.name] !== void 0 || connection.submittedNamedStatements[this.name] !== void 0);
      }
      handlePortalSuspended(connection) {
        this._getRows(connection, this.rows);
      }
      _getRows(connection, rows2) {
        connection.execute({
          portal: this.portal,
          rows: rows2
        });
        if (!rows2) {
          connection.sync();
        } else {
          connection.flush();
        }
      }
      // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
      prepare(connection) {
        if (!this.hasBeenParsed(connection)) {
          connection.parse({
            text: this.text,
            name: this.name,
            types: this.types
          });
          if (this.name) {
            connection.submittedNamedStatements[this.name] = this.text;
          }
        }
        try {
          connection.bind({
            portal: this.portal,
            statement: this.name,
            values: this.values,
            binary: this.binary,
            valueMapper: utils.prepareValue
          });
        } catch (err) {
          connection.close({ type: "S", name: this.name });
          connection.sync();
          this.handleError(err, connection);
          return;
        }
        connection.describe({
          type: "P",
          name: this.portal || ""
        });
        this._getRows(connection, this.rows);
      }
      handleCopyInResponse(connection) {
        connection.sendCopyFail("No source stream defined");
      }
      handleCopyData(msg, connection) {
      }
    };
    module.exports = Query2;
  }
});

// node_modules/pg-protocol/dist/messages.js
var require_messages = __commonJS({
  "node_modules/pg-protocol/dist/messages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
    exports.parseComplete = {
      name: "parseComplete",
      length: 5
    };
    exports.bindComplete = {
      name: "bindComplete",
      length: 5
    };
    exports.closeComplete = {
      name: "closeComplete",
      length: 5
    };
    exports.noData = {
      name: "noData",
      length: 5
    };
    exports.portalSuspended = {
      name: "portalSuspended",
      length: 5
    };
    exports.replicationStart = {
      name: "replicationStart",
      length: 4
    };
    exports.emptyQuery = {
      name: "emptyQuery",
      length: 4
    };
    exports.copyDone = {
      name: "copyDone",
      length: 4
    };
    var DatabaseError2 = class extends Error {
      constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
      }
    };
    exports.DatabaseError = DatabaseError2;
    var CopyDataMessage = class {
      constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = "copyData";
      }
    };
    exports.CopyDataMessage = CopyDataMessage;
    var CopyResponse = class {
      constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
      }
    };
    exports.CopyResponse = CopyResponse;
    var Field = class {
      constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
      }
    };
    exports.Field = Field;
    var RowDescriptionMessage = class {
      constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = "rowDescription";
        this.fields = new Array(this.fieldCount);
      }
    };
    exports.RowDescriptionMessage = RowDescriptionMessage;
    var ParameterDescriptionMessage = class {
      constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = "parameterDescription";
        this.dataTypeIDs = new Array(this.parameterCount);
      }
    };
    exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
    var ParameterStatusMessage = class {
      constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = "parameterStatus";
      }
    };
    exports.ParameterStatusMessage = ParameterStatusMessage;
    var AuthenticationMD5Password = class {
      constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = "authenticationMD5Password";
      }
    };
    exports.AuthenticationMD5Password = AuthenticationMD5Password;
    var BackendKeyDataMessage = class {
      constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = "backendKeyData";
      }
    };
    exports.BackendKeyDataMessage = BackendKeyDataMessage;
    var NotificationResponseMessage = class {
      constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = "notification";
      }
    };
    exports.NotificationResponseMessage = NotificationResponseMessage;
    var ReadyForQueryMessage = class {
      constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = "readyForQuery";
      }
    };
    exports.ReadyForQueryMessage = ReadyForQueryMessage;
    var CommandCompleteMessage = class {
      constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = "commandComplete";
      }
    };
    exports.CommandCompleteMessage = CommandCompleteMessage;
    var DataRowMessage = class {
      constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = "dataRow";
        this.fieldCount = fields.length;
      }
    };
    exports.DataRowMessage = DataRowMessage;
    var NoticeMessage = class {
      constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = "notice";
      }
    };
    exports.NoticeMessage = NoticeMessage;
  }
});

// node_modules/pg-protocol/dist/buffer-writer.js
var require_buffer_writer = __commonJS({
  "node_modules/pg-protocol/dist/buffer-writer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Writer = void 0;
    var Writer = class {
      constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
      }
      ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
          const oldBuffer = this.buffer;
          const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
          this.buffer = Buffer.allocUnsafe(newSize);
          oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
      }
      addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = num >>> 24 & 255;
        this.buffer[this.offset++] = num >>> 16 & 255;
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addCString(string) {
        if (!string) {
          this.ensure(1);
        } else {
          const len = Buffer.byteLength(string);
          this.ensure(len + 1);
          this.buffer.write(string, this.offset, "utf-8");
          this.offset += len;
        }
        this.buffer[this.offset++] = 0;
        return this;
      }
      addString(string = "") {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
      }
      // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
      // bytes. Postgres' Bind wire format prefixes every parameter with its length,
      // and doing it in one method computes Buffer.byteLength ONCE — the previous
      // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
      // three times (byteLength for the prefix, byteLength again inside addString,
      // then the encode), which is costly for large text parameters.
      addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = len >>> 24 & 255;
        buffer[offset++] = len >>> 16 & 255;
        buffer[offset++] = len >>> 8 & 255;
        buffer[offset++] = len >>> 0 & 255;
        buffer.write(string, offset, "utf-8");
        this.offset = offset + len;
        return this;
      }
      add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
      }
      /**
       * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
       */
      reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
      }
      join(code2) {
        if (code2) {
          this.buffer[this.headerPosition] = code2;
          const length = this.offset - (this.headerPosition + 1);
          this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code2 ? 0 : 5, this.offset);
      }
      flush(code2) {
        const result = this.join(code2);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
      }
      clear() {
        this.offset = 5;
        this.headerPosition = 0;
      }
    };
    exports.Writer = Writer;
  }
});

// node_modules/pg-protocol/dist/serializer.js
var require_serializer = __commonJS({
  "node_modules/pg-protocol/dist/serializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.serialize = void 0;
    var buffer_writer_1 = require_buffer_writer();
    var writer = new buffer_writer_1.Writer();
    var startup = (opts) => {
      writer.addInt16(3).addInt16(0);
      for (const key2 of Object.keys(opts)) {
        writer.addCString(key2).addCString(opts[key2]);
      }
      writer.addCString("client_encoding").addCString("UTF8");
      const bodyBuffer = writer.addCString("").flush();
      const length = bodyBuffer.length + 4;
      return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
    };
    var requestSsl = () => {
      const response = Buffer.allocUnsafe(8);
      response.writeInt32BE(8, 0);
      response.writeInt32BE(80877103, 4);
      return response;
    };
    var password = (password2) => {
      return writer.addCString(password2).flush(
        112
        /* code.startup */
      );
    };
    var sendSASLInitialResponseMessage = function(mechanism, initialResponse) {
      writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
      return writer.flush(
        112
        /* code.startup */
      );
    };
    var sendSCRAMClientFinalMessage = function(additionalData) {
      return writer.addString(additionalData).flush(
        112
        /* code.startup */
      );
    };
    var query = (text) => {
      return writer.addCString(text).flush(
        81
        /* code.query */
      );
    };
    var emptyArray = [];
    var parse = (query2) => {
      const name = query2.name || "";
      if (name.length > 63) {
        console.error("Warning! Postgres only supports 63 characters for query names.");
        console.error("You supplied %s (%s)", name, name.length);
        console.error("This can cause conflicts and silent errors executing queries");
      }
      const types2 = query2.types || emptyArray;
      const len = types2.length;
      const buffer = writer.addCString(name).addCString(query2.text).addInt16(len);
      for (let i = 0; i < len; i++) {
        buffer.addInt32(types2[i]);
      }
      return writer.flush(
        80
        /* code.parse */
      );
    };
    var writeValues = function(values, valueMapper, formatsOffset) {
      const len = values.length;
      for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0;
        if (mappedVal == null) {
          writer.addInt32(-1);
        } else if (mappedVal instanceof Buffer) {
          formatByte = 1;
          writer.addInt32(mappedVal.length);
          writer.add(mappedVal);
        } else {
          writer.addInt32PrefixedString(mappedVal);
        }
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
      }
    };
    var bind = (config = {}) => {
      const portal = config.portal || "";
      const statement = config.statement || "";
      const binary = config.binary || false;
      const values = config.values || emptyArray;
      const len = values.length;
      writer.addCString(portal).addCString(statement);
      writer.addInt16(len);
      const formatsOffset = writer.reserveUnsafe(len * 2);
      writer.addInt16(len);
      try {
        writeValues(values, config.valueMapper, formatsOffset);
      } catch (err) {
        writer.clear();
        throw err;
      }
      writer.addInt16(1);
      writer.addInt16(
        binary ? 1 : 0
        /* ParamType.STRING */
      );
      return writer.flush(
        66
        /* code.bind */
      );
    };
    var emptyExecute = Buffer.from([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
    var execute = (config) => {
      if (!config || !config.portal && !config.rows) {
        return emptyExecute;
      }
      const portal = config.portal || "";
      const rows2 = config.rows || 0;
      const portalLength = Buffer.byteLength(portal);
      const len = 4 + portalLength + 1 + 4;
      const buff = Buffer.allocUnsafe(1 + len);
      buff[0] = 69;
      buff.writeInt32BE(len, 1);
      buff.write(portal, 5, "utf-8");
      buff[portalLength + 5] = 0;
      buff.writeUInt32BE(rows2, buff.length - 4);
      return buff;
    };
    var cancel = (processID, secretKey) => {
      const buffer = Buffer.allocUnsafe(16);
      buffer.writeInt32BE(16, 0);
      buffer.writeInt16BE(1234, 4);
      buffer.writeInt16BE(5678, 6);
      buffer.writeInt32BE(processID, 8);
      buffer.writeInt32BE(secretKey, 12);
      return buffer;
    };
    var cstringMessage = (code2, string) => {
      const stringLen = Buffer.byteLength(string);
      const len = 4 + stringLen + 1;
      const buffer = Buffer.allocUnsafe(1 + len);
      buffer[0] = code2;
      buffer.writeInt32BE(len, 1);
      buffer.write(string, 5, "utf-8");
      buffer[len] = 0;
      return buffer;
    };
    var emptyDescribePortal = writer.addCString("P").flush(
      68
      /* code.describe */
    );
    var emptyDescribeStatement = writer.addCString("S").flush(
      68
      /* code.describe */
    );
    var describe2 = (msg) => {
      return msg.name ? cstringMessage(68, `${msg.type}${msg.name || ""}`) : msg.type === "P" ? emptyDescribePortal : emptyDescribeStatement;
    };
    var close = (msg) => {
      const text = `${msg.type}${msg.name || ""}`;
      return cstringMessage(67, text);
    };
    var copyData = (chunk) => {
      return writer.add(chunk).flush(
        100
        /* code.copyFromChunk */
      );
    };
    var copyFail = (message) => {
      return cstringMessage(102, message);
    };
    var codeOnlyBuffer = (code2) => Buffer.from([code2, 0, 0, 0, 4]);
    var flushBuffer = codeOnlyBuffer(
      72
      /* code.flush */
    );
    var syncBuffer = codeOnlyBuffer(
      83
      /* code.sync */
    );
    var endBuffer = codeOnlyBuffer(
      88
      /* code.end */
    );
    var copyDoneBuffer = codeOnlyBuffer(
      99
      /* code.copyDone */
    );
    var serialize = {
      startup,
      password,
      requestSsl,
      sendSASLInitialResponseMessage,
      sendSCRAMClientFinalMessage,
      query,
      parse,
      bind,
      execute,
      describe: describe2,
      close,
      flush: () => flushBuffer,
      sync: () => syncBuffer,
      end: () => endBuffer,
      copyData,
      copyDone: () => copyDoneBuffer,
      copyFail,
      cancel
    };
    exports.serialize = serialize;
  }
});

// node_modules/pg-protocol/dist/buffer-reader.js
var require_buffer_reader = __commonJS({
  "node_modules/pg-protocol/dist/buffer-reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BufferReader = void 0;
    var BufferReader = class {
      constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        this.encoding = "utf-8";
      }
      setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
      }
      int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
      }
      byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
      }
      int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
      cstring() {
        const start = this.offset;
        let end = start;
        while (this.buffer[end++]) {
        }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
      }
      bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
    };
    exports.BufferReader = BufferReader;
  }
});

// node_modules/pg-protocol/dist/parser.js
var require_parser = __commonJS({
  "node_modules/pg-protocol/dist/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var messages_1 = require_messages();
    var buffer_reader_1 = require_buffer_reader();
    var CODE_LENGTH = 1;
    var LEN_LENGTH = 4;
    var HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
    var LATEINIT_LENGTH = -1;
    var emptyBuffer = Buffer.allocUnsafe(0);
    var Parser = class {
      constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === "binary") {
          throw new Error("Binary mode not supported yet");
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || "text";
      }
      parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
          const code2 = this.buffer[offset];
          const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
          const fullMessageLength = CODE_LENGTH + length;
          if (fullMessageLength + offset <= bufferFullLength) {
            const message = this.handlePacket(offset + HEADER_LENGTH, code2, length, this.buffer);
            callback(message);
            offset += fullMessageLength;
          } else {
            break;
          }
        }
        if (offset === bufferFullLength) {
          this.buffer = emptyBuffer;
          this.bufferLength = 0;
          this.bufferOffset = 0;
        } else {
          this.bufferLength = bufferFullLength - offset;
          this.bufferOffset = offset;
        }
      }
      mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
          const newLength = this.bufferLength + buffer.byteLength;
          const newFullLength = newLength + this.bufferOffset;
          if (newFullLength > this.buffer.byteLength) {
            let newBuffer;
            if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
              newBuffer = this.buffer;
            } else {
              let newBufferLength = this.buffer.byteLength * 2;
              while (newLength >= newBufferLength) {
                newBufferLength *= 2;
              }
              newBuffer = Buffer.allocUnsafe(newBufferLength);
            }
            this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
            this.buffer = newBuffer;
            this.bufferOffset = 0;
          }
          buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
          this.bufferLength = newLength;
        } else {
          this.buffer = buffer;
          this.bufferOffset = 0;
          this.bufferLength = buffer.byteLength;
        }
      }
      handlePacket(offset, code2, length, bytes) {
        const { reader } = this;
        reader.setBuffer(offset, bytes);
        let message;
        switch (code2) {
          case 50:
            message = messages_1.bindComplete;
            break;
          case 49:
            message = messages_1.parseComplete;
            break;
          case 51:
            message = messages_1.closeComplete;
            break;
          case 110:
            message = messages_1.noData;
            break;
          case 115:
            message = messages_1.portalSuspended;
            break;
          case 99:
            message = messages_1.copyDone;
            break;
          case 87:
            message = messages_1.replicationStart;
            break;
          case 73:
            message = messages_1.emptyQuery;
            break;
          case 68:
            message = parseDataRowMessage(reader);
            break;
          case 67:
            message = parseCommandCompleteMessage(reader);
            break;
          case 90:
            message = parseReadyForQueryMessage(reader);
            break;
          case 65:
            message = parseNotificationMessage(reader);
            break;
          case 82:
            message = parseAuthenticationResponse(reader, length);
            break;
          case 83:
            message = parseParameterStatusMessage(reader);
            break;
          case 75:
            message = parseBackendKeyData(reader);
            break;
          case 69:
            message = parseErrorMessage(reader, "error");
            break;
          case 78:
            message = parseErrorMessage(reader, "notice");
            break;
          case 84:
            message = parseRowDescriptionMessage(reader);
            break;
          case 116:
            message = parseParameterDescriptionMessage(reader);
            break;
          case 71:
            message = parseCopyInMessage(reader);
            break;
          case 72:
            message = parseCopyOutMessage(reader);
            break;
          case 100:
            message = parseCopyData(reader, length);
            break;
          default:
            return new messages_1.DatabaseError("received invalid response: " + code2.toString(16), length, "error");
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
      }
    };
    exports.Parser = Parser;
    var parseReadyForQueryMessage = (reader) => {
      const status = reader.string(1);
      return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
    };
    var parseCommandCompleteMessage = (reader) => {
      const text = reader.cstring();
      return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
    };
    var parseCopyData = (reader, length) => {
      const chunk = reader.bytes(length - 4);
      return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
    };
    var parseCopyInMessage = (reader) => parseCopyMessage(reader, "copyInResponse");
    var parseCopyOutMessage = (reader) => parseCopyMessage(reader, "copyOutResponse");
    var parseCopyMessage = (reader, messageName) => {
      const isBinary = reader.byte() !== 0;
      const columnCount = reader.int16();
      const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
      for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
      }
      return message;
    };
    var parseNotificationMessage = (reader) => {
      const processId = reader.int32();
      const channel = reader.cstring();
      const payload = reader.cstring();
      return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
    };
    var parseRowDescriptionMessage = (reader) => {
      const fieldCount = reader.int16();
      const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
      }
      return message;
    };
    var parseField = (reader) => {
      const name = reader.cstring();
      const tableID = reader.uint32();
      const columnID = reader.int16();
      const dataTypeID = reader.uint32();
      const dataTypeSize = reader.int16();
      const dataTypeModifier = reader.int32();
      const mode = reader.int16() === 0 ? "text" : "binary";
      return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
    };
    var parseParameterDescriptionMessage = (reader) => {
      const parameterCount = reader.int16();
      const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
      for (let i = 0; i < parameterCount; i++) {
        message.dataTypeIDs[i] = reader.uint32();
      }
      return message;
    };
    var parseDataRowMessage = (reader) => {
      const fieldCount = reader.int16();
      const fields = new Array(fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        fields[i] = len === -1 ? null : reader.string(len);
      }
      return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
    };
    var parseParameterStatusMessage = (reader) => {
      const name = reader.cstring();
      const value = reader.cstring();
      return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
    };
    var parseBackendKeyData = (reader) => {
      const processID = reader.int32();
      const secretKey = reader.int32();
      return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
    };
    var parseAuthenticationResponse = (reader, length) => {
      const code2 = reader.int32();
      const message = {
        name: "authenticationOk",
        length
      };
      switch (code2) {
        case 0:
          break;
        case 3:
          if (message.length === 8) {
            message.name = "authenticationCleartextPassword";
          }
          break;
        case 5:
          if (message.length === 12) {
            message.name = "authenticationMD5Password";
            const salt = reader.bytes(4);
            return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
          }
          break;
        case 10:
          {
            message.name = "authenticationSASL";
            message.mechanisms = [];
            let mechanism;
            do {
              mechanism = reader.cstring();
              if (mechanism) {
                message.mechanisms.push(mechanism);
              }
            } while (mechanism);
          }
          break;
        case 11:
          message.name = "authenticationSASLContinue";
          message.data = reader.string(length - 8);
          break;
        case 12:
          message.name = "authenticationSASLFinal";
          message.data = reader.string(length - 8);
          break;
        default:
          throw new Error("Unknown authenticationOk message type " + code2);
      }
      return message;
    };
    var parseErrorMessage = (reader, name) => {
      const fields = {};
      let fieldType = reader.string(1);
      while (fieldType !== "\0") {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
      }
      const messageValue = fields.M;
      const message = name === "notice" ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue) : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
      message.severity = fields.S;
      message.code = fields.C;
      message.detail = fields.D;
      message.hint = fields.H;
      message.position = fields.P;
      message.internalPosition = fields.p;
      message.internalQuery = fields.q;
      message.where = fields.W;
      message.schema = fields.s;
      message.table = fields.t;
      message.column = fields.c;
      message.dataType = fields.d;
      message.constraint = fields.n;
      message.file = fields.F;
      message.line = fields.L;
      message.routine = fields.R;
      return message;
    };
  }
});

// node_modules/pg-protocol/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/pg-protocol/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DatabaseError = exports.serialize = void 0;
    exports.parse = parse;
    var messages_1 = require_messages();
    Object.defineProperty(exports, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser();
    function parse(stream, callback) {
      const parser = new parser_1.Parser();
      stream.on("data", (buffer) => parser.parse(buffer, callback));
      return new Promise((resolve3) => stream.on("end", () => resolve3()));
    }
  }
});

// node_modules/pg-cloudflare/dist/empty.js
var require_empty = __commonJS({
  "node_modules/pg-cloudflare/dist/empty.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = {};
  }
});

// node_modules/pg/lib/stream.js
var require_stream = __commonJS({
  "node_modules/pg/lib/stream.js"(exports, module) {
    var { getStream, getSecureStream } = getStreamFuncs();
    module.exports = {
      /**
       * Get a socket stream compatible with the current runtime environment.
       * @returns {Duplex}
       */
      getStream,
      /**
       * Get a TLS secured socket, compatible with the current environment,
       * using the socket and other settings given in `options`.
       * @returns {Duplex}
       */
      getSecureStream
    };
    function getNodejsStreamFuncs() {
      function getStream2(ssl) {
        const net2 = __require("net");
        return new net2.Socket();
      }
      function getSecureStream2(options2) {
        const tls = __require("tls");
        return tls.connect(options2);
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function getCloudflareStreamFuncs() {
      function getStream2(ssl) {
        const { CloudflareSocket } = require_empty();
        return new CloudflareSocket(ssl);
      }
      function getSecureStream2(options2) {
        options2.socket.startTls(options2);
        return options2.socket;
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function isCloudflareRuntime() {
      if (typeof navigator === "object" && navigator !== null && typeof navigator.userAgent === "string") {
        return navigator.userAgent === "Cloudflare-Workers";
      }
      if (typeof Response === "function") {
        const resp = new Response(null, { cf: { thing: true } });
        if (typeof resp.cf === "object" && resp.cf !== null && resp.cf.thing) {
          return true;
        }
      }
      return false;
    }
    function getStreamFuncs() {
      if (isCloudflareRuntime()) {
        return getCloudflareStreamFuncs();
      }
      return getNodejsStreamFuncs();
    }
  }
});

// node_modules/pg/lib/connection.js
var require_connection = __commonJS({
  "node_modules/pg/lib/connection.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var { parse, serialize } = require_dist2();
    var stream = require_stream();
    var { getStream } = stream;
    var flushBuffer = serialize.flush();
    var syncBuffer = serialize.sync();
    var endBuffer = serialize.end();
    var Connection2 = class extends EventEmitter {
      constructor(config) {
        super();
        config = config || {};
        this.stream = config.stream || getStream(config.ssl);
        if (typeof this.stream === "function") {
          this.stream = this.stream(config);
        }
        this._keepAlive = config.keepAlive;
        this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis;
        this.parsedStatements = {};
        this.submittedNamedStatements = {};
        this.ssl = config.ssl || false;
        this.sslNegotiation = config.sslNegotiation || "postgres";
        this._ending = false;
        this._emitMessage = false;
        const self = this;
        this.on("newListener", function(eventName) {
          if (eventName === "message") {
            self._emitMessage = true;
          }
        });
      }
      connect(port, host) {
        const self = this;
        this._connecting = true;
        this.stream.setNoDelay(true);
        this.stream.connect(port, host);
        this.stream.once("connect", function() {
          if (self._keepAlive) {
            self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis);
          }
          self.emit("connect");
        });
        const reportStreamError = function(error) {
          if (self._ending && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
            return;
          }
          self.emit("error", error);
        };
        this.stream.on("error", reportStreamError);
        this.stream.on("close", function() {
          self.emit("end");
        });
        if (!this.ssl) {
          return this.attachListeners(this.stream);
        }
        if (this.sslNegotiation === "direct") {
          return this.stream.once("connect", function() {
            self.upgradeToSSL(host, reportStreamError);
          });
        }
        this.stream.once("data", function(buffer) {
          const responseCode = buffer.toString("utf8");
          switch (responseCode) {
            case "S":
              break;
            case "N":
              self.stream.end();
              return self.emit("error", new Error("The server does not support SSL connections"));
            default:
              self.stream.end();
              return self.emit("error", new Error("There was an error establishing an SSL connection"));
          }
          self.upgradeToSSL(host, reportStreamError);
        });
      }
      upgradeToSSL(host, reportStreamError) {
        const self = this;
        const options2 = {
          socket: self.stream,
          // tls.connect checks the server identity against `servername`, falling
          // back to `host` and then to 'localhost'. `servername` must stay unset
          // for IP addresses (see below), so `host` is needed to keep certificate
          // validation working when connecting to an IP address.
          host
        };
        if (self.ssl !== true) {
          Object.assign(options2, self.ssl);
          if ("key" in self.ssl) {
            options2.key = self.ssl.key;
          }
        }
        if (self.sslNegotiation === "direct") {
          options2.ALPNProtocols = ["postgresql"];
        }
        const net2 = __require("net");
        if (net2.isIP && net2.isIP(host) === 0) {
          options2.servername = host;
        }
        try {
          self.stream = stream.getSecureStream(options2);
        } catch (err) {
          return self.emit("error", err);
        }
        self.attachListeners(self.stream);
        self.stream.on("error", reportStreamError);
        self.emit("sslconnect");
      }
      attachListeners(stream2) {
        parse(stream2, (msg) => {
          const eventName = msg.name === "error" ? "errorMessage" : msg.name;
          if (this._emitMessage) {
            this.emit("message", msg);
          }
          this.emit(eventName, msg);
        });
      }
      requestSsl() {
        this.stream.write(serialize.requestSsl());
      }
      startup(config) {
        this.stream.write(serialize.startup(config));
      }
      cancel(processID, secretKey) {
        this._send(serialize.cancel(processID, secretKey));
      }
      password(password) {
        this._send(serialize.password(password));
      }
      sendSASLInitialResponseMessage(mechanism, initialResponse) {
        this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
      }
      sendSCRAMClientFinalMessage(additionalData) {
        this._send(serialize.sendSCRAMClientFinalMessage(additionalData));
      }
      _send(buffer) {
        if (!this.stream.writable) {
          return false;
        }
        return this.stream.write(buffer);
      }
      query(text) {
        this._send(serialize.query(text));
      }
      // send parse message
      parse(query) {
        this._send(serialize.parse(query));
      }
      // send bind message
      bind(config) {
        this._send(serialize.bind(config));
      }
      // send execute message
      execute(config) {
        this._send(serialize.execute(config));
      }
      flush() {
        if (this.stream.writable) {
          this.stream.write(flushBuffer);
        }
      }
      sync() {
        this._send(syncBuffer);
      }
      ref() {
        this.stream.ref();
      }
      unref() {
        this.stream.unref();
      }
      end() {
        this._ending = true;
        if (!this._connecting || !this.stream.writable) {
          this.stream.end();
          return;
        }
        return this.stream.write(endBuffer, () => {
          this.stream.end();
        });
      }
      close(msg) {
        this._send(serialize.close(msg));
      }
      describe(msg) {
        this._send(serialize.describe(msg));
      }
      sendCopyFromChunk(chunk) {
        this._send(serialize.copyData(chunk));
      }
      endCopyFrom() {
        this._send(serialize.copyDone());
      }
      sendCopyFail(msg) {
        this._send(serialize.copyFail(msg));
      }
    };
    module.exports = Connection2;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports, module) {
    "use strict";
    var { Transform } = __require("stream");
    var { StringDecoder } = __require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list2;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list2 = buf.split(this.matcher);
        if (list2.length === 1) return cb();
        list2.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list2 = this[kLast].split(this.matcher);
      }
      this[kLast] = list2.pop();
      for (let i = 0; i < list2.length; i++) {
        try {
          push(this, this.mapper(list2[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self, val) {
      if (val !== void 0) {
        self.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options2) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options2 = options2 || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options2 = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options2 = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options2 = mapper;
            mapper = noop;
          }
      }
      options2 = Object.assign({}, options2);
      options2.autoDestroy = true;
      options2.transform = transform;
      options2.flush = flush;
      options2.readableObjectMode = true;
      const stream = new Transform(options2);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options2.maxLength;
      stream.skipOverflow = options2.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module.exports = split;
  }
});

// node_modules/pgpass/lib/helper.js
var require_helper = __commonJS({
  "node_modules/pgpass/lib/helper.js"(exports, module) {
    "use strict";
    var path12 = __require("path");
    var Stream = __require("stream").Stream;
    var split = require_split2();
    var util = __require("util");
    var defaultPort = 5432;
    var isWin = process.platform === "win32";
    var warnStream = process.stderr;
    var S_IRWXG = 56;
    var S_IRWXO = 7;
    var S_IFMT = 61440;
    var S_IFREG = 32768;
    function isRegFile(mode) {
      return (mode & S_IFMT) == S_IFREG;
    }
    var fieldNames = ["host", "port", "database", "user", "password"];
    var nrOfFields = fieldNames.length;
    var passKey = fieldNames[nrOfFields - 1];
    function warn() {
      var isWritable = warnStream instanceof Stream && true === warnStream.writable;
      if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write(util.format.apply(util, args));
      }
    }
    Object.defineProperty(module.exports, "isWin", {
      get: function() {
        return isWin;
      },
      set: function(val) {
        isWin = val;
      }
    });
    module.exports.warnTo = function(stream) {
      var old = warnStream;
      warnStream = stream;
      return old;
    };
    module.exports.getFileName = function(rawEnv) {
      var env = rawEnv || process.env;
      var file = env.PGPASSFILE || (isWin ? path12.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path12.join(env.HOME || "./", ".pgpass"));
      return file;
    };
    module.exports.usePgPass = function(stats, fname) {
      if (Object.prototype.hasOwnProperty.call(process.env, "PGPASSWORD")) {
        return false;
      }
      if (isWin) {
        return true;
      }
      fname = fname || "<unkn>";
      if (!isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
      }
      if (stats.mode & (S_IRWXG | S_IRWXO)) {
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
      }
      return true;
    };
    var matcher = module.exports.match = function(connInfo, entry) {
      return fieldNames.slice(0, -1).reduce(function(prev, field, idx) {
        if (idx == 1) {
          if (Number(connInfo[field] || defaultPort) === Number(entry[field])) {
            return prev && true;
          }
        }
        return prev && (entry[field] === "*" || entry[field] === connInfo[field]);
      }, true);
    };
    module.exports.getPassword = function(connInfo, stream, cb) {
      var pass;
      var lineStream = stream.pipe(split());
      function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
          pass = entry[passKey];
          lineStream.end();
        }
      }
      var onEnd = function() {
        stream.destroy();
        cb(pass);
      };
      var onErr = function(err) {
        stream.destroy();
        warn("WARNING: error on reading file: %s", err);
        cb(void 0);
      };
      stream.on("error", onErr);
      lineStream.on("data", onLine).on("end", onEnd).on("error", onErr);
    };
    var parseLine = module.exports.parseLine = function(line) {
      if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
      }
      var curChar = "";
      var prevChar = "";
      var fieldIdx = 0;
      var startIdx = 0;
      var endIdx = 0;
      var obj = {};
      var isLastField = false;
      var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);
        if (!Object.hasOwnProperty.call(process.env, "PGPASS_NO_DEESCAPE")) {
          field = field.replace(/\\([:\\])/g, "$1");
        }
        obj[fieldNames[idx]] = field;
      };
      for (var i = 0; i < line.length - 1; i += 1) {
        curChar = line.charAt(i + 1);
        prevChar = line.charAt(i);
        isLastField = fieldIdx == nrOfFields - 1;
        if (isLastField) {
          addToObj(fieldIdx, startIdx);
          break;
        }
        if (i >= 0 && curChar == ":" && prevChar !== "\\") {
          addToObj(fieldIdx, startIdx, i + 1);
          startIdx = i + 2;
          fieldIdx += 1;
        }
      }
      obj = Object.keys(obj).length === nrOfFields ? obj : null;
      return obj;
    };
    var isValidEntry = module.exports.isValidEntry = function(entry) {
      var rules2 = {
        // host
        0: function(x) {
          return x.length > 0;
        },
        // port
        1: function(x) {
          if (x === "*") {
            return true;
          }
          x = Number(x);
          return isFinite(x) && x > 0 && x < 9007199254740992 && Math.floor(x) === x;
        },
        // database
        2: function(x) {
          return x.length > 0;
        },
        // username
        3: function(x) {
          return x.length > 0;
        },
        // password
        4: function(x) {
          return x.length > 0;
        }
      };
      for (var idx = 0; idx < fieldNames.length; idx += 1) {
        var rule = rules2[idx];
        var value = entry[fieldNames[idx]] || "";
        var res = rule(value);
        if (!res) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/pgpass/lib/index.js
var require_lib = __commonJS({
  "node_modules/pgpass/lib/index.js"(exports, module) {
    "use strict";
    var path12 = __require("path");
    var fs5 = __require("fs");
    var helper = require_helper();
    module.exports = function(connInfo, cb) {
      var file = helper.getFileName();
      fs5.stat(file, function(err, stat) {
        if (err || !helper.usePgPass(stat, file)) {
          return cb(void 0);
        }
        var st = fs5.createReadStream(file);
        helper.getPassword(connInfo, st, cb);
      });
    };
    module.exports.warnTo = helper.warnTo;
  }
});

// node_modules/pg/lib/client.js
var require_client = __commonJS({
  "node_modules/pg/lib/client.js"(exports, module) {
    var EventEmitter = __require("events").EventEmitter;
    var utils = require_utils();
    var nodeUtils = __require("util");
    var sasl = require_sasl();
    var TypeOverrides2 = require_type_overrides();
    var ConnectionParameters = require_connection_parameters();
    var Query2 = require_query();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var crypto = require_utils2();
    var activeQueryDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.activeQuery is deprecated and will be removed in pg@9.0"
    );
    var queryQueueDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.queryQueue is deprecated and will be removed in pg@9.0."
    );
    var pgPassDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code."
    );
    var byoPromiseDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0."
    );
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    function coerceNumberOrDefault(value, defaultValue) {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : defaultValue;
      }
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : defaultValue;
      }
      return defaultValue;
    }
    var Client2 = class extends EventEmitter {
      constructor(config) {
        super();
        this.connectionParameters = new ConnectionParameters(config);
        this.user = this.connectionParameters.user;
        this.database = this.connectionParameters.database;
        this.port = this.connectionParameters.port;
        this.host = this.connectionParameters.host;
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: this.connectionParameters.password
        });
        this.replication = this.connectionParameters.replication;
        const c = config || {};
        if (c.Promise) {
          byoPromiseDeprecationNotice();
        }
        this._Promise = c.Promise || global.Promise;
        this._types = new TypeOverrides2(c.types);
        this._ending = false;
        this._ended = false;
        this._connecting = false;
        this._connected = false;
        this._connectionError = false;
        this._queryable = true;
        this._activeQuery = null;
        this._txStatus = null;
        this.enableChannelBinding = Boolean(c.enableChannelBinding);
        this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS);
        this.connection = c.connection || new Connection2({
          stream: c.stream,
          ssl: this.connectionParameters.ssl,
          sslNegotiation: this.connectionParameters.sslnegotiation,
          keepAlive: c.keepAlive || false,
          keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
          encoding: this.connectionParameters.client_encoding || "utf8"
        });
        this._queryQueue = [];
        this._sentQueryQueue = [];
        this.pipeline = Boolean(c.pipeline);
        this.binary = c.binary || defaults2.binary;
        this.processID = null;
        this.secretKey = null;
        this.ssl = this.connectionParameters.ssl || false;
        this.sslNegotiation = this.connectionParameters.sslnegotiation || "postgres";
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0;
      }
      get activeQuery() {
        activeQueryDeprecationNotice();
        return this._activeQuery;
      }
      set activeQuery(val) {
        activeQueryDeprecationNotice();
        this._activeQuery = val;
      }
      _getActiveQuery() {
        return this._activeQuery;
      }
      _errorAllQueries(err) {
        const enqueueError = (query) => {
          process.nextTick(() => {
            query.handleError(err, this.connection);
          });
        };
        const activeQuery = this._getActiveQuery();
        if (activeQuery) {
          enqueueError(activeQuery);
          this._activeQuery = null;
        }
        this._sentQueryQueue.forEach(enqueueError);
        this._sentQueryQueue.length = 0;
        this._queryQueue.forEach(enqueueError);
        this._queryQueue.length = 0;
      }
      _connect(callback) {
        const self = this;
        const con = this.connection;
        this._connectionCallback = callback;
        if (this._connecting || this._connected) {
          const err = new Error("Client has already been connected. You cannot reuse a client.");
          process.nextTick(() => {
            callback(err);
          });
          return;
        }
        this._connecting = true;
        if (this._connectionTimeoutMillis > 0) {
          this.connectionTimeoutHandle = setTimeout(() => {
            con._ending = true;
            con.stream.destroy(new Error("timeout expired"));
          }, this._connectionTimeoutMillis);
          if (this.connectionTimeoutHandle.unref) {
            this.connectionTimeoutHandle.unref();
          }
        }
        if (this.host && this.host.indexOf("/") === 0) {
          con.connect(this.host + "/.s.PGSQL." + this.port);
        } else {
          con.connect(this.port, this.host);
        }
        con.on("connect", function() {
          if (self.ssl) {
            if (self.sslNegotiation !== "direct") {
              con.requestSsl();
            }
          } else {
            con.startup(self.getStartupConf());
          }
        });
        con.on("sslconnect", function() {
          con.startup(self.getStartupConf());
        });
        this._attachListeners(con);
        con.once("end", () => {
          const error = this._ending ? new Error("Connection terminated") : new Error("Connection terminated unexpectedly");
          clearTimeout(this.connectionTimeoutHandle);
          this._errorAllQueries(error);
          this._ended = true;
          if (!this._ending) {
            if (this._connecting && !this._connectionError) {
              if (this._connectionCallback) {
                this._connectionCallback(error);
              } else {
                this._handleErrorEvent(error);
              }
            } else if (!this._connectionError) {
              this._handleErrorEvent(error);
            }
          }
          process.nextTick(() => {
            this.emit("end");
          });
        });
      }
      connect(callback) {
        if (callback) {
          this._connect(callback);
          return;
        }
        return new this._Promise((resolve3, reject) => {
          this._connect((error) => {
            if (error) {
              reject(error);
            } else {
              resolve3(this);
            }
          });
        });
      }
      _attachListeners(con) {
        con.on("authenticationCleartextPassword", this._handleAuthCleartextPassword.bind(this));
        con.on("authenticationMD5Password", this._handleAuthMD5Password.bind(this));
        con.on("authenticationSASL", this._handleAuthSASL.bind(this));
        con.on("authenticationSASLContinue", this._handleAuthSASLContinue.bind(this));
        con.on("authenticationSASLFinal", this._handleAuthSASLFinal.bind(this));
        con.on("backendKeyData", this._handleBackendKeyData.bind(this));
        con.on("error", this._handleErrorEvent.bind(this));
        con.on("errorMessage", this._handleErrorMessage.bind(this));
        con.on("readyForQuery", this._handleReadyForQuery.bind(this));
        con.on("notice", this._handleNotice.bind(this));
        con.on("rowDescription", this._handleRowDescription.bind(this));
        con.on("dataRow", this._handleDataRow.bind(this));
        con.on("portalSuspended", this._handlePortalSuspended.bind(this));
        con.on("emptyQuery", this._handleEmptyQuery.bind(this));
        con.on("commandComplete", this._handleCommandComplete.bind(this));
        con.on("parseComplete", this._handleParseComplete.bind(this));
        con.on("copyInResponse", this._handleCopyInResponse.bind(this));
        con.on("copyData", this._handleCopyData.bind(this));
        con.on("notification", this._handleNotification.bind(this));
      }
      _getPassword(cb) {
        const con = this.connection;
        if (typeof this.password === "function") {
          this._Promise.resolve().then(() => this.password(this.connectionParameters)).then((pass) => {
            if (pass !== void 0) {
              if (typeof pass !== "string") {
                con.emit("error", new TypeError("Password must be a string"));
                return;
              }
              this.connectionParameters.password = this.password = pass;
            } else {
              this.connectionParameters.password = this.password = null;
            }
            cb();
          }).catch((err) => {
            con.emit("error", err);
          });
        } else if (this.password !== null) {
          cb();
        } else {
          try {
            const pgPass = require_lib();
            pgPass(this.connectionParameters, (pass) => {
              if (void 0 !== pass) {
                pgPassDeprecationNotice();
                this.connectionParameters.password = this.password = pass;
              }
              cb();
            });
          } catch (e) {
            this.emit("error", e);
          }
        }
      }
      _handleAuthCleartextPassword(msg) {
        this._getPassword(() => {
          this.connection.password(this.password);
        });
      }
      _handleAuthMD5Password(msg) {
        this._getPassword(async () => {
          try {
            const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt);
            this.connection.password(hashedPassword);
          } catch (e) {
            this.emit("error", e);
          }
        });
      }
      _handleAuthSASL(msg) {
        this._getPassword(() => {
          try {
            this.saslSession = sasl.startSession(
              msg.mechanisms,
              this.enableChannelBinding && this.connection.stream,
              this.scramMaxIterations
            );
            this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response);
          } catch (err) {
            this.connection.emit("error", err);
          }
        });
      }
      async _handleAuthSASLContinue(msg) {
        try {
          await sasl.continueSession(
            this.saslSession,
            this.password,
            msg.data,
            this.enableChannelBinding && this.connection.stream
          );
          this.connection.sendSCRAMClientFinalMessage(this.saslSession.response);
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleAuthSASLFinal(msg) {
        try {
          sasl.finalizeSession(this.saslSession, msg.data);
          this.saslSession = null;
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleBackendKeyData(msg) {
        this.processID = msg.processID;
        this.secretKey = msg.secretKey;
      }
      _handleReadyForQuery(msg) {
        if (this._connecting) {
          this._connecting = false;
          this._connected = true;
          clearTimeout(this.connectionTimeoutHandle);
          if (this._connectionCallback) {
            this._connectionCallback(null, this);
            this._connectionCallback = null;
          }
          this.emit("connect");
        }
        const activeQuery = this._getActiveQuery();
        this._activeQuery = null;
        this._txStatus = msg?.status ?? null;
        this.readyForQuery = true;
        if (activeQuery) {
          activeQuery.handleReadyForQuery(this.connection);
        }
        this._pulseQueryQueue();
      }
      // if we receive an error event or error message
      // during the connection process we handle it here
      _handleErrorWhileConnecting(err) {
        if (this._connectionError) {
          return;
        }
        this._connectionError = true;
        clearTimeout(this.connectionTimeoutHandle);
        if (this._connectionCallback) {
          return this._connectionCallback(err);
        }
        this.emit("error", err);
      }
      // if we're connected and we receive an error event from the connection
      // this means the socket is dead - do a hard abort of all queries and emit
      // the socket error on the client as well
      _handleErrorEvent(err) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(err);
        }
        this._queryable = false;
        this._errorAllQueries(err);
        this.emit("error", err);
      }
      // handle error messages from the postgres backend
      _handleErrorMessage(msg) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(msg);
        }
        const activeQuery = this._getActiveQuery();
        if (!activeQuery) {
          this._handleErrorEvent(msg);
          return;
        }
        this._activeQuery = null;
        if (activeQuery.name) {
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
        activeQuery.handleError(msg, this.connection);
      }
      _handleRowDescription(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected rowDescription message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleRowDescription(msg);
      }
      _handleDataRow(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected dataRow message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleDataRow(msg);
      }
      _handlePortalSuspended(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected portalSuspended message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handlePortalSuspended(this.connection);
      }
      _handleEmptyQuery(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected emptyQuery message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleEmptyQuery(this.connection);
      }
      _handleCommandComplete(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected commandComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCommandComplete(msg, this.connection);
      }
      _handleParseComplete() {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected parseComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        if (activeQuery.name) {
          this.connection.parsedStatements[activeQuery.name] = activeQuery.text;
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
      }
      _handleCopyInResponse(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyInResponse message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyInResponse(this.connection);
      }
      _handleCopyData(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyData message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyData(msg, this.connection);
      }
      _handleNotification(msg) {
        this.emit("notification", msg);
      }
      _handleNotice(msg) {
        this.emit("notice", msg);
      }
      getStartupConf() {
        const params = this.connectionParameters;
        const data = {
          user: params.user,
          database: params.database
        };
        const appName = params.application_name || params.fallback_application_name;
        if (appName) {
          data.application_name = appName;
        }
        if (params.replication) {
          data.replication = "" + params.replication;
        }
        if (params.statement_timeout) {
          data.statement_timeout = String(parseInt(params.statement_timeout, 10));
        }
        if (params.lock_timeout) {
          data.lock_timeout = String(parseInt(params.lock_timeout, 10));
        }
        if (params.idle_in_transaction_session_timeout) {
          data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10));
        }
        if (params.options) {
          data.options = params.options;
        }
        return data;
      }
      cancel(client, query) {
        if (client.activeQuery === query) {
          const con = this.connection;
          if (this.host && this.host.indexOf("/") === 0) {
            con.connect(this.host + "/.s.PGSQL." + this.port);
          } else {
            con.connect(this.port, this.host);
          }
          con.on("connect", function() {
            con.cancel(client.processID, client.secretKey);
          });
        } else if (client._queryQueue.indexOf(query) !== -1) {
          client._queryQueue.splice(client._queryQueue.indexOf(query), 1);
        } else if (client._sentQueryQueue.indexOf(query) !== -1) {
          query.callback = () => {
          };
        }
      }
      setTypeParser(oid, format, parseFn) {
        return this._types.setTypeParser(oid, format, parseFn);
      }
      getTypeParser(oid, format) {
        return this._types.getTypeParser(oid, format);
      }
      // escapeIdentifier and escapeLiteral moved to utility functions & exported
      // on PG
      // re-exported here for backwards compatibility
      escapeIdentifier(str2) {
        return utils.escapeIdentifier(str2);
      }
      escapeLiteral(str2) {
        return utils.escapeLiteral(str2);
      }
      _pulseQueryQueue() {
        if (this.pipeline) {
          this._pulsePipelinedQueryQueue();
          return;
        }
        if (this.readyForQuery === true) {
          this._activeQuery = this._queryQueue.shift();
          const activeQuery = this._getActiveQuery();
          if (activeQuery) {
            this.readyForQuery = false;
            this.hasExecuted = true;
            const queryError = activeQuery.submit(this.connection);
            if (queryError) {
              process.nextTick(() => {
                activeQuery.handleError(queryError, this.connection);
                this.readyForQuery = true;
                this._pulseQueryQueue();
              });
            }
          } else if (this.hasExecuted) {
            this._activeQuery = null;
            this.emit("drain");
          }
        }
      }
      _pulsePipelinedQueryQueue() {
        if (!this._connected || !this._queryable) {
          return;
        }
        while (this._queryQueue.length > 0) {
          const query = this._queryQueue.shift();
          this.hasExecuted = true;
          const queryError = query.submit(this.connection);
          if (queryError) {
            process.nextTick(() => {
              query.handleError(queryError, this.connection);
            });
            continue;
          }
          this._sentQueryQueue.push(query);
        }
        if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
          this._activeQuery = this._sentQueryQueue.shift();
          this.readyForQuery = false;
        }
        if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
          this.emit("drain");
        }
      }
      query(config, values, callback) {
        let query;
        let result;
        if (config == null) {
          throw new TypeError("Client was passed a null or undefined query");
        }
        if (typeof config.submit === "function") {
          result = query = config;
          if (!query.callback) {
            if (typeof values === "function") {
              query.callback = values;
            } else if (callback) {
              query.callback = callback;
            }
          }
        } else {
          query = new Query2(config, values, callback);
          if (!query.callback) {
            result = new this._Promise((resolve3, reject) => {
              query.callback = (err, res) => err ? reject(err) : resolve3(res);
            }).catch((err) => {
              Error.captureStackTrace(err);
              throw err;
            });
          } else if (typeof query.callback !== "function") {
            throw new TypeError("callback is not a function");
          }
        }
        const readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        if (readTimeout) {
          const queryCallback = query.callback || (() => {
          });
          const readTimeoutTimer = setTimeout(() => {
            const error = new Error("Query read timeout");
            process.nextTick(() => {
              query.handleError(error, this.connection);
            });
            queryCallback(error);
            query.callback = () => {
            };
            const index = this._queryQueue.indexOf(query);
            if (index > -1) {
              this._queryQueue.splice(index, 1);
            } else if (this.pipeline) {
              this.connection.stream.destroy();
              return;
            }
            this._pulseQueryQueue();
          }, readTimeout);
          query.callback = (err, res) => {
            clearTimeout(readTimeoutTimer);
            queryCallback(err, res);
          };
        }
        if (this.binary && !query.binary) {
          query.binary = true;
        }
        if (query._result && !query._result._types) {
          query._result._types = this._types;
        }
        if (this.pipeline) {
          const portalQuery = typeof config.submit === "function" && !(query instanceof Query2) ? "Custom query classes such as pg-cursor and pg-query-stream are" : query.rows ? "The `rows` option is" : null;
          if (portalQuery) {
            process.nextTick(() => {
              query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection);
            });
            return result;
          }
        }
        if (!this._queryable) {
          process.nextTick(() => {
            query.handleError(new Error("Client has encountered a connection error and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._ending) {
          process.nextTick(() => {
            query.handleError(new Error("Client was closed and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._queryQueue.length > 0 && !this.pipeline) {
          queryQueueLengthDeprecationNotice();
        }
        this._queryQueue.push(query);
        this._pulseQueryQueue();
        return result;
      }
      ref() {
        this.connection.ref();
      }
      unref() {
        this.connection.unref();
      }
      getTransactionStatus() {
        return this._txStatus;
      }
      end(cb) {
        this._ending = true;
        if (!this.connection._connecting || this._ended) {
          if (cb) {
            cb();
            return;
          } else {
            return this._Promise.resolve();
          }
        }
        if (!this._queryable) {
          this.connection.stream.destroy();
        } else if (this.pipeline && (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)) {
          this.once("drain", () => this.connection.end());
        } else if (this._getActiveQuery()) {
          this.connection.stream.destroy();
        } else {
          this.connection.end();
        }
        if (cb) {
          this.connection.once("end", cb);
        } else {
          return new this._Promise((resolve3) => {
            this.connection.once("end", resolve3);
          });
        }
      }
      get queryQueue() {
        queryQueueDeprecationNotice();
        return this._queryQueue;
      }
    };
    Client2.Query = Query2;
    module.exports = Client2;
  }
});

// node_modules/pg-pool/index.js
var require_pg_pool = __commonJS({
  "node_modules/pg-pool/index.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var NOOP = function() {
    };
    var removeWhere = (list2, predicate) => {
      const i = list2.findIndex(predicate);
      return i === -1 ? void 0 : list2.splice(i, 1)[0];
    };
    var IdleItem = class {
      constructor(client, idleListener, timeoutId) {
        this.client = client;
        this.idleListener = idleListener;
        this.timeoutId = timeoutId;
      }
    };
    var PendingItem = class {
      constructor(callback) {
        this.callback = callback;
      }
    };
    function throwOnDoubleRelease() {
      throw new Error("Release called on client which has already been released to the pool.");
    }
    function promisify(Promise2, callback) {
      if (callback) {
        return { callback, result: void 0 };
      }
      let rej;
      let res;
      const cb = function(err, client) {
        err ? rej(err) : res(client);
      };
      const result = new Promise2(function(resolve3, reject) {
        res = resolve3;
        rej = reject;
      }).catch((err) => {
        Error.captureStackTrace(err);
        throw err;
      });
      return { callback: cb, result };
    }
    function makeIdleListener(pool, client) {
      return function idleListener(err) {
        err.client = client;
        client.removeListener("error", idleListener);
        client.on("error", () => {
          pool.log("additional client error after disconnection due to error", err);
        });
        pool._remove(client);
        pool.emit("error", err, client);
      };
    }
    var Pool2 = class extends EventEmitter {
      constructor(options2, Client2) {
        super();
        this.options = Object.assign({}, options2);
        if (options2 != null && "password" in options2) {
          Object.defineProperty(this.options, "password", {
            configurable: true,
            enumerable: false,
            writable: true,
            value: options2.password
          });
        }
        if (options2 != null && options2.ssl && options2.ssl.key) {
          Object.defineProperty(this.options.ssl, "key", {
            enumerable: false
          });
        }
        this.options.max = this.options.max || this.options.poolSize || 10;
        this.options.min = this.options.min || 0;
        this.options.maxUses = this.options.maxUses || Infinity;
        this.options.allowExitOnIdle = this.options.allowExitOnIdle || false;
        this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0;
        this.log = this.options.log || function() {
        };
        this.Client = this.options.Client || Client2 || require_lib2().Client;
        this.Promise = this.options.Promise || global.Promise;
        if (typeof this.options.idleTimeoutMillis === "undefined") {
          this.options.idleTimeoutMillis = 1e4;
        }
        this._clients = [];
        this._idle = [];
        this._expired = /* @__PURE__ */ new WeakSet();
        this._pendingQueue = [];
        this._endCallback = void 0;
        this.ending = false;
        this.ended = false;
      }
      _promiseTry(f) {
        const Promise2 = this.Promise;
        if (typeof Promise2.try === "function") {
          return Promise2.try(f);
        }
        return new Promise2((resolve3) => resolve3(f()));
      }
      _isFull() {
        return this._clients.length >= this.options.max;
      }
      _isAboveMin() {
        return this._clients.length > this.options.min;
      }
      _pulseQueue() {
        this.log("pulse queue");
        if (this.ended) {
          this.log("pulse queue ended");
          return;
        }
        if (this.ending) {
          this.log("pulse queue on ending");
          if (this._idle.length) {
            this._idle.slice().map((item) => {
              this._remove(item.client);
            });
          }
          if (!this._clients.length) {
            this.ended = true;
            this._endCallback();
          }
          return;
        }
        if (!this._pendingQueue.length) {
          this.log("no queued requests");
          return;
        }
        if (!this._idle.length && this._isFull()) {
          return;
        }
        const pendingItem = this._pendingQueue.shift();
        if (this._idle.length) {
          const idleItem = this._idle.pop();
          clearTimeout(idleItem.timeoutId);
          const client = idleItem.client;
          client.ref && client.ref();
          const idleListener = idleItem.idleListener;
          return this._acquireClient(client, pendingItem, idleListener, false);
        }
        if (!this._isFull()) {
          return this.newClient(pendingItem);
        }
        throw new Error("unexpected condition");
      }
      _remove(client, callback) {
        const removed = removeWhere(this._idle, (item) => item.client === client);
        if (removed !== void 0) {
          clearTimeout(removed.timeoutId);
        }
        this._clients = this._clients.filter((c) => c !== client);
        const context = this;
        client.end(() => {
          context.emit("remove", client);
          if (typeof callback === "function") {
            callback();
          }
        });
      }
      connect(cb) {
        if (this.ending) {
          const err = new Error("Cannot use a pool after calling end on the pool");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        const response = promisify(this.Promise, cb);
        const result = response.result;
        if (this._isFull() || this._idle.length) {
          if (this._idle.length) {
            process.nextTick(() => this._pulseQueue());
          }
          if (!this.options.connectionTimeoutMillis) {
            this._pendingQueue.push(new PendingItem(response.callback));
            return result;
          }
          const queueCallback = (err, res, done) => {
            clearTimeout(tid);
            response.callback(err, res, done);
          };
          const pendingItem = new PendingItem(queueCallback);
          const tid = setTimeout(() => {
            removeWhere(this._pendingQueue, (i) => i.callback === queueCallback);
            pendingItem.timedOut = true;
            response.callback(new Error("timeout exceeded when trying to connect"));
          }, this.options.connectionTimeoutMillis);
          if (tid.unref) {
            tid.unref();
          }
          this._pendingQueue.push(pendingItem);
          return result;
        }
        this.newClient(new PendingItem(response.callback));
        return result;
      }
      newClient(pendingItem) {
        const client = new this.Client(this.options);
        this._clients.push(client);
        const idleListener = makeIdleListener(this, client);
        this.log("checking client timeout");
        let tid;
        let timeoutHit = false;
        if (this.options.connectionTimeoutMillis) {
          tid = setTimeout(() => {
            if (client.connection) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.connection.stream.destroy();
            } else if (!client.isConnected()) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.end();
            }
          }, this.options.connectionTimeoutMillis);
        }
        this.log("connecting new client");
        client.connect((err) => {
          if (tid) {
            clearTimeout(tid);
          }
          client.on("error", idleListener);
          if (err) {
            this.log("client failed to connect", err);
            this._clients = this._clients.filter((c) => c !== client);
            if (timeoutHit) {
              err = new Error("Connection terminated due to connection timeout", { cause: err });
            }
            this._pulseQueue();
            if (!pendingItem.timedOut) {
              pendingItem.callback(err, void 0, NOOP);
            }
          } else {
            this.log("new client connected");
            if (this.options.onConnect) {
              this._promiseTry(() => this.options.onConnect(client)).then(
                () => {
                  this._afterConnect(client, pendingItem, idleListener);
                },
                (hookErr) => {
                  this._clients = this._clients.filter((c) => c !== client);
                  client.end(() => {
                    this._pulseQueue();
                    if (!pendingItem.timedOut) {
                      pendingItem.callback(hookErr, void 0, NOOP);
                    }
                  });
                }
              );
              return;
            }
            return this._afterConnect(client, pendingItem, idleListener);
          }
        });
      }
      _afterConnect(client, pendingItem, idleListener) {
        if (this.options.maxLifetimeSeconds !== 0) {
          const maxLifetimeTimeout = setTimeout(() => {
            this.log("ending client due to expired lifetime");
            this._expired.add(client);
            const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client);
            if (idleIndex !== -1) {
              this._acquireClient(
                client,
                new PendingItem((err, client2, clientRelease) => clientRelease()),
                idleListener,
                false
              );
            }
          }, this.options.maxLifetimeSeconds * 1e3);
          maxLifetimeTimeout.unref();
          client.once("end", () => clearTimeout(maxLifetimeTimeout));
        }
        return this._acquireClient(client, pendingItem, idleListener, true);
      }
      // acquire a client for a pending work item
      _acquireClient(client, pendingItem, idleListener, isNew) {
        if (isNew) {
          this.emit("connect", client);
        }
        this.emit("acquire", client);
        client.release = this._releaseOnce(client, idleListener);
        client.removeListener("error", idleListener);
        if (!pendingItem.timedOut) {
          if (isNew && this.options.verify) {
            this.options.verify(client, (err) => {
              if (err) {
                client.release(err);
                return pendingItem.callback(err, void 0, NOOP);
              }
              pendingItem.callback(void 0, client, client.release);
            });
          } else {
            pendingItem.callback(void 0, client, client.release);
          }
        } else {
          if (isNew && this.options.verify) {
            this.options.verify(client, client.release);
          } else {
            client.release();
          }
        }
      }
      // returns a function that wraps _release and throws if called more than once
      _releaseOnce(client, idleListener) {
        let released = false;
        return (err) => {
          if (released) {
            throwOnDoubleRelease();
          }
          released = true;
          this._release(client, idleListener, err);
        };
      }
      // release a client back to the poll, include an error
      // to remove it from the pool
      _release(client, idleListener, err) {
        client.on("error", idleListener);
        client._poolUseCount = (client._poolUseCount || 0) + 1;
        this.emit("release", err, client);
        if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
          if (client._poolUseCount >= this.options.maxUses) {
            this.log("remove expended client");
          }
          return this._remove(client, this._pulseQueue.bind(this));
        }
        const isExpired = this._expired.has(client);
        if (isExpired) {
          this.log("remove expired client");
          this._expired.delete(client);
          return this._remove(client, this._pulseQueue.bind(this));
        }
        let tid;
        if (this.options.idleTimeoutMillis && this._isAboveMin()) {
          tid = setTimeout(() => {
            if (this._isAboveMin()) {
              this.log("remove idle client");
              this._remove(client, this._pulseQueue.bind(this));
            }
          }, this.options.idleTimeoutMillis);
          if (this.options.allowExitOnIdle) {
            tid.unref();
          }
        }
        if (this.options.allowExitOnIdle) {
          client.unref();
        }
        this._idle.push(new IdleItem(client, idleListener, tid));
        this._pulseQueue();
      }
      query(text, values, cb) {
        if (typeof text === "function") {
          const response2 = promisify(this.Promise, text);
          setImmediate(function() {
            return response2.callback(new Error("Passing a function as the first parameter to pool.query is not supported"));
          });
          return response2.result;
        }
        if (typeof values === "function") {
          cb = values;
          values = void 0;
        }
        const response = promisify(this.Promise, cb);
        cb = response.callback;
        this.connect((err, client) => {
          if (err) {
            return cb(err);
          }
          let clientReleased = false;
          const onError = (err2) => {
            if (clientReleased) {
              return;
            }
            clientReleased = true;
            client.release(err2);
            cb(err2);
          };
          client.once("error", onError);
          this.log("dispatching query");
          try {
            client.query(text, values, (err2, res) => {
              this.log("query dispatched");
              client.removeListener("error", onError);
              if (clientReleased) {
                return;
              }
              clientReleased = true;
              client.release(err2);
              if (err2) {
                return cb(err2);
              }
              return cb(void 0, res);
            });
          } catch (err2) {
            client.release(err2);
            return cb(err2);
          }
        });
        return response.result;
      }
      end(cb) {
        this.log("ending");
        if (this.ending) {
          const err = new Error("Called end on pool more than once");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        this.ending = true;
        const promised = promisify(this.Promise, cb);
        this._endCallback = promised.callback;
        this._pulseQueue();
        return promised.result;
      }
      get waitingCount() {
        return this._pendingQueue.length;
      }
      get idleCount() {
        return this._idle.length;
      }
      get expiredCount() {
        return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0);
      }
      get totalCount() {
        return this._clients.length;
      }
    };
    module.exports = Pool2;
  }
});

// node_modules/pg/lib/native/query.js
var require_query2 = __commonJS({
  "node_modules/pg/lib/native/query.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var utils = require_utils();
    var NativeQuery = module.exports = function(config, values, callback) {
      EventEmitter.call(this);
      config = utils.normalizeQueryConfig(config, values, callback);
      this.text = config.text;
      this.values = config.values;
      this.name = config.name;
      this.queryMode = config.queryMode;
      this.callback = config.callback;
      this.state = "new";
      this._arrayMode = config.rowMode === "array";
      this._emitRowEvents = false;
      this.on(
        "newListener",
        function(event) {
          if (event === "row") this._emitRowEvents = true;
        }.bind(this)
      );
    };
    util.inherits(NativeQuery, EventEmitter);
    var errorFieldMap = {
      sqlState: "code",
      statementPosition: "position",
      messagePrimary: "message",
      messageDetail: "detail",
      messageHint: "hint",
      context: "where",
      schemaName: "schema",
      tableName: "table",
      columnName: "column",
      dataTypeName: "dataType",
      constraintName: "constraint",
      sourceFile: "file",
      sourceLine: "line",
      sourceFunction: "routine"
    };
    NativeQuery.prototype.handleError = function(err) {
      const fields = this.native && this.native.pq.resultErrorFields();
      if (fields) {
        for (const key2 in fields) {
          const normalizedFieldName = errorFieldMap[key2] || key2;
          err[normalizedFieldName] = fields[key2];
        }
      }
      if (this.callback) {
        this.callback(err);
      } else {
        this.emit("error", err);
      }
      this.state = "error";
    };
    NativeQuery.prototype.then = function(onSuccess, onFailure) {
      return this._getPromise().then(onSuccess, onFailure);
    };
    NativeQuery.prototype.catch = function(callback) {
      return this._getPromise().catch(callback);
    };
    NativeQuery.prototype._getPromise = function() {
      if (this._promise) return this._promise;
      this._promise = new Promise(
        function(resolve3, reject) {
          this._once("end", resolve3);
          this._once("error", reject);
        }.bind(this)
      );
      return this._promise;
    };
    NativeQuery.prototype.submit = function(client) {
      this.state = "running";
      const self = this;
      this.native = client.native;
      client.native.arrayMode = this._arrayMode;
      let after = function(err, rows2, results) {
        client.native.arrayMode = false;
        setImmediate(function() {
          self.emit("_done");
        });
        if (err) {
          return self.handleError(err);
        }
        if (self._emitRowEvents) {
          if (results.length > 1) {
            rows2.forEach((rowOfRows, i) => {
              rowOfRows.forEach((row) => {
                self.emit("row", row, results[i]);
              });
            });
          } else {
            rows2.forEach(function(row) {
              self.emit("row", row, results);
            });
          }
        }
        self.state = "end";
        self.emit("end", results);
        if (self.callback) {
          self.callback(null, results);
        }
      };
      if (process.domain) {
        after = process.domain.bind(after);
      }
      if (this.name) {
        if (this.name.length > 63) {
          console.error("Warning! Postgres only supports 63 characters for query names.");
          console.error("You supplied %s (%s)", this.name, this.name.length);
          console.error("This can cause conflicts and silent errors executing queries");
        }
        const values = (this.values || []).map(utils.prepareValue);
        if (client.namedQueries[this.name] !== void 0) {
          if (this.text && client.namedQueries[this.name] !== this.text) {
            const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
            return after(err);
          }
          return client.native.execute(this.name, values, after);
        }
        return client.native.prepare(this.name, this.text, values.length, function(err) {
          if (err) return after(err);
          client.namedQueries[self.name] = self.text;
          return self.native.execute(self.name, values, after);
        });
      } else if (this.values) {
        if (!Array.isArray(this.values)) {
          const err = new Error("Query values must be an array");
          return after(err);
        }
        const vals = this.values.map(utils.prepareValue);
        client.native.query(this.text, vals, after);
      } else if (this.queryMode === "extended") {
        client.native.query(this.text, [], after);
      } else {
        client.native.query(this.text, after);
      }
    };
  }
});

// node_modules/pg/lib/native/client.js
var require_client2 = __commonJS({
  "node_modules/pg/lib/native/client.js"(exports, module) {
    var nodeUtils = __require("util");
    var Native;
    try {
      Native = __require("pg-native");
    } catch (e) {
      throw e;
    }
    var TypeOverrides2 = require_type_overrides();
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var ConnectionParameters = require_connection_parameters();
    var NativeQuery = require_query2();
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    var Client2 = module.exports = function(config) {
      EventEmitter.call(this);
      config = config || {};
      this._Promise = config.Promise || global.Promise;
      this._types = new TypeOverrides2(config.types);
      this.native = new Native({
        types: this._types
      });
      this._queryQueue = [];
      this._ending = false;
      this._connecting = false;
      this._connected = false;
      this._queryable = true;
      this.pipeline = Boolean(config.pipeline);
      this._pipelineInFlight = false;
      const cp = this.connectionParameters = new ConnectionParameters(config);
      if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString;
      this.user = cp.user;
      Object.defineProperty(this, "password", {
        configurable: true,
        enumerable: false,
        writable: true,
        value: cp.password
      });
      this.database = cp.database;
      this.host = cp.host;
      this.port = cp.port;
      this.namedQueries = {};
    };
    Client2.Query = NativeQuery;
    util.inherits(Client2, EventEmitter);
    Client2.prototype._errorAllQueries = function(err) {
      const enqueueError = (query) => {
        process.nextTick(() => {
          query.native = this.native;
          query.handleError(err);
        });
      };
      if (this._hasActiveQuery()) {
        enqueueError(this._activeQuery);
        this._activeQuery = null;
      }
      this._queryQueue.forEach(enqueueError);
      this._queryQueue.length = 0;
    };
    Client2.prototype._connect = function(cb) {
      const self = this;
      if (this._connecting) {
        process.nextTick(() => cb(new Error("Client has already been connected. You cannot reuse a client.")));
        return;
      }
      this._connecting = true;
      this.connectionParameters.getLibpqConnectionString(function(err, conString) {
        if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString;
        if (err) return cb(err);
        self.native.connect(conString, function(err2) {
          if (err2) {
            self.native.end();
            return cb(err2);
          }
          self._connected = true;
          self.native.on("error", function(err3) {
            self._queryable = false;
            self._errorAllQueries(err3);
            self.emit("error", err3);
          });
          self.native.on("notification", function(msg) {
            self.emit("notification", {
              channel: msg.relname,
              payload: msg.extra
            });
          });
          self.emit("connect");
          self._pulseQueryQueue(true);
          cb(null, this);
        });
      });
    };
    Client2.prototype.connect = function(callback) {
      if (callback) {
        this._connect(callback);
        return;
      }
      return new this._Promise((resolve3, reject) => {
        this._connect((error) => {
          if (error) {
            reject(error);
          } else {
            resolve3(this);
          }
        });
      });
    };
    Client2.prototype.query = function(config, values, callback) {
      let query;
      let result;
      let readTimeout;
      let readTimeoutTimer;
      let queryCallback;
      if (config === null || config === void 0) {
        throw new TypeError("Client was passed a null or undefined query");
      } else if (typeof config.submit === "function") {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        result = query = config;
        if (typeof values === "function") {
          config.callback = values;
        }
      } else {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        query = new NativeQuery(config, values, callback);
        if (!query.callback) {
          let resolveOut, rejectOut;
          result = new this._Promise((resolve3, reject) => {
            resolveOut = resolve3;
            rejectOut = reject;
          }).catch((err) => {
            Error.captureStackTrace(err);
            throw err;
          });
          query.callback = (err, res) => err ? rejectOut(err) : resolveOut(res);
        }
      }
      if (readTimeout) {
        queryCallback = query.callback || (() => {
        });
        readTimeoutTimer = setTimeout(() => {
          const error = new Error("Query read timeout");
          process.nextTick(() => {
            query.handleError(error, this.connection);
          });
          queryCallback(error);
          query.callback = () => {
          };
          const index = this._queryQueue.indexOf(query);
          if (index > -1) {
            this._queryQueue.splice(index, 1);
          }
          this._pulseQueryQueue();
        }, readTimeout);
        query.callback = (err, res) => {
          clearTimeout(readTimeoutTimer);
          queryCallback(err, res);
        };
      }
      if (!this._queryable) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client has encountered a connection error and is not queryable"));
        });
        return result;
      }
      if (this._ending) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client was closed and is not queryable"));
        });
        return result;
      }
      if (this._queryQueue.length > 0 && !this.pipeline) {
        queryQueueLengthDeprecationNotice();
      }
      this._queryQueue.push(query);
      this._pulseQueryQueue();
      return result;
    };
    Client2.prototype.end = function(cb) {
      const self = this;
      this._ending = true;
      if (this._connecting && !this._connected) {
        this.once("connect", () => {
          this.end(() => {
          });
        });
      }
      let result;
      if (!cb) {
        result = new this._Promise(function(resolve3, reject) {
          cb = (err) => err ? reject(err) : resolve3();
        });
      }
      const doEnd = function() {
        self.native.end(function() {
          self._connected = false;
          self._errorAllQueries(new Error("Connection terminated"));
          process.nextTick(() => {
            self.emit("end");
            if (cb) cb();
          });
        });
      };
      if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
        this.once("drain", doEnd);
      } else {
        doEnd();
      }
      return result;
    };
    Client2.prototype._hasActiveQuery = function() {
      return this._activeQuery && this._activeQuery.state !== "error" && this._activeQuery.state !== "end";
    };
    Client2.prototype._pulseQueryQueue = function(initialConnection) {
      if (!this._connected) {
        return;
      }
      if (this.pipeline && !initialConnection) {
        return this._pulsePipelinedQueryQueue();
      }
      if (this._hasActiveQuery()) {
        return;
      }
      const query = this._queryQueue.shift();
      if (!query) {
        if (!initialConnection) {
          this.emit("drain");
        }
        return;
      }
      this._activeQuery = query;
      query.submit(this);
      const self = this;
      query.once("_done", function() {
        self._pulseQueryQueue();
      });
    };
    Client2.prototype._pulsePipelinedQueryQueue = function() {
      if (!this._connected || this._pipelineInFlight) {
        return;
      }
      if (this._queryQueue.length === 0) {
        if (this.hasExecuted) {
          this.emit("drain");
        }
        return;
      }
      this._pipelineInFlight = true;
      const self = this;
      const queries = [];
      const nativeQueries = [];
      const utils = require_utils();
      while (this._queryQueue.length > 0) {
        const query = this._queryQueue.shift();
        this.hasExecuted = true;
        nativeQueries.push(query);
        const values = query.values ? query.values.map(utils.prepareValue) : null;
        const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode };
        if (values) {
          pipelineEntry.values = values;
        }
        if (query.name && this.namedQueries[query.name]) {
          pipelineEntry._alreadyPrepared = true;
        }
        queries.push(pipelineEntry);
      }
      this.native.pipeline(queries, function(err, results) {
        self._pipelineInFlight = false;
        if (err) {
          self._connected = false;
          self._queryable = false;
          for (let i = 0; i < nativeQueries.length; i++) {
            const q4 = nativeQueries[i];
            q4.native = self.native;
            q4.handleError(err);
          }
          self._errorAllQueries(err);
          self.emit("error", err);
          self.emit("end");
          return;
        }
        for (let i = 0; i < nativeQueries.length; i++) {
          const q4 = nativeQueries[i];
          const r = results[i];
          q4.native = self.native;
          if (r.err) {
            q4.handleError(r.err);
          } else {
            if (q4.name) {
              self.namedQueries[q4.name] = q4.text;
            }
            q4.state = "end";
            q4.emit("end", r.result);
            if (q4.callback) {
              q4.callback(null, r.result);
            }
          }
          setImmediate(function() {
            q4.emit("_done");
          });
        }
        self._pulsePipelinedQueryQueue();
      });
    };
    Client2.prototype.cancel = function(query) {
      if (this._activeQuery === query) {
        this.native.cancel(function() {
        });
      } else if (this._queryQueue.indexOf(query) !== -1) {
        this._queryQueue.splice(this._queryQueue.indexOf(query), 1);
      }
    };
    Client2.prototype.ref = function() {
    };
    Client2.prototype.unref = function() {
    };
    Client2.prototype.setTypeParser = function(oid, format, parseFn) {
      return this._types.setTypeParser(oid, format, parseFn);
    };
    Client2.prototype.getTypeParser = function(oid, format) {
      return this._types.getTypeParser(oid, format);
    };
    Client2.prototype.isConnected = function() {
      return this._connected;
    };
    Client2.prototype.getTransactionStatus = function() {
      return this.native.getTransactionStatus();
    };
  }
});

// node_modules/pg/lib/native/index.js
var require_native = __commonJS({
  "node_modules/pg/lib/native/index.js"(exports, module) {
    "use strict";
    module.exports = require_client2();
  }
});

// node_modules/pg/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/pg/lib/index.js"(exports, module) {
    "use strict";
    var Client2 = require_client();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var Result2 = require_result();
    var utils = require_utils();
    var Pool2 = require_pg_pool();
    var TypeOverrides2 = require_type_overrides();
    var { DatabaseError: DatabaseError2 } = require_dist2();
    var { escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral2 } = require_utils();
    var poolFactory = (Client3) => {
      return class BoundPool extends Pool2 {
        constructor(options2) {
          super(options2, Client3);
        }
      };
    };
    var PG = function(clientConstructor2) {
      this.defaults = defaults2;
      this.Client = clientConstructor2;
      this.Query = this.Client.Query;
      this.Pool = poolFactory(this.Client);
      this._pools = [];
      this.Connection = Connection2;
      this.types = require_pg_types();
      this.DatabaseError = DatabaseError2;
      this.TypeOverrides = TypeOverrides2;
      this.escapeIdentifier = escapeIdentifier2;
      this.escapeLiteral = escapeLiteral2;
      this.Result = Result2;
      this.utils = utils;
    };
    var clientConstructor = Client2;
    var forceNative = false;
    try {
      forceNative = !!process.env.NODE_PG_FORCE_NATIVE;
    } catch {
    }
    if (forceNative) {
      clientConstructor = require_native();
    }
    module.exports = new PG(clientConstructor);
    Object.defineProperty(module.exports, "native", {
      configurable: true,
      enumerable: false,
      get() {
        let native = null;
        try {
          native = new PG(require_native());
        } catch (err) {
          if (err.code !== "MODULE_NOT_FOUND") {
            throw err;
          }
        }
        Object.defineProperty(module.exports, "native", {
          value: native
        });
        return native;
      }
    });
  }
});

// src/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

// src/analysis/rules.ts
function defineRule(rule) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`);
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

// src/analysis/schema-model.ts
var SchemaModel = class {
  tables = /* @__PURE__ */ new Map();
  enums = /* @__PURE__ */ new Map();
  extensions = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  schemas = /* @__PURE__ */ new Set(["public"]);
  /** Where each schema was first created by a migration (public and schemas made elsewhere have none). */
  schemaOrigins = /* @__PURE__ */ new Map();
  /** index name (qualified by schema) → table */
  indexOwner = /* @__PURE__ */ new Map();
  /** Indexes and tables the migrations dropped (and did not create again): `IF EXISTS` on them does nothing. */
  droppedIndexes = /* @__PURE__ */ new Set();
  droppedTables = /* @__PURE__ */ new Set();
  /**
   * Default privileges the migrations declared (ALTER DEFAULT PRIVILEGES … GRANT): key
   * `<schema or *>|<tables|functions|sequences>`, value role → privileges ('all' for ALL).
   */
  defaultGrants = /* @__PURE__ */ new Map();
  /**
   * Why the statement does nothing where it runs, or undefined: `IF NOT EXISTS` of an object the
   * model holds, `IF EXISTS` of one the migrations dropped. Unknown objects are never a no-op (the
   * model does not see what was created outside the migrations).
   */
  noOp(stmt) {
    const n = stmt.node;
    switch (stmt.kind) {
      case "CreateStmt": {
        const q4 = rangeVarName(n.relation);
        return n.if_not_exists && q4 && this.tables.has(q4.qualified) ? `${q4.qualified} already exists, so CREATE TABLE IF NOT EXISTS does nothing` : void 0;
      }
      case "IndexStmt": {
        const q4 = rangeVarName(n.relation);
        const name = n.idxname && q4 ? `${q4.schema}.${n.idxname}` : void 0;
        return n.if_not_exists && name && this.indexOwner.has(name) ? `index ${name} already exists, so CREATE INDEX IF NOT EXISTS does nothing` : void 0;
      }
      case "AlterTableStmt": {
        const t = this.table(rangeVarName(n.relation)?.qualified);
        const cmds = (n.cmds ?? []).map((c) => c?.AlterTableCmd);
        const present = t && cmds.length && cmds.every((c) => c?.subtype === "AT_AddColumn" && c.missing_ok && t.columns.has(c.def?.ColumnDef?.colname));
        return present ? `${t.qualified} already has ${cmds.map((c) => c.def.ColumnDef.colname).join(", ")}, so ADD COLUMN IF NOT EXISTS does nothing` : void 0;
      }
      case "DropStmt": {
        if (!n.missing_ok || !(n.objects ?? []).length) return void 0;
        const names = (n.objects ?? []).map((obj) => listName(obj.List?.items ?? (obj.String ? [obj] : void 0))?.qualified);
        if (n.removeType === "OBJECT_INDEX" && names.every((q4) => q4 && this.droppedIndexes.has(q4) && !this.indexOwner.has(q4))) {
          return `${names.join(", ")} ${names.length === 1 ? "was" : "were"} already dropped earlier, so DROP INDEX IF EXISTS does nothing`;
        }
        if (n.removeType === "OBJECT_TABLE" && names.every((q4) => q4 && this.droppedTables.has(q4) && !this.tables.has(q4))) {
          return `${names.join(", ")} ${names.length === 1 ? "was" : "were"} already dropped earlier, so DROP TABLE IF EXISTS does nothing`;
        }
        return void 0;
      }
      default:
        return void 0;
    }
  }
  table(qualified) {
    return qualified ? this.tables.get(qualified) : void 0;
  }
  /** Apply a statement's effect. Called after rules have seen the statement. */
  apply(stmt, origin) {
    const n = stmt.node;
    switch (stmt.kind) {
      case "CreateStmt":
        return this.createTable(n, origin);
      case "CreateTableAsStmt": {
        const q4 = rangeVarName(n.into?.rel);
        if (q4) this.addTable(q4.schema, q4.name, n.objtype === "OBJECT_MATVIEW" ? "materialized-view" : "table", origin);
        return;
      }
      case "ViewStmt": {
        const q4 = rangeVarName(n.view);
        if (q4) this.addTable(q4.schema, q4.name, "view", origin);
        return;
      }
      case "AlterTableStmt":
        return this.alterTable(n, origin);
      case "IndexStmt":
        return this.createIndex(n, origin);
      case "DropStmt":
        return this.drop(n);
      case "RenameStmt":
        return this.rename(n);
      case "CreatePolicyStmt": {
        const t = this.table(rangeVarName(n.table)?.qualified);
        if (!t) return;
        t.policies.push({
          name: n.policy_name,
          table: t.qualified,
          cmd: (n.cmd_name ?? "all").toLowerCase(),
          roles: roleNames(n.roles),
          // libpg-query omits false booleans: AS RESTRICTIVE shows up as a missing `permissive`.
          permissive: n.permissive === true,
          qual: n.qual,
          withCheck: n.with_check,
          origin
        });
        return;
      }
      case "CreateEnumStmt": {
        const q4 = listName(n.typeName);
        if (q4) this.enums.set(q4.qualified, { values: strings(n.vals), origin });
        return;
      }
      case "AlterEnumStmt": {
        const q4 = listName(n.typeName);
        const e = q4 && this.enums.get(q4.qualified);
        if (e && n.newVal && !n.oldVal) e.values.push(n.newVal);
        return;
      }
      case "CreateExtensionStmt":
        this.extensions.set(n.extname, { schema: defElemString(defElem(n.options, "schema")), origin });
        return;
      case "AlterDefaultPrivilegesStmt":
        return this.declareDefaultPrivileges(n);
      case "CreateSchemaStmt":
        if (n.schemaname) {
          this.schemas.add(n.schemaname);
          if (!this.schemaOrigins.has(n.schemaname)) this.schemaOrigins.set(n.schemaname, origin);
        }
        return;
      case "CreateFunctionStmt": {
        const q4 = listName(n.funcname);
        if (!q4) return;
        const security = defElem(n.options, "security");
        const set = (n.options ?? []).map((o) => o?.DefElem).filter((d) => d?.defname === "set").map((d) => d.arg?.VariableSetStmt).find((v) => v?.name === "search_path");
        this.functions.set(q4.qualified, {
          qualified: q4.qualified,
          securityDefiner: security?.arg?.Boolean?.boolval === true,
          searchPath: set ? strings((set.args ?? []).map((a) => ({ String: { sval: a?.A_Const?.sval?.sval ?? "" } }))).join(",") : void 0,
          language: defElemString(defElem(n.options, "language"))?.toLowerCase(),
          origin
        });
        return;
      }
      case "InsertStmt":
      case "CopyStmt": {
        const t = this.table(rangeVarName(n.relation)?.qualified);
        if (t) t.seeded = true;
        return;
      }
      default:
        return;
    }
  }
  addTable(schema, name, kind, origin) {
    const qualified = `${schema}.${name}`;
    const existing = this.tables.get(qualified);
    if (existing) return existing;
    const t = {
      qualified,
      schema,
      name,
      kind,
      origin,
      columns: /* @__PURE__ */ new Map(),
      rls: false,
      policies: [],
      indexes: [],
      foreignKeys: [],
      seeded: false,
      partitioned: false
    };
    this.tables.set(qualified, t);
    return t;
  }
  createTable(n, origin) {
    const q4 = rangeVarName(n.relation);
    if (!q4) return;
    if (this.tables.has(q4.qualified)) return;
    const t = this.addTable(q4.schema, q4.name, "table", origin);
    t.partitioned = !!n.partspec;
    for (const elt of n.tableElts ?? []) {
      if (elt.ColumnDef) this.addColumn(t, elt.ColumnDef, origin);
      else if (elt.Constraint) this.addConstraint(t, elt.Constraint, origin);
    }
    const parent = n.inhRelations?.[0]?.RangeVar ? this.table(rangeVarName(n.inhRelations[0].RangeVar)?.qualified) : void 0;
    if (parent) {
      for (const [k, v] of parent.columns) if (!t.columns.has(k)) t.columns.set(k, v);
    }
  }
  addColumn(t, col, origin) {
    if (!col?.colname) return;
    const cons = columnConstraints(col);
    const type = typeInfo(col.typeName);
    t.columns.set(col.colname, {
      name: col.colname,
      type,
      notNull: cons.some((c) => c.contype === "CONSTR_NOTNULL" || c.contype === "CONSTR_PRIMARY"),
      hasDefault: cons.some((c) => c.contype === "CONSTR_DEFAULT" || c.contype === "CONSTR_IDENTITY" || c.contype === "CONSTR_GENERATED"),
      origin
    });
    for (const c of cons) {
      if (c.contype === "CONSTR_CHECK") (t.checks ??= []).push({ name: c.conname, expr: c.raw_expr, validated: true, origin });
      if (c.contype === "CONSTR_PRIMARY") t.primaryKey = [col.colname];
      if (c.contype === "CONSTR_UNIQUE")
        t.indexes.push({ table: t.qualified, columns: [col.colname], unique: true, method: "btree", partial: false, origin, name: c.conname });
      if (c.contype === "CONSTR_FOREIGN") {
        const ref = rangeVarName(c.pktable);
        if (ref)
          t.foreignKeys.push({
            table: t.qualified,
            columns: [col.colname],
            refTable: ref.qualified,
            refColumns: strings(c.pk_attrs),
            name: c.conname,
            origin,
            location: c.location
          });
      }
    }
    if (cons.some((c) => c.contype === "CONSTR_PRIMARY"))
      t.indexes.push({ table: t.qualified, columns: [col.colname], unique: true, method: "btree", partial: false, origin });
  }
  addConstraint(t, c, origin) {
    const keys = strings(c.keys);
    switch (c.contype) {
      case "CONSTR_PRIMARY":
        t.primaryKey = keys;
        t.indexes.push({ table: t.qualified, columns: keys, unique: true, method: "btree", partial: false, origin, name: this.constraintIndexName(t, c, keys) });
        this.ownIndex(`${t.schema}.${this.constraintIndexName(t, c, keys)}`, t.qualified);
        for (const k of keys) {
          const col = t.columns.get(k);
          if (col) col.notNull = true;
        }
        return;
      case "CONSTR_UNIQUE":
        t.indexes.push({ table: t.qualified, columns: keys, unique: true, method: "btree", partial: false, origin, name: this.constraintIndexName(t, c, keys) });
        this.ownIndex(`${t.schema}.${this.constraintIndexName(t, c, keys)}`, t.qualified);
        return;
      case "CONSTR_EXCLUSION":
        return;
      case "CONSTR_CHECK":
        (t.checks ??= []).push({ name: c.conname, expr: c.raw_expr, validated: !c.skip_validation, origin });
        return;
      case "CONSTR_FOREIGN": {
        const ref = rangeVarName(c.pktable);
        if (ref)
          t.foreignKeys.push({
            table: t.qualified,
            columns: strings(c.fk_attrs),
            refTable: ref.qualified,
            refColumns: strings(c.pk_attrs),
            name: c.conname,
            origin,
            location: c.location
          });
        return;
      }
      default:
        return;
    }
  }
  alterTable(n, origin) {
    const t = this.table(rangeVarName(n.relation)?.qualified);
    if (!t) return;
    for (const cmdNode of n.cmds ?? []) {
      const cmd = cmdNode.AlterTableCmd;
      if (!cmd) continue;
      switch (cmd.subtype) {
        case "AT_AddColumn":
          if (cmd.def?.ColumnDef && !t.columns.has(cmd.def.ColumnDef.colname)) this.addColumn(t, cmd.def.ColumnDef, origin);
          break;
        case "AT_DropColumn":
          t.columns.delete(cmd.name);
          t.indexes = t.indexes.filter((i) => !i.columns.includes(cmd.name));
          t.foreignKeys = t.foreignKeys.filter((f) => !f.columns.includes(cmd.name));
          break;
        case "AT_AlterColumnType": {
          const col = t.columns.get(cmd.name);
          if (col) col.type = typeInfo(cmd.def?.ColumnDef?.typeName) ?? col.type;
          break;
        }
        case "AT_SetNotNull": {
          const col = t.columns.get(cmd.name);
          if (col) col.notNull = true;
          break;
        }
        case "AT_DropNotNull": {
          const col = t.columns.get(cmd.name);
          if (col) col.notNull = false;
          break;
        }
        case "AT_ColumnDefault": {
          const col = t.columns.get(cmd.name);
          if (col) col.hasDefault = !!cmd.def;
          break;
        }
        case "AT_AddConstraint":
          if (cmd.def?.Constraint) this.addConstraint(t, cmd.def.Constraint, origin);
          break;
        case "AT_ValidateConstraint":
          for (const ch of t.checks ?? []) if (ch.name === cmd.name) ch.validated = true;
          break;
        case "AT_DropConstraint": {
          if (t.checks) t.checks = t.checks.filter((ch) => ch.name !== cmd.name);
          const index = `${t.schema}.${cmd.name}`;
          if (this.indexOwner.get(index) === t.qualified) {
            t.indexes = t.indexes.filter((i) => i.name !== cmd.name);
            if (t.primaryKey && !t.indexes.some((i) => i.unique && i.columns.join() === t.primaryKey.join())) t.primaryKey = void 0;
            this.indexOwner.delete(index);
            this.droppedIndexes.add(index);
          }
          break;
        }
        case "AT_EnableRowSecurity":
          t.rls = true;
          t.rlsOrigin ??= origin;
          break;
        case "AT_DisableRowSecurity":
          t.rls = false;
          break;
        default:
          break;
      }
    }
  }
  createIndex(n, origin) {
    const q4 = rangeVarName(n.relation);
    const t = this.table(q4?.qualified);
    const columns = (n.indexParams ?? []).map((p) => p?.IndexElem?.name ?? "(expression)");
    const info = {
      name: n.idxname,
      table: q4?.qualified ?? "",
      columns,
      unique: !!n.unique,
      method: n.accessMethod ?? "btree",
      partial: !!n.whereClause,
      origin
    };
    if (t) t.indexes.push(info);
    if (n.idxname && q4) this.ownIndex(`${q4.schema}.${n.idxname}`, q4.qualified);
  }
  /** ALTER DEFAULT PRIVILEGES … GRANT (the statement's node): recorded in defaultGrants. */
  declareDefaultPrivileges(n) {
    const a = n.action;
    const kind = defaultPrivilegeKind(a?.objtype);
    if (!a?.is_grant || !kind) return;
    const schemas = strings(defElem(n.options, "schemas")?.arg?.List?.items);
    const privs = (a.privileges ?? []).map((p) => String(p?.AccessPriv?.priv_name ?? "").toLowerCase());
    for (const schema of schemas.length ? schemas : ["*"]) {
      const key2 = `${schema}|${kind}`;
      const byRole = this.defaultGrants.get(key2) ?? /* @__PURE__ */ new Map();
      this.defaultGrants.set(key2, byRole);
      for (const role of roleNames(a.grantees)) {
        const set = byRole.get(role) ?? /* @__PURE__ */ new Set();
        byRole.set(role, set);
        for (const p of privs.length ? privs : ["all"]) set.add(p);
      }
    }
  }
  ownIndex(index, table2) {
    this.indexOwner.set(index, table2);
    this.droppedIndexes.delete(index);
  }
  /** The index a PRIMARY KEY or UNIQUE constraint creates, named the way PostgreSQL names it when unnamed. */
  constraintIndexName(t, c, keys) {
    return c.conname ?? (c.contype === "CONSTR_PRIMARY" ? `${t.name}_pkey` : `${t.name}_${keys.join("_")}_key`);
  }
  drop(n) {
    for (const obj of n.objects ?? []) {
      if (n.removeType === "OBJECT_SCHEMA") {
        const schema = obj.String?.sval;
        if (schema) this.dropSchema(schema);
        continue;
      }
      const q4 = listName(obj.List?.items ?? (obj.String ? [obj] : void 0));
      if (!q4) continue;
      if (["OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE"].includes(n.removeType)) {
        if (this.tables.delete(q4.qualified)) this.droppedTables.add(q4.qualified);
        for (const [index, owner] of this.indexOwner) {
          if (owner !== q4.qualified) continue;
          this.indexOwner.delete(index);
          this.droppedIndexes.add(index);
        }
      } else if (n.removeType === "OBJECT_INDEX") {
        const owner = this.table(this.indexOwner.get(q4.qualified));
        if (owner) owner.indexes = owner.indexes.filter((i) => i.name !== q4.name);
        if (this.indexOwner.delete(q4.qualified)) this.droppedIndexes.add(q4.qualified);
      } else if (n.removeType === "OBJECT_TYPE") {
        this.enums.delete(q4.qualified);
      } else if (n.removeType === "OBJECT_EXTENSION") {
        this.extensions.delete(q4.name);
      } else if (n.removeType === "OBJECT_POLICY") {
        const items = strings(obj.List?.items);
        const policy = items.pop();
        const table2 = this.table(listName(items.map((s) => ({ String: { sval: s } })))?.qualified);
        if (table2) table2.policies = table2.policies.filter((p) => p.name !== policy);
      }
    }
  }
  /**
   * DROP SCHEMA: without CASCADE it only succeeds on an empty schema, with CASCADE it takes every
   * object in it along; either way nothing of the schema is left, so a later CREATE is new again.
   */
  dropSchema(schema) {
    const inSchema = (qualified) => qualified.startsWith(`${schema}.`);
    for (const key2 of [...this.tables.keys()]) if (inSchema(key2) && this.tables.delete(key2)) this.droppedTables.add(key2);
    for (const key2 of [...this.enums.keys()]) if (inSchema(key2)) this.enums.delete(key2);
    for (const key2 of [...this.functions.keys()]) if (inSchema(key2)) this.functions.delete(key2);
    for (const key2 of [...this.indexOwner.keys()]) if (inSchema(key2) && this.indexOwner.delete(key2)) this.droppedIndexes.add(key2);
    for (const [name, ext] of [...this.extensions]) if (ext.schema === schema) this.extensions.delete(name);
    this.schemas.delete(schema);
    this.schemaOrigins.delete(schema);
  }
  rename(n) {
    if (n.renameType === "OBJECT_TABLE" || n.renameType === "OBJECT_VIEW") {
      const q4 = rangeVarName(n.relation);
      const t = this.table(q4?.qualified);
      if (!t || !q4) return;
      const before = t.qualified;
      this.tables.delete(t.qualified);
      (t.formerNames ??= []).push(t.name);
      t.name = n.newname;
      t.qualified = `${q4.schema}.${n.newname}`;
      this.tables.set(t.qualified, t);
      for (const [index, owner] of this.indexOwner) if (owner === before) this.indexOwner.set(index, t.qualified);
      for (const i of t.indexes) if (i.table === before) i.table = t.qualified;
    } else if (n.renameType === "OBJECT_COLUMN") {
      const t = this.table(rangeVarName(n.relation)?.qualified);
      const col = t?.columns.get(n.subname);
      if (t && col) {
        t.columns.delete(n.subname);
        col.name = n.newname;
        t.columns.set(n.newname, col);
      }
    }
  }
};
function defaultPrivilegeKind(objtype) {
  if (objtype === "OBJECT_TABLE") return "tables";
  if (objtype === "OBJECT_SEQUENCE") return "sequences";
  if (objtype === "OBJECT_FUNCTION" || objtype === "OBJECT_PROCEDURE" || objtype === "OBJECT_ROUTINE") return "functions";
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
      const q4 = rangeVarName(value);
      if (q4) out.push({ ...q4, location: value.location });
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
  return parts.flatMap((p) => rangeVars(p)).filter((q4) => !(ctes.has(q4.name) && q4.schema === "public"));
}
function dmlTarget(stmt) {
  if (stmt.kind === "InsertStmt" || stmt.kind === "UpdateStmt" || stmt.kind === "DeleteStmt") return rangeVarName(stmt.node.relation);
  return void 0;
}
function revokedFromApi(statements, qualified) {
  const revoked = /* @__PURE__ */ new Set();
  for (const s of statements) {
    if (s.kind !== "GrantStmt" || s.node.is_grant) continue;
    const objects = (s.node.objects ?? []).map((o) => rangeVarName(o.RangeVar)?.qualified);
    if (!objects.includes(qualified)) continue;
    for (const r of roleNames(s.node.grantees)) revoked.add(r);
  }
  return revoked.has("public") || revoked.has("anon") && revoked.has("authenticated");
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
function ident(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function qident(q4) {
  return `${ident(q4.schema)}.${ident(q4.name)}`;
}
function functionSignature(n) {
  const q4 = listName(n.funcname);
  const args = (n.parameters ?? []).map((p) => p?.FunctionParameter).filter((p) => p && !["FUNC_PARAM_OUT", "FUNC_PARAM_TABLE"].includes(p.mode)).map((p) => {
    const t = typeInfo(p.argType);
    return t ? `${t.schema ? `${t.schema}.` : ""}${t.display}` : "unknown";
  });
  return `${q4 ? qident(q4) : "unknown"}(${args.join(", ")})`;
}
function laterSearchPath(statements, from, qualified) {
  const later = statements.slice(statements.indexOf(from) + 1);
  return later.some(
    (s) => s.kind === "AlterFunctionStmt" && listName(s.node.func?.objname)?.qualified === qualified && searchPathOption(s.node.actions) !== void 0
  );
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
function isPlatformDefaultGrant(stmt, ctx) {
  const n = stmt.node;
  if (stmt.kind !== "GrantStmt" || !n.is_grant || n.grant_option) return false;
  const kind = defaultPrivilegeKind(n.objtype);
  if (!kind) return false;
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
      ctx.report({
        stmt,
        object: table2.qualified,
        // Without Supabase's anon key the exposure is less direct: keep it high, not critical.
        severity: ctx.supabase ? "critical" : "high",
        message: `${table2.qualified} is in the ${table2.schema} schema, which the API exposes, and row level security is never enabled on it: any client holding the ${ctx.supabase ? "anon or authenticated key" : "API credentials"} can read and write every row.`,
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

// rules/_locking-util.ts
var pgParser = __toESM(require_wasm2(), 1);

// src/report/tool-advice.ts
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

// rules/_locking-util.ts
function txHow(ctx) {
  if (ctx.tx.explicit) return "explicit";
  if (ctx.migration.transactionMode === "implicit" && !ctx.migration.transactional && executable(ctx.statements).length > 1) return "implicit";
  if (ctx.tx.wrapped) return "wrapped";
  return void 0;
}
function executable(stmts) {
  return stmts.filter((s) => s.kind !== "TransactionStmt" || !["TRANS_STMT_BEGIN", "TRANS_STMT_START", "TRANS_STMT_COMMIT"].includes(s.node?.kind));
}
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
function ident2(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
var RESERVED = /* @__PURE__ */ new Set(["user", "order", "group", "table", "select", "where", "from", "to", "default", "check", "column", "constraint", "primary", "references", "unique", "limit", "offset", "end", "desc", "asc", "all", "and", "or", "not", "null", "true", "false", "case", "when", "then", "else", "grant", "on", "in", "as", "is", "into", "create", "having", "window", "analyse", "analyze", "array", "both", "cast", "collate", "current_date", "current_role", "current_time", "current_timestamp", "current_user", "deferrable", "distinct", "do", "except", "fetch", "for", "foreign", "initially", "intersect", "lateral", "leading", "localtime", "localtimestamp", "only", "placing", "returning", "session_user", "some", "symmetric", "trailing", "union", "using", "variadic", "with"]);
function relSql(q4, rv) {
  return rv && !rv.schemaname ? ident2(q4.name) : `${ident2(q4.schema)}.${ident2(q4.name)}`;
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
function strongLocks(stmt, ctx) {
  const n = stmt.node;
  const out = [];
  const add2 = (q4, mode) => {
    const name = typeof q4 === "string" ? q4 : q4?.qualified;
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
          add2(rangeVarName(cmd.def.Constraint.pktable), "SHARE ROW EXCLUSIVE");
        } else if (st === "AT_DetachPartition") {
          if (cmd.def?.PartitionCmd?.concurrent) continue;
          stronger("ACCESS EXCLUSIVE");
          add2(rangeVarName(cmd.def?.PartitionCmd?.name), "ACCESS EXCLUSIVE");
        } else if (st === "AT_AttachPartition") {
          add2(rangeVarName(cmd.def?.PartitionCmd?.name), "ACCESS EXCLUSIVE");
        } else if (SHARE_ROW_EXCLUSIVE_CMDS.has(st)) {
          stronger("SHARE ROW EXCLUSIVE");
        } else if (!SHARE_UPDATE_EXCLUSIVE_CMDS.has(st)) {
          stronger("ACCESS EXCLUSIVE");
          if (st === "AT_AddColumn") {
            for (const con of cmd.def?.ColumnDef?.constraints ?? [])
              if (con?.Constraint?.contype === "CONSTR_FOREIGN") add2(rangeVarName(con.Constraint.pktable), "SHARE ROW EXCLUSIVE");
          }
        }
      }
      if (mode) add2(t, mode);
      return out;
    }
    case "RenameStmt":
      if (n.renameType === "OBJECT_TABLE" || ["OBJECT_COLUMN", "OBJECT_TABCONSTRAINT"].includes(n.renameType) && n.relationType === "OBJECT_TABLE")
        add2(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "DropStmt": {
      if (n.removeType === "OBJECT_TABLE") {
        for (const o of n.objects ?? []) add2(listName(o?.List?.items), "ACCESS EXCLUSIVE");
      } else if (n.removeType === "OBJECT_INDEX" && !n.concurrent) {
        for (const o of n.objects ?? []) {
          const q4 = listName(o?.List?.items);
          if (q4) add2(indexTable(ctx, q4), "ACCESS EXCLUSIVE");
        }
      } else if (["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"].includes(n.removeType)) {
        for (const o of n.objects ?? []) {
          const items = strings(o?.List?.items);
          items.pop();
          if (items.length) add2(listName(items.map((s) => ({ String: { sval: s } }))), "ACCESS EXCLUSIVE");
        }
      }
      return out;
    }
    case "TruncateStmt":
      for (const r of n.relations ?? []) add2(rangeVarName(r?.RangeVar), "ACCESS EXCLUSIVE");
      return out;
    case "CreateTrigStmt":
      add2(rangeVarName(n.relation), "SHARE ROW EXCLUSIVE");
      return out;
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      add2(rangeVarName(n.table), "ACCESS EXCLUSIVE");
      return out;
    case "RuleStmt":
      add2(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "CreateStmt": {
      for (const elt of n.tableElts ?? []) {
        for (const con of [elt?.Constraint, ...(elt?.ColumnDef?.constraints ?? []).map((c) => c?.Constraint)])
          if (con?.contype === "CONSTR_FOREIGN") add2(rangeVarName(con.pktable), "SHARE ROW EXCLUSIVE");
      }
      if (n.partbound) for (const p of n.inhRelations ?? []) add2(rangeVarName(p?.RangeVar), "ACCESS EXCLUSIVE");
      return out;
    }
    case "LockStmt": {
      const mode = LOCK_MODES[n.mode ?? 8];
      if (mode) for (const r of n.relations ?? []) add2(rangeVarName(r?.RangeVar), mode);
      return out;
    }
    case "VacuumStmt":
      if (isVacuumFull(n)) for (const r of n.rels ?? []) add2(rangeVarName(r?.VacuumRelation?.relation), "ACCESS EXCLUSIVE");
      return out;
    case "ClusterStmt":
      add2(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "RefreshMatViewStmt":
      if (!n.concurrent) add2(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      return out;
    case "ReindexStmt":
      if (hasOption(n.params, "concurrently")) return out;
      if (n.kind === "REINDEX_OBJECT_TABLE") add2(rangeVarName(n.relation), "ACCESS EXCLUSIVE");
      else if (n.kind === "REINDEX_OBJECT_INDEX") {
        const q4 = rangeVarName(n.relation);
        if (q4) add2(indexTable(ctx, q4), "ACCESS EXCLUSIVE");
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
      const q4 = rangeVarName(s.node.relation);
      if (q4) out.add(q4.qualified);
    } else if (s.kind === "CreateTableAsStmt") {
      const q4 = rangeVarName(s.node.into?.rel);
      if (q4) out.add(q4.qualified);
    } else if (s.kind === "ViewStmt") {
      const q4 = rangeVarName(s.node.view);
      if (q4) out.add(q4.qualified);
    }
  }
  return out;
}
var createdCache = /* @__PURE__ */ new WeakMap();
function deparse(kind, node) {
  try {
    const out = pgParser.deparseSync({ version: 170004, stmts: [{ stmt: { [kind]: node } }] });
    return typeof out === "string" ? out.trim() : void 0;
  } catch {
    return void 0;
  }
}
function clone(v) {
  return JSON.parse(JSON.stringify(v));
}
function inPlaceOf(stmt, cmd, replacement) {
  const cmds = stmt.node.cmds ?? [];
  const at = cmds.findIndex((c) => c?.AlterTableCmd === cmd);
  if (at < 0) return replacement;
  return [...cmds.slice(0, at), ...replacement, ...cmds.slice(at + 1)];
}
function alterSql(stmt, cmds) {
  const sql = deparse("AlterTableStmt", { ...stmt.node, cmds: clone(cmds) });
  return sql ? sql + ";" : void 0;
}
function indexConstraintHits(stmt, contype, table2) {
  const out = [];
  const tableSql = relSql(table2, stmt.node.relation);
  const kw = contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : "UNIQUE";
  const drops = (stmt.node.cmds ?? []).map((c) => c?.AlterTableCmd).filter((c) => c?.subtype === "AT_DropConstraint" && c.name).map((c) => `DROP CONSTRAINT ${c.missing_ok ? "IF EXISTS " : ""}${ident2(c.name)}, `).join("");
  const build = (con, name, columns) => {
    const nnd = con.nulls_not_distinct ? " NULLS NOT DISTINCT" : "";
    const include = strings(con.including);
    const index = `${name}_idx`;
    const idx = `CREATE UNIQUE INDEX CONCURRENTLY ${ident2(index)} ON ${tableSql} (${columns.map(ident2).join(", ")})${include.length ? ` INCLUDE (${include.map(ident2).join(", ")})` : ""}${nnd};`;
    const deferrable = con.deferrable ? ` DEFERRABLE${con.initdeferred ? " INITIALLY DEFERRED" : ""}` : "";
    const attach = `ALTER TABLE ${tableSql} ${drops}ADD CONSTRAINT ${ident2(name)} ${kw} USING INDEX ${ident2(index)}${deferrable};`;
    return { idx, attach };
  };
  for (const c of stmt.node.cmds ?? []) {
    const cmd = c?.AlterTableCmd;
    if (cmd?.subtype === "AT_AddConstraint") {
      const con = cmd.def?.Constraint;
      if (con?.contype !== contype || con.indexname) continue;
      const columns = strings(con.keys);
      if (!columns.length) continue;
      const name = con.conname ?? (contype === "CONSTR_PRIMARY" ? `${table2.name}_pkey` : `${table2.name}_${columns.join("_")}_key`);
      const { idx, attach } = build(con, name, columns);
      out.push({ location: con.location, name, columns, sql: `${idx}
${attach}` });
    } else if (cmd?.subtype === "AT_AddColumn") {
      const col = cmd.def?.ColumnDef;
      const con = (col?.constraints ?? []).map((x) => x?.Constraint).find((x) => x?.contype === contype);
      if (!con || !col?.colname) continue;
      const name = con.conname ?? (contype === "CONSTR_PRIMARY" ? `${table2.name}_pkey` : `${table2.name}_${col.colname}_key`);
      const bare2 = { ...cmd, def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x) => x?.Constraint?.contype !== contype) } } };
      const add2 = alterSql(stmt, [{ AlterTableCmd: bare2 }]);
      const { idx, attach } = build(con, name, [col.colname]);
      out.push({ location: con.location ?? col.location, name, columns: [col.colname], viaColumn: col.colname, sql: [add2, idx, attach].filter(Boolean).join("\n") });
    }
  }
  return out;
}

// rules/require-concurrent-index-deletion.ts
var require_concurrent_index_deletion_default = defineRule({
  id: "require-concurrent-index-deletion",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "Index dropped without CONCURRENTLY on an existing table",
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
          const name = n.objects && h.index.schema !== "public" ? `${ident2(h.index.schema)}.${ident2(h.index.name)}` : ident2(h.index.name);
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
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const con = cmd?.def?.Constraint;
      if (cmd?.subtype !== "AT_AddConstraint" || con?.contype !== "CONSTR_CHECK" || con.skip_validation) continue;
      const cols = [...new Set(columnRefs(con.raw_expr).map((r) => r[r.length - 1]).filter(Boolean))];
      const name = con.conname ?? `${table2.name}_${cols.length === 1 ? cols[0] : ""}${cols.length === 1 ? "_" : ""}check`.replace(/__/g, "_");
      const fixed = clone(cmd);
      fixed.def.Constraint.conname = name;
      fixed.def.Constraint.skip_validation = true;
      delete fixed.def.Constraint.initially_valid;
      const add2 = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
      ctx.report({
        stmt,
        location: con.location,
        object: `${table2.qualified}.${name}`,
        message: `ADD CONSTRAINT … CHECK takes an ACCESS EXCLUSIVE lock on ${table2.qualified} and keeps it while it reads every row to prove the constraint holds: every read and write of the table waits for the whole scan, which on a large table is minutes.`,
        fix: {
          description: "Add the constraint NOT VALID (enforced for new rows at once, no scan), then validate it in a separate transaction (a later migration): VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.",
          sql: add2 ? `${add2}
-- in a separate migration (its own transaction):
ALTER TABLE ${relSql(table2, stmt.node.relation)} VALIDATE CONSTRAINT ${ident2(name)};` : void 0
        },
        evidence: { lock: "ACCESS EXCLUSIVE", scan: true }
      });
    }
  }
});

// rules/adding-foreign-key-constraint.ts
var adding_foreign_key_constraint_default = defineRule({
  id: "adding-foreign-key-constraint",
  phase: "static",
  severity: "high",
  category: "locking",
  title: "Foreign key added without NOT VALID on an existing table",
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    const partitioned = !!info?.partitioned && ctx.settings.pgVersion < 18;
    const tableSql = relSql(table2, stmt.node.relation);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (!cmd) continue;
      if (cmd.subtype === "AT_AddConstraint") {
        const con = cmd.def?.Constraint;
        if (con?.contype !== "CONSTR_FOREIGN" || con.skip_validation) continue;
        const ref = rangeVarName(con.pktable);
        const cols = strings(con.fk_attrs);
        const name = con.conname ?? `${table2.name}_${cols.join("_")}_fkey`;
        const fixed = clone(cmd);
        fixed.def.Constraint.conname = name;
        fixed.def.Constraint.skip_validation = true;
        delete fixed.def.Constraint.initially_valid;
        const add2 = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
        report2(con.location, `${table2.qualified}.${name}`, cols, ref?.qualified, name, add2 ? [add2] : [], false);
      } else if (cmd.subtype === "AT_AddColumn") {
        const col = cmd.def?.ColumnDef;
        const fks = (col?.constraints ?? []).map((x) => x?.Constraint).filter((x) => x?.contype === "CONSTR_FOREIGN");
        for (const con of fks) {
          const ref = rangeVarName(con.pktable);
          const name = con.conname ?? `${table2.name}_${col.colname}_fkey`;
          const bare2 = clone(cmd);
          bare2.def.ColumnDef.constraints = (bare2.def.ColumnDef.constraints ?? []).filter((x) => x?.Constraint?.contype !== "CONSTR_FOREIGN");
          const fk2 = clone(con);
          fk2.conname = name;
          fk2.fk_attrs = [{ String: { sval: col.colname } }];
          fk2.skip_validation = true;
          delete fk2.initially_valid;
          const sql = [
            alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare2 }])),
            alterSql(stmt, [{ AlterTableCmd: { subtype: "AT_AddConstraint", def: { Constraint: fk2 }, behavior: "DROP_RESTRICT" } }])
          ].filter((s) => !!s);
          report2(con.location, `${table2.qualified}.${col.colname}`, [col.colname], ref?.qualified, name, sql, true);
        }
      }
    }
    function report2(location2, object, cols, ref, name, sql, viaColumn) {
      const refText = ref ?? "the referenced table";
      const lockText = viaColumn ? `ADD COLUMN … REFERENCES takes an ACCESS EXCLUSIVE lock on ${table2.qualified} and a SHARE ROW EXCLUSIVE lock on ${refText}, and validates the new foreign key by scanning all of ${table2.qualified} while both are held` : `ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE locks on ${table2.qualified} and on ${refText} and holds them while it checks every existing row of ${table2.qualified} (${cols.join(", ")}) against ${refText}`;
      const blocked = viaColumn ? `reads and writes of ${table2.qualified} and writes to ${refText} wait for the whole scan.` : `every INSERT, UPDATE and DELETE on both tables waits for the whole scan.`;
      ctx.report({
        stmt,
        location: location2,
        object,
        message: `${lockText}: ${blocked}` + (partitioned ? ` ${table2.qualified} is partitioned, and before PostgreSQL 18 a foreign key on a partitioned table cannot be NOT VALID.` : ""),
        fix: partitioned ? {
          description: "Before PostgreSQL 18 a partitioned table cannot take a NOT VALID foreign key. Add the foreign key NOT VALID to each partition and VALIDATE it there (in separate transactions), then add it to the parent: Postgres reuses the matching partition constraints instead of scanning again."
        } : {
          description: (viaColumn ? "Add the column without REFERENCES, then add the foreign key" : "Add the foreign key") + " NOT VALID (checked for new rows at once, no scan; the locks are held only briefly), and run VALIDATE CONSTRAINT in a separate transaction (a later migration): it scans under SHARE UPDATE EXCLUSIVE on the table and ROW SHARE on the referenced table, so reads and writes continue.",
          sql: sql.length ? `${sql.join("\n")}
-- in a separate migration (its own transaction):
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident2(name)};` : void 0
        },
        evidence: { lock: "SHARE ROW EXCLUSIVE", tables: [table2.qualified, ref].filter(Boolean), scan: true }
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
ALTER TABLE ${relSql(table2, stmt.node.relation)} VALIDATE CONSTRAINT ${ident2(cmd.name)};`
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
  const last2 = parts[parts.length - 1];
  if (!last2 || last2 === info.name) return info.display;
  return `${parts.map((p) => quote ? ident2(p) : p).join(".")}${info.mods.length ? `(${info.mods.join(",")})` : ""}${info.array ? "[]" : ""}`;
}
var changing_column_type_default = defineRule({
  id: "changing-column-type",
  phase: "static",
  severity: "high",
  category: "rewrite",
  title: "Column type change rewrites an existing table",
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    const tableSql = relSql(table2, stmt.node.relation);
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
      let verdict = usingChanges ? { kind: "rewrite", why: "the USING expression computes a new value for every row" } : judgeTypeChange(old, neu, ctx.settings.pgVersion);
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
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident2(`${table2.name}_${col}_length`)} CHECK (char_length(${ident2(col)}) <= ${limit}) NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident2(`${table2.name}_${col}_length`)};`
      } : {
        description: "Change the type without a long lock by expanding and contracting: add a new column of the new type, keep it in sync for new writes (a trigger, or the application writing both), backfill existing rows in small batches, move readers to it, then drop the old column and rename. On a small table, run the change with a short lock_timeout in a quiet period.",
        sql: `ALTER TABLE ${tableSql} ADD COLUMN ${ident2(col + "_new")} ${typeSql};
-- keep ${col}_new in sync (trigger), then backfill in batches, e.g.:
-- UPDATE ${tableSql} SET ${ident2(col + "_new")} = ${ident2(col)}::${typeSql} WHERE <key range> AND ${ident2(col + "_new")} IS NULL;
-- after the application reads ${col}_new:
-- ALTER TABLE ${tableSql} DROP COLUMN ${ident2(col)};
-- ALTER TABLE ${tableSql} RENAME COLUMN ${ident2(col + "_new")} TO ${ident2(col)};`
      };
      ctx.report({ stmt, location: def?.location, object, message, severity, fix, evidence: { from: old?.display, to: neu.display, lock: "ACCESS EXCLUSIVE", rewrite: verdict.kind } });
    }
  }
});

// rules/adding-field-with-default.ts
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
function isNullConst(expr) {
  return !!expr?.A_Const?.isnull || !!expr?.TypeCast && !!expr.TypeCast.arg?.A_Const?.isnull;
}
var adding_field_with_default_default = defineRule({
  id: "adding-field-with-default",
  phase: "static",
  severity: "high",
  category: "rewrite",
  title: "New column forces a table rewrite",
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const tableSql = relSql(table2, stmt.node.relation);
    const pg2 = ctx.settings.pgVersion;
    for (const c of stmt.node.cmds ?? []) {
      let defaultLater2 = function() {
        const add2 = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: { ...cmd, def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x) => !["CONSTR_DEFAULT", "CONSTR_NOTNULL"].includes(x?.Constraint?.contype)) } } } }]));
        const setDefault = alterSql(stmt, [{ AlterTableCmd: { subtype: "AT_ColumnDefault", name, def, behavior: "DROP_RESTRICT" } }]);
        return {
          description: "Add the column without the default, then set the default in a separate statement: it applies only to rows inserted from then on, so nothing is rewritten. Backfill existing rows in small batches, and add NOT NULL afterwards without a long scan (see setting-not-null-field).",
          sql: [add2, setDefault, `-- backfill in batches: UPDATE ${tableSql} SET ${colSql} = <default> WHERE ${colSql} IS NULL AND <key range>;`].filter(Boolean).join("\n")
        };
      };
      var defaultLater = defaultLater2;
      const cmd = c?.AlterTableCmd;
      const col = cmd?.def?.ColumnDef;
      if (cmd?.subtype !== "AT_AddColumn" || !col?.colname) continue;
      const cons = columnConstraints(col);
      const type = typeInfo(col.typeName);
      const def = cons.find((x) => x.contype === "CONSTR_DEFAULT")?.raw_expr;
      const identity = cons.find((x) => x.contype === "CONSTR_IDENTITY");
      const generated = cons.find((x) => x.contype === "CONSTR_GENERATED");
      const name = col.colname;
      const colSql = ident2(name);
      const bareType = type?.display ?? "bigint";
      let why;
      let fix;
      const volatile = def ? volatileCall(def, ctx) : void 0;
      if (generated) {
        why = `a STORED generated column is computed and written for every existing row`;
        fix = {
          description: (pg2 >= 18 ? "On PostgreSQL 18 a VIRTUAL generated column (computed on read) needs no rewrite. Otherwise add " : "Add ") + "a plain nullable column, fill it for new rows with a trigger, and backfill existing rows in small batches.",
          sql: `ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${bareType};
-- a BEFORE INSERT OR UPDATE trigger keeps ${name} computed; then backfill in batches`
        };
      } else if (identity || isSerial(type)) {
        const seq = `${table2.name}_${name}_seq`;
        const intType = type && isSerial(type) ? /^(bigserial|serial8)$/.test(type.name) ? "bigint" : /^(smallserial|serial2)$/.test(type.name) ? "smallint" : "integer" : bareType;
        why = identity ? "an identity column draws a sequence value for every existing row" : `${type.name} draws a sequence value (nextval) for every existing row`;
        fix = {
          description: "Add a plain nullable column, attach a sequence default (applies to new rows only, no rewrite), and backfill existing rows in small batches; make it NOT NULL afterwards without a long scan (see setting-not-null-field).",
          sql: `ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${intType};
CREATE SEQUENCE ${ident2(seq)} OWNED BY ${tableSql}.${colSql};
ALTER TABLE ${tableSql} ALTER COLUMN ${colSql} SET DEFAULT nextval('${seq}');
-- backfill in batches: UPDATE ${tableSql} SET ${colSql} = nextval('${seq}') WHERE ${colSql} IS NULL AND <key range>;`
        };
      } else if (volatile) {
        why = `its default calls ${volatile}(), which is volatile, so it is evaluated and written for every existing row`;
        fix = defaultLater2();
      } else if (def && pg2 < 11 && !isNullConst(def)) {
        why = `before PostgreSQL 11 any non-NULL default is written into every existing row (the target is PostgreSQL ${pg2})`;
        fix = defaultLater2();
      } else continue;
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
function runnerWraps(m) {
  if (!m.transactional) return false;
  return m.transactionMode === void 0 || m.transactionMode === "per-migration" || m.transactionMode === "all-pending";
}
function isBegin(s) {
  return s.kind === "TransactionStmt" && (s.node.kind === "TRANS_STMT_BEGIN" || s.node.kind === "TRANS_STMT_START");
}
function isEnd(s) {
  return s.kind === "TransactionStmt" && ["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"].includes(s.node.kind);
}
var INERT = /* @__PURE__ */ new Set(["VariableSetStmt", "VariableShowStmt", "TransactionStmt", "ExplainStmt", "CheckPointStmt", "ListenStmt", "UnlistenStmt", "NotifyStmt", "DiscardStmt", "LoadStmt"]);
function isChange(s) {
  if (INERT.has(s.kind)) return false;
  if (s.kind === "SelectStmt") return !!s.node.intoClause;
  return true;
}
function cannotRunInTransaction2(s, pgVersion) {
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
function isAtomic(m, statements) {
  if (m.transactional) return true;
  if (m.transactionMode === "implicit") return statements.length > 1;
  return false;
}
function partialApply(m, statements) {
  if (runnerWraps(m)) {
    return {
      possible: false,
      why: m.transactionMode === "all-pending" ? `the runner applies every pending migration in one transaction — ${m.transactionNote}` : `the runner wraps the file in one transaction — ${m.transactionNote}`
    };
  }
  if (m.transactional) return { possible: false, why: "the file wraps its statements in its own BEGIN … COMMIT" };
  const changes = statements.filter(isChange).length;
  if (changes <= 1) return { possible: false, why: "the file holds a single statement, which applies completely or not at all" };
  if (m.transactionMode === "implicit") return { possible: false, why: `the runner sends the file as one query string, which PostgreSQL runs as one implicit transaction — ${m.transactionNote}` };
  return { possible: true, why: `nothing wraps the file in a transaction — ${m.transactionNote} — so a failure leaves the statements before it applied` };
}
function failureEffect(m, statements, at) {
  const p = partialApply(m, statements);
  if (!p.possible) return `and nothing of the file stays applied: ${p.why}`;
  const before = statements.filter((s) => s.index < at.index && isChange(s)).length;
  if (!before) return `at its first change, so nothing stays applied; the ones after it do not run (${m.transactionNote})`;
  return `with the ${before} statement${before === 1 ? "" : "s"} before it already applied, leaving the migration half-applied: ${p.why}`;
}
function colType(colDef) {
  return typeInfo(colDef?.typeName);
}
function columnSites(stmt) {
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
function qname(q4) {
  return q4.schema === "public" ? ident3(q4.name) : `${ident3(q4.schema)}.${ident3(q4.name)}`;
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
var adding_required_field_default = defineRule({
  id: "adding-required-field",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "NOT NULL column added without a default",
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
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
      const nullDefault = !!def?.A_Const?.isnull || !!def?.TypeCast?.arg?.A_Const?.isnull;
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
-- backfill: UPDATE ${tableSql} SET ${ident2(name)} = … WHERE ${ident2(name)} IS NULL;
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
  check(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.node.objtype !== "OBJECT_TABLE") return;
    const table2 = rangeVarName(stmt.node.relation);
    if (!table2 || !ctx.isExisting(table2)) return;
    const info = ctx.table(table2);
    const pg2 = ctx.settings.pgVersion;
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
      if (pg2 >= 12 && (info?.checks ?? []).some((ch) => ch.validated && impliesNotNull(ch.expr, col))) continue;
      const check = `${table2.name}_${col}_not_null`;
      const fix = pg2 >= 18 ? {
        description: "On PostgreSQL 18, add the NOT NULL constraint NOT VALID (no scan, enforced for new rows at once) and validate it in a separate migration: VALIDATE scans under SHARE UPDATE EXCLUSIVE, which does not block reads or writes, and marks the column NOT NULL.",
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident2(check)} NOT NULL ${ident2(col)} NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident2(check)};`
      } : pg2 >= 12 ? {
        description: "Prove the column has no NULLs without a blocking scan: add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a separate migration (SHARE UPDATE EXCLUSIVE: reads and writes continue), then SET NOT NULL, which uses the validated check instead of scanning, and drop the check.",
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident2(check)} CHECK (${ident2(col)} IS NOT NULL) NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident2(check)};
-- then (instant: the validated check proves it):
ALTER TABLE ${tableSql} ALTER COLUMN ${ident2(col)} SET NOT NULL;
ALTER TABLE ${tableSql} DROP CONSTRAINT ${ident2(check)};`
      } : {
        description: `Before PostgreSQL 12 SET NOT NULL always scans (the target is PostgreSQL ${pg2}). Enforce the rule with a CHECK (col IS NOT NULL) constraint added NOT VALID and validated in a separate migration instead, or run SET NOT NULL in a quiet period with a short lock_timeout.`,
        sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident2(check)} CHECK (${ident2(col)} IS NOT NULL) NOT VALID;
-- in a separate migration:
ALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident2(check)};`
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
  return strongLocks(stmt, ctx).filter((l) => {
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
  check(stmt, ctx) {
    if (ctx.tx.lockTimeout || setConfigBefore(ctx.statements, stmt)) return;
    const reported = reviewState(ctx, "require-lock-timeout", () => /* @__PURE__ */ new WeakSet());
    if (reported.has(ctx.source)) return;
    if (!strongLocks(stmt, ctx).length) return;
    const created = createdInSource(ctx);
    const first = existingLocks(stmt, ctx, created);
    if (!first.length) return;
    reported.add(ctx.source);
    const tables = /* @__PURE__ */ new Map();
    const rank2 = (m) => m === "ACCESS EXCLUSIVE" ? 3 : m === "EXCLUSIVE" ? 2 : 1;
    const pos = ctx.statements.indexOf(stmt);
    for (const s of ctx.statements.slice(pos < 0 ? 0 : pos)) {
      if (s !== stmt && isLockTimeoutSet(s)) break;
      for (const l of s === stmt ? first : existingLocks(s, ctx, created)) {
        const prev = tables.get(l.table);
        if (!prev || rank2(l.mode) > rank2(prev)) tables.set(l.table, l.mode);
      }
    }
    const list2 = [...tables].map(([t, m]) => `${t} (${m})`).join(", ");
    const local = ctx.tx.inTransaction;
    const blocksReads2 = [...tables.values()].some((m) => m === "ACCESS EXCLUSIVE");
    ctx.report({
      stmt,
      object: first[0].table,
      severity: blocksReads2 ? void 0 : "low",
      message: `This migration takes strong locks on existing tables without a lock_timeout: ${list2}. A lock request waits behind every transaction already using the table ` + (blocksReads2 ? `(a long query, a session idle in transaction), and while it waits every new query on the table, plain SELECTs included, queues behind it: a migration that would take milliseconds can stall the application for as long as the oldest transaction runs.` : `(a long query, a session idle in transaction), and while it waits every new INSERT, UPDATE and DELETE on the table queues behind it; reads go on. The stall lasts as long as the oldest transaction runs.`),
      fix: {
        description: `Set a short lock_timeout before the first such statement, so that the migration fails fast instead of blocking traffic, and retry it (the deploy job, or a retry loop) until it gets the lock at a quiet moment.` + (local ? " SET LOCAL keeps the setting to this migration's transaction." : ""),
        sql: local ? `SET LOCAL lock_timeout = '5s';` : `SET lock_timeout = '5s';`
      },
      evidence: { tables: Object.fromEntries(tables) }
    });
  }
});

// rules/enum-value-in-same-transaction.ts
var ENDS2 = /* @__PURE__ */ new Set(["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED", "TRANS_STMT_PREPARE"]);
function typeMatches(typeName, t) {
  const q4 = listName(typeName?.names);
  if (!q4) return false;
  return q4.name === t.name && (!typeName.names || strings(typeName.names).length < 2 || q4.schema === t.schema);
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
      const q4 = rangeVarName(value);
      if (q4) tables.add(q4.qualified);
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
var enum_value_in_same_transaction_default = defineRule({
  id: "enum-value-in-same-transaction",
  phase: "static",
  severity: "critical",
  category: "deploy",
  title: "New enum value used in the transaction that adds it",
  check(stmt, ctx) {
    const pending = reviewState(ctx, "enum-value-in-same-transaction", () => []);
    const allPending = ctx.migration.transactionMode === "all-pending";
    for (const p of [...pending]) {
      const same2 = p.source === ctx.source || p.allPending && allPending;
      if (!same2) continue;
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
    if (stmt.kind === "TransactionStmt" && ENDS2.has(stmt.node.kind)) {
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
      target = n.name ? ident2(n.name) : "";
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
-- CREATE UNIQUE INDEX CONCURRENTLY ${ident2(`${mv.name}_key`)} ON ${mvSql} (<columns that identify a row>);
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
      const copiedInto = earlier.filter((s) => s.kind === "InsertStmt" && readsTable(s.node.selectStmt, table2.qualified)).map((s) => rangeVarName(s.node.relation)?.qualified).filter((q4) => !!q4 && q4 !== table2.qualified);
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
  check(stmt, ctx) {
    if (stmt.kind !== "DropStmt" || stmt.node.removeType !== "OBJECT_SCHEMA" || stmt.node.behavior !== "DROP_CASCADE") return;
    const unit = unitOf(ctx.set, ctx.migration);
    for (const obj of stmt.node.objects ?? []) {
      const schema = obj?.String?.sval;
      if (!schema) continue;
      if (ctx.model.schemaOrigins.get(schema)?.unit === unit) continue;
      const tables = [...ctx.model.tables.values()].filter((t) => t.schema === schema);
      const inside = tables.length ? ` pgreview knows of ${tables.length} table${tables.length === 1 ? "" : "s"} in it (${tables.slice(0, 5).map((t) => t.name).join(", ")}${tables.length > 5 ? ", …" : ""}), all of which go with their data.` : " pgreview does not see what is in it, but CASCADE drops whatever is there.";
      ctx.report({
        stmt,
        object: schema,
        // Nothing known inside and the schema is not known either: still destructive, but less certain.
        severity: tables.length || ctx.model.schemaOrigins.has(schema) || schema === "public" ? "critical" : "high",
        message: `DROP SCHEMA ${schema} CASCADE drops every table, view, function, type and sequence in the schema, and also objects elsewhere that depend on them (views, foreign keys, column defaults), without listing them.` + inside + " There is no undo short of a backup restore.",
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
          sql: `TRUNCATE ${[...targets.map((t) => qname(t)), ...extra.map((q4) => qname({ schema: q4.slice(0, q4.indexOf(".")), name: q4.slice(q4.indexOf(".") + 1) }))].join(", ")};`
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
  check(stmt, ctx) {
    const n = stmt.node;
    const reported = /* @__PURE__ */ new Set();
    if (stmt.kind === "CreateStmt") {
      const table2 = rangeVarName(n.relation);
      if (!table2) return;
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
        const isPk = columnConstraints(col.def).some((c) => c.contype === "CONSTR_PRIMARY") || pkKeys.length === 1 && pkKeys[0] === col.name;
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
          key(ctx, stmt, table2, col, columnConstraints(d).some((c) => c.contype === "CONSTR_PRIMARY"), "add", reported);
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
  const identity = via === "identity" || columnConstraints(col.def).some((c) => c.contype === "CONSTR_IDENTITY");
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
  for (const col of cols.values()) if (columnConstraints(col.def).some((c) => c.contype === "CONSTR_PRIMARY")) return [col.name];
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
      const pk = columnConstraints(site.def).some((c) => c.contype === "CONSTR_PRIMARY") ? " PRIMARY KEY" : "";
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
  const last2 = statements[statements.length - 1];
  const ends = statements.filter((s) => s.index > begin.index && isEnd(s));
  return !before.length && ends.length === 1 && ends[0] === last2 && last2.node.kind === "TRANS_STMT_COMMIT" && !statements.some((s) => s !== begin && isBegin(s));
}

// rules/uncommitted-transaction.ts
var uncommitted_transaction_default = defineRule({
  id: "uncommitted-transaction",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "BEGIN without COMMIT",
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
      const noTx = changes.filter((s) => cannotRunInTransaction2(s, ctx.settings.pgVersion));
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
var pgParser2 = __toESM(require_wasm2(), 1);
function definedNames(stmt) {
  const n = stmt.node;
  const out = [];
  const add2 = (name, kind, location2) => {
    if (typeof name === "string" && name) out.push({ name, kind, location: location2 });
  };
  const last2 = (items) => strings(items).pop();
  switch (stmt.kind) {
    case "CreateStmt":
      add2(n.relation?.relname, "table", n.relation?.location);
      break;
    case "ViewStmt":
      add2(n.view?.relname, "view", n.view?.location);
      break;
    case "CreateTableAsStmt":
      add2(n.into?.rel?.relname, n.objtype === "OBJECT_MATVIEW" ? "materialized view" : "table", n.into?.rel?.location);
      break;
    case "CreateSeqStmt":
      add2(n.sequence?.relname, "sequence", n.sequence?.location);
      break;
    case "CreateSchemaStmt":
      add2(n.schemaname, "schema");
      break;
    case "IndexStmt":
      add2(n.idxname, "index");
      break;
    case "CreatePolicyStmt":
      add2(n.policy_name, "policy");
      break;
    case "CreateTrigStmt":
      add2(n.trigname, "trigger");
      break;
    case "CreateFunctionStmt":
      add2(last2(n.funcname), n.is_procedure ? "procedure" : "function");
      break;
    case "CreateEnumStmt":
    case "CreateRangeStmt":
      add2(last2(n.typeName), "type");
      break;
    case "CreateDomainStmt":
      add2(last2(n.domainname), "domain");
      break;
    case "CompositeTypeStmt":
      add2(n.typevar?.relname, "type", n.typevar?.location);
      break;
    case "RenameStmt":
      add2(n.newname, "new name");
      break;
    default:
      break;
  }
  if (["CreateStmt", "AlterTableStmt", "CompositeTypeStmt", "CreateDomainStmt"].includes(stmt.kind)) {
    walk(n, (key2, value) => {
      if (key2 === "ColumnDef") add2(value.colname, "column", value.location);
      if (key2 === "Constraint") add2(value.conname, "constraint", value.location);
    });
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
    tokens = pgParser2.scanSync(sql).tokens;
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
var identifier_too_long_default = defineRule({
  id: "identifier-too-long",
  phase: "static",
  severity: "medium",
  category: "deploy",
  title: "Identifier longer than 63 bytes is truncated",
  check(stmt, ctx) {
    const candidates = definedNames(stmt).filter((d) => Buffer.byteLength(d.name) >= MAX_IDENTIFIER_BYTES - 3 - 1);
    if (!candidates.length) return;
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
var FIX = {
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
        fix: { description: FIX[reason] ?? FIX.unreadable }
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
  check(stmt, ctx) {
    if (stmt.kind !== "CreatePolicyStmt" && stmt.kind !== "AlterPolicyStmt") return;
    const n = stmt.node;
    const calls = [...perRowCalls(n.qual), ...perRowCalls(n.with_check)];
    if (calls.length === 0) return;
    const table2 = rangeVarName(n.table);
    const names = [...new Set(calls.map((c) => c.name))];
    const onlySetting = names.every((x) => x === "current_setting()");
    const rewritten = wrapInitPlan(stmt.sql);
    ctx.report({
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
var INTENT = /\b(public|publicly|everyone|everybody|anyone|anybody|anon|anonymous|world|all users|all authenticated|any authenticated|any signed[- ]in|all signed[- ]in|every signed[- ]in|any logged[- ]in|all logged[- ]in|every logged[- ]in)\b/i;
var policy_always_true_without_role_default = defineRule({
  id: "policy-always-true-without-role",
  phase: "static",
  severity: "critical",
  category: "security",
  title: "Policy that lets every row through, for every role",
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
    ctx.report({
      stmt,
      object: `${target}.${name}`,
      severity,
      message: `Policy "${name}" on ${target} is FOR ${cmd.toUpperCase()} with ${clause} and ${rolesText}: ${who} can ${verb}. ${write ? "Row level security is effectively off for this command." : anonToo ? "If the rows are public on purpose, say so with TO anon, authenticated; otherwise filter by owner." : "In a multi-user or multi-tenant table that leaks other users’ rows; filter by owner or tenant."}${serviceRoleIntent ? ` The name says it is meant for the service role, but a policy applies to the roles in its TO clause, not to the role in its name; and the service_role key needs no policy at all: the role has BYPASSRLS, so the cron jobs and server routes that use it already bypass row level security.` : ""}`,
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
  check(stmt, ctx) {
    if (stmt.kind === "CreateFunctionStmt") {
      const n = stmt.node;
      if (defElem(n.options, "security")?.arg?.Boolean?.boolval !== true) return;
      if (n.sql_body) return;
      const lang = defElemString(defElem(n.options, "language"))?.toLowerCase();
      if (lang === "c" || lang === "internal") return;
      const q4 = listName(n.funcname);
      if (!q4) return;
      const kind = n.is_procedure ? "procedure" : "function";
      const sig = functionSignature(n);
      const path12 = searchPathOption(n.options);
      const fixSql = `ALTER ${kind.toUpperCase()} ${sig} SET search_path = '';`;
      if (path12 === void 0) {
        if (laterSearchPath(ctx.statements, stmt, q4.qualified)) return;
        ctx.report({
          stmt,
          object: q4.qualified,
          message: `${q4.qualified} runs with its owner's privileges (SECURITY DEFINER) but takes the caller's search_path: a caller who can create objects in any schema on that path (or a temporary table, since pg_temp is searched first) can plant a table, function or operator with the same name as one the body uses, and it runs with the owner's rights — privilege escalation.`,
          fix: {
            description: `Pin the search_path on the ${kind} (and schema-qualify the names in its body, e.g. public.profiles), as the Postgres docs prescribe for SECURITY DEFINER.`,
            sql: fixSql
          }
        });
        return;
      }
      if (path12.includes("<current>")) return;
      const tempAt = path12.indexOf("pg_temp");
      if (tempAt >= 0 && tempAt < path12.length - 1) {
        ctx.report({
          stmt,
          object: q4.qualified,
          message: `${q4.qualified} is SECURITY DEFINER with search_path ${path12.join(", ")}: pg_temp is searched before ${path12.slice(tempAt + 1).join(", ")}, so any caller can shadow the body's tables with a temporary table of the same name and have the owner's privileges applied to it.`,
          fix: { description: "Put pg_temp last (or leave it out and use an empty search_path).", sql: fixSql }
        });
        return;
      }
      if (path12.includes("public") && ctx.settings.pgVersion < 15 && !ctx.supabase) {
        ctx.report({
          stmt,
          object: q4.qualified,
          severity: "medium",
          message: `${q4.qualified} is SECURITY DEFINER with public on its search_path; before PostgreSQL 15 every role may create objects in public unless that was revoked, so a caller can plant an object the body resolves by name and run it with the owner's privileges.`,
          fix: { description: "Use an empty search_path and schema-qualify names, or REVOKE CREATE ON SCHEMA public FROM PUBLIC.", sql: fixSql }
        });
      }
      return;
    }
    if (stmt.kind === "AlterFunctionStmt") {
      const n = stmt.node;
      const makesDefiner = (n.actions ?? []).some((a) => a?.DefElem?.defname === "security" && a.DefElem.arg?.Boolean?.boolval === true);
      if (!makesDefiner || searchPathOption(n.actions) !== void 0) return;
      const q4 = listName(n.func?.objname);
      const fn = q4 && ctx.model.functions.get(q4.qualified);
      if (!q4 || !fn || fn.searchPath !== void 0) return;
      if (laterSearchPath(ctx.statements, stmt, q4.qualified)) return;
      ctx.report({
        stmt,
        object: q4.qualified,
        message: `This makes ${q4.qualified} SECURITY DEFINER, and it has no search_path of its own: a caller who can create objects on their search_path can make its body resolve a name to their object, which then runs with the owner's privileges.`,
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
  check(stmt, ctx) {
    if (stmt.kind !== "CreateFunctionStmt") return;
    const n = stmt.node;
    if (defElem(n.options, "security")?.arg?.Boolean?.boolval === true) return;
    if (n.sql_body) return;
    const lang = defElemString(defElem(n.options, "language"))?.toLowerCase();
    if (lang === "c" || lang === "internal") return;
    const q4 = listName(n.funcname);
    if (!q4 || !ctx.exposedSchemas.has(q4.schema) || SYSTEM_SCHEMAS.has(q4.schema)) return;
    if (searchPathOption(n.options) !== void 0 || laterSearchPath(ctx.statements, stmt, q4.qualified)) return;
    const kind = n.is_procedure ? "procedure" : "function";
    ctx.report({
      stmt,
      object: q4.qualified,
      message: `${q4.qualified} resolves the names in its body through the caller's search_path, which the caller controls: when it runs for a more privileged role (from a trigger, a policy or a SECURITY DEFINER function) a planted object with the same name can be picked up instead (Supabase lint function_search_path_mutable).`,
      fix: {
        description: `Pin the ${kind}'s search_path, and schema-qualify the names in its body.`,
        sql: `ALTER ${kind.toUpperCase()} ${functionSignature(n)} SET search_path = '';`
      }
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
    const sources = rangeVars(n.query).filter((q4) => !(ctes.has(q4.name) && q4.schema === "public"));
    if (sources.some((q4) => q4.qualified === "auth.users")) return;
    const protectedSources = sources.filter((q4) => {
      const t = ctx.table(q4);
      if (!t) return true;
      if (t.kind !== "table") return false;
      return t.rls || !ctx.exposedSchemas.has(t.schema);
    });
    if (protectedSources.length === 0) return;
    const names = [...new Set(protectedSources.map((q4) => q4.qualified))];
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
    const hit = rangeVars(query).find((q4) => q4.qualified === "auth.users");
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
  check(stmt, ctx) {
    if (stmt.kind !== "GrantStmt" || !stmt.node.is_grant) return;
    if (isPlatformDefaultGrant(stmt, ctx)) return;
    const n = stmt.node;
    const grantees = roleNames(n.grantees);
    const anonymous = grantees.filter((r) => r === "anon" || r === "public");
    const apiRoles = grantees.filter((r) => r === "anon" || r === "public" || r === "authenticated");
    const privs = (n.privileges ?? []).map((p) => String(p?.AccessPriv?.priv_name ?? "").toLowerCase());
    const all = privs.length === 0;
    const shown = (r) => r === "public" ? "PUBLIC" : r;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    const rlsLater = (t) => later.some(
      (s) => s.kind === "AlterTableStmt" && rangeVarName(s.node.relation)?.qualified === t.qualified && (s.node.cmds ?? []).some((c) => c?.AlterTableCmd?.subtype === "AT_EnableRowSecurity")
    );
    if (n.objtype === "OBJECT_TABLE") {
      if (apiRoles.length === 0) return;
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
          message: `GRANT TRUNCATE to ${apiRoles.map(shown).join(", ")} on ${tables.map((t) => t.qualified).join(", ")}: TRUNCATE is not subject to row level security, so a holder of that role can empty the table${tables.length > 1 ? "s" : ""} in one statement, whatever the policies say.`,
          fix: { description: "Do not grant TRUNCATE to API roles.", sql: `REVOKE TRUNCATE ON ${tables.map((t) => t.qualified).join(", ")} FROM ${apiRoles.map(shown).join(", ")};` }
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
          sql: `REVOKE ${all ? "ALL" : writes.map((w) => w.toUpperCase()).join(", ")} ON ${list2.join(", ")} FROM ${apiRoles.map(shown).join(", ")};
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
      const alteredDefiner = (q4) => before.some(
        (s) => s.kind === "AlterFunctionStmt" && objectWithArgsName(s.node.func)?.qualified === q4 && (s.node.actions ?? []).some((a) => a?.DefElem?.defname === "security" && a.DefElem.arg?.Boolean?.boolval === true)
      );
      const definers = names.filter((q4) => ctx.model.functions.get(q4)?.securityDefiner || alteredDefiner(q4));
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
  check(stmt, ctx) {
    if (stmt.kind !== "GrantStmt" || !isPlatformDefaultGrant(stmt, ctx)) return;
    let same2 = firstOfFile.get(ctx.statements);
    if (!same2) firstOfFile.set(ctx.statements, same2 = ctx.statements.filter((s) => s.kind === "GrantStmt" && isPlatformDefaultGrant(s, ctx)));
    if (same2[0] !== stmt) return;
    const platform = ctx.supabase ? "Supabase's default privileges (every table, function and sequence created in public is granted ALL to anon, authenticated and service_role)" : "PostgreSQL's defaults (EXECUTE on functions to PUBLIC)";
    ctx.report({
      stmt,
      object: stmt.file,
      message: `${same2.length === 1 ? "This GRANT gives" : `${same2.length} GRANT statements in this file (lines ${same2[0].span.line}–${same2[same2.length - 1].span.line}) give`} roles only what they already hold by default: ${platform}${ctx.statements.some((s) => s.kind === "AlterDefaultPrivilegesStmt") ? ", or what the ALTER DEFAULT PRIVILEGES in this file declares" : ""}. They are the boilerplate a schema diff writes and change nothing; what protects these objects is row level security and each function's own checks, which the RLS and SECURITY DEFINER rules review.`,
      evidence: { grants: same2.length, lines: same2.map((s) => s.span.line).slice(0, 50) }
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
            sql: `CREATE INDEX ${newTable ? "" : "CONCURRENTLY "}${ident(idxName)} ON ${table2.qualified} (${fk2.columns.map(ident).join(", ")});`
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
ALTER TABLE ${c.table} ALTER COLUMN ${ident2(c.name)} TYPE jsonb USING ${ident2(c.name)}::jsonb;`
        }
      });
    }
  }
});

// rules/prefer-gen-random-uuid.ts
var prefer_gen_random_uuid_default = defineRule({
  id: "prefer-gen-random-uuid",
  phase: "static",
  severity: "low",
  category: "style",
  title: "uuid_generate_v4(): prefer the built-in gen_random_uuid()",
  check(stmt, ctx) {
    if (ctx.settings.pgVersion < 13) return;
    const defaults2 = [];
    if (stmt.kind === "CreateStmt") {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const e of stmt.node.tableElts ?? []) if (e.ColumnDef) defaults2.push({ col: e.ColumnDef.colname, expr: defaultExpr(e.ColumnDef), table: t });
    } else if (stmt.kind === "AlterTableStmt") {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const c of stmt.node.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) defaults2.push({ col: cmd.def.ColumnDef.colname, expr: defaultExpr(cmd.def.ColumnDef), table: t });
        if (cmd?.subtype === "AT_ColumnDefault" && cmd.def) defaults2.push({ col: cmd.name, expr: cmd.def, table: t });
      }
    } else return;
    const hits = defaults2.map((d) => ({ ...d, call: funcCalls(d.expr).find((f) => f.name === "uuid_generate_v4") })).filter((d) => d.call);
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
var text_column_matches_enum_default = defineRule({
  id: "text-column-matches-enum",
  phase: "static",
  severity: "low",
  category: "integrity",
  title: "Text column where a matching enum type exists",
  check(stmt, ctx) {
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
    if (ctx.model.enums.size === 0) return;
    if (!cols.some((c) => TEXT.has(typeInfo(c.typeName)?.name ?? ""))) return;
    const enums = [...ctx.model.enums.entries()].map(([q4, e]) => ({ qualified: q4, name: q4.split(".").pop(), values: e.values }));
    for (const c of cols) {
      const t = typeInfo(c.typeName);
      if (!t || t.array || !TEXT.has(t.name) || !c.table) continue;
      const col = c.name.toLowerCase();
      const exact = enums.filter((e) => e.name === col);
      let match = exact.length === 1 ? exact[0] : void 0;
      if (!match && exact.length === 0) {
        const suffix = enums.filter((e) => e.name.endsWith(`_${col}`));
        const tableStems = stems(c.table.name.toLowerCase());
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
ALTER TABLE ${c.table.qualified} ALTER COLUMN ${ident2(c.name)} TYPE ${match.qualified} USING ${ident2(c.name)}::${match.qualified};`
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
var FUNCS = {};
var add = (ext, names, into) => names.forEach((n) => into[n] = ext);
add("uuid-ossp", ["uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v3", "uuid_generate_v4", "uuid_generate_v5", "uuid_nil", "uuid_ns_dns", "uuid_ns_url", "uuid_ns_oid", "uuid_ns_x500"], FUNCS);
add("pgcrypto", ["gen_random_bytes", "crypt", "gen_salt", "digest", "hmac", "pgp_sym_encrypt", "pgp_sym_decrypt", "pgp_pub_encrypt", "pgp_pub_decrypt", "armor", "dearmor"], FUNCS);
add("pg_trgm", ["similarity", "word_similarity", "strict_word_similarity", "show_trgm", "set_limit", "show_limit"], FUNCS);
add("vector", ["cosine_distance", "l2_distance", "inner_product", "l1_distance", "vector_dims", "vector_norm", "l2_normalize", "subvector"], FUNCS);
add("ltree", ["nlevel", "subltree", "subpath", "lca", "text2ltree", "ltree2text"], FUNCS);
add("unaccent", ["unaccent"], FUNCS);
add("fuzzystrmatch", ["levenshtein", "levenshtein_less_equal", "soundex", "metaphone", "dmetaphone", "dmetaphone_alt", "difference"], FUNCS);
var SCHEMA_FUNCS = { cron: "pg_cron", net: "pg_net" };
var TYPES = {};
add("vector", ["vector", "halfvec", "sparsevec"], TYPES);
add("citext", ["citext"], TYPES);
add("ltree", ["ltree", "lquery", "ltxtquery"], TYPES);
add("hstore", ["hstore"], TYPES);
add("postgis", ["geometry", "geography"], TYPES);
var METHODS = { hnsw: "vector", ivfflat: "vector" };
function opclassExt(name) {
  if (name === "gin_trgm_ops" || name === "gist_trgm_ops") return "pg_trgm";
  if (/^(vector|halfvec|sparsevec)_\w+_ops$/.test(name) || name === "bit_hamming_ops" || name === "bit_jaccard_ops") return "vector";
  if (name === "gist_ltree_ops" || name === "gist__ltree_ops") return "ltree";
  if (name === "gin_hstore_ops" || name === "gist_hstore_ops") return "hstore";
  return void 0;
}
var SUPABASE_DEFAULT = /* @__PURE__ */ new Set(["uuid-ossp", "pgcrypto", "pg_graphql", "pg_stat_statements", "supabase_vault", "pgjwt", "plpgsql"]);
var SKIP = /* @__PURE__ */ new Set(["DropStmt", "CommentStmt", "CreateExtensionStmt", "AlterExtensionStmt", "GrantStmt", "AlterOwnerStmt", "AlterObjectSchemaStmt", "DoStmt"]);
function createdInText(ctx, stmt, ext) {
  const esc3 = ext.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const re = new RegExp(`create\\s+extension\\s+(?:if\\s+not\\s+exists\\s+)?"?${esc3}"?(?![\\w-])`, "i");
  for (const m of ctx.set.migrations) {
    if (m.history !== ctx.migration.history) continue;
    if (m === ctx.migration) return re.test(ctx.source.source.text.slice(0, stmt.span.start));
    if (re.test(m.up.text)) return true;
  }
  return false;
}
var extension_not_created_default = defineRule({
  id: "extension-not-created",
  phase: "static",
  severity: "high",
  category: "deploy",
  title: "Uses an extension that is never created",
  check(stmt, ctx) {
    if (SKIP.has(stmt.kind)) return;
    let funcs;
    let types2;
    const userFuncs = { has: (n) => (funcs ??= new Set([...ctx.model.functions.keys()].map((k) => k.split(".").pop()))).has(n) };
    const userTypes = { has: (n) => (types2 ??= new Set([...ctx.model.enums.keys()].map((k) => k.split(".").pop()))).has(n) };
    const uses = /* @__PURE__ */ new Map();
    const note = (ext, what, location2) => {
      if (!uses.has(ext)) uses.set(ext, { what, location: location2 });
    };
    for (const f of funcCalls(stmt.node)) {
      if (f.schema && SCHEMA_FUNCS[f.schema]) {
        note(SCHEMA_FUNCS[f.schema], `${f.schema}.${f.name}()`, f.node.location);
        continue;
      }
      if (f.schema === "pg_catalog") continue;
      let ext = FUNCS[f.name];
      if (!ext && f.name === "gen_random_uuid" && ctx.settings.pgVersion < 13) ext = "pgcrypto";
      if (ext && !userFuncs.has(f.name)) note(ext, `${f.name}()`, f.node.location);
    }
    walk(stmt.node, (key2, value) => {
      if ((key2 === "TypeName" || key2 === "typeName" || key2 === "argType" || key2 === "returnType") && Array.isArray(value.names)) {
        const t = typeInfo(value);
        if (t && TYPES[t.name] && !userTypes.has(t.name) && !strings(value.names).includes("pg_catalog")) note(TYPES[t.name], `type ${t.name}`, value.location);
      } else if (key2 === "IndexElem") {
        for (const o of strings(value.opclass)) {
          const ext = opclassExt(o.toLowerCase());
          if (ext) note(ext, `operator class ${o}`);
        }
      }
    });
    if (stmt.kind === "IndexStmt") {
      const m = String(stmt.node.accessMethod ?? "").toLowerCase();
      if (METHODS[m]) note(METHODS[m], `index method ${m}`);
    }
    if (uses.size === 0) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    for (const [ext, use] of uses) {
      if (ctx.model.extensions.has(ext)) continue;
      if (createdInText(ctx, stmt, ext)) continue;
      if (ctx.supabase && SUPABASE_DEFAULT.has(ext)) continue;
      const createdLater = later.some((s) => s.kind === "CreateExtensionStmt" && s.node.extname === ext);
      const quoted = /^[a-z_][a-z0-9_]*$/.test(ext) ? ext : `"${ext}"`;
      ctx.report({
        stmt,
        location: use.location,
        object: ext,
        message: createdLater ? `This uses ${use.what} from the ${ext} extension, but CREATE EXTENSION ${quoted} only runs later in this file: on a fresh database this statement fails (${use.what.startsWith("type") ? "type does not exist" : "function does not exist"}).` : `This uses ${use.what} from the ${ext} extension, and no migration up to here runs CREATE EXTENSION ${quoted}: it works only on databases where someone enabled the extension by hand, and fails on a fresh one (CI, a new environment, a teammate's local reset).`,
        fix: {
          description: createdLater ? "Move CREATE EXTENSION before the first use." : `Create the extension in a migration before its first use${ctx.supabase ? " (Supabase keeps extensions in the extensions schema)" : ""}.`,
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
  const touched = [target, ...relationsRead(s)].filter((q4) => ctx.isExisting(q4));
  return touched.length ? touched : void 0;
}
function ddlTable(s, ctx) {
  const n = s.node;
  let q4;
  switch (s.kind) {
    case "AlterTableStmt":
      if (n.objtype !== "OBJECT_TABLE") return void 0;
      q4 = rangeVarName(n.relation);
      break;
    case "IndexStmt":
      if (n.concurrent) return void 0;
      q4 = rangeVarName(n.relation);
      break;
    case "RenameStmt":
      if (!["OBJECT_TABLE", "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT"].includes(n.renameType)) return void 0;
      q4 = rangeVarName(n.relation);
      break;
    case "CreateTrigStmt":
      q4 = rangeVarName(n.relation);
      break;
    case "DropStmt":
      if (n.removeType !== "OBJECT_TABLE") return void 0;
      q4 = listName(n.objects?.[0]?.List?.items);
      break;
    default:
      return void 0;
  }
  return q4 && ctx.isExisting(q4) ? q4 : void 0;
}
var backfill_with_ddl_default = defineRule({
  id: "backfill-with-ddl",
  phase: "static",
  severity: "medium",
  category: "locking",
  title: "Data backfill in the same transaction as schema changes",
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
  const n = s.node;
  const target = dmlTarget(s)?.qualified;
  const reads = relationsRead(s).map((q4) => q4.qualified);
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
  check(stmt, ctx) {
    const drops = [];
    if (stmt.kind === "AlterTableStmt" && stmt.node.objtype === "OBJECT_TABLE") {
      const t = rangeVarName(stmt.node.relation);
      if (!t || !ctx.isExisting(t)) return;
      for (const c of stmt.node.cmds ?? []) if (c?.AlterTableCmd?.subtype === "AT_DropColumn") drops.push({ table: t.qualified, column: c.AlterTableCmd.name });
    } else if (stmt.kind === "DropStmt" && stmt.node.removeType === "OBJECT_TABLE") {
      for (const o of stmt.node.objects ?? []) {
        const q4 = listName(o?.List?.items);
        if (q4 && ctx.isExisting(q4)) drops.push({ table: q4.qualified });
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

// rules/_probes.ts
var probeRules = [rls_isolation_breach_default, trigger_failed_default, not_idempotent_default, down_migration_incomplete_default, down_migration_failed_default, data_dependent_failure_default, role_request_failed_default];

// rules/_live-util.ts
function splitName(name) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '"') {
      if (quoted && name[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === "." && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
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
  const locked = traced.find((t) => t.stmt && t.trace.locks.some((l) => l.relation === name));
  if (locked) return { stmt: locked.stmt };
  const named = ctx.statementFor(plainName(name));
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
function columnsOf(snap, table2) {
  const prefix = `${table2}.`;
  return Object.entries(snap.columns).filter(([k]) => k.startsWith(prefix) && !k.slice(prefix.length).includes(".")).map(([k, v]) => ({ name: lastPart(k), key: k, type: v.type }));
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
    out.push({ name, table: idx.table, method: m[1].toLowerCase(), column: col, expression, operator: OPCLASS_OPERATOR[kind], opclass });
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

// src/live/gaps.ts
var UNDEFINED_OBJECT = /* @__PURE__ */ new Set(["42704", "42883", "42P01", "42703", "3F000", "42P02"]);
function missingName(message) {
  const fn = /^(?:function|procedure|operator(?: class| family)?)\s+([\w$."]+)\s*\(/i.exec(message);
  if (fn) return fn[1].replace(/"/g, "");
  const quoted = /"([^"]+)"/.exec(message);
  return quoted?.[1];
}
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function mentions(sql, name) {
  const parts = name.split(".").filter(Boolean);
  const last2 = parts[parts.length - 1];
  if (!last2) return false;
  const word = (w) => new RegExp(`(^|[^\\w$])"?${esc(w)}"?([^\\w$]|$)`, "i").test(sql);
  return word(last2) && (parts.length < 2 || word(parts[0]));
}
function environmentCause(error, trace, sources, skippedExtensions = []) {
  if (!UNDEFINED_OBJECT.has(error.code ?? "")) return void 0;
  const name = missingName(error.message);
  const baseSources = sources.filter((s) => s.migration.status === "base" && s.direction === "up");
  if (name) {
    for (const g of trace.gaps ?? []) {
      const src = baseSources.find((s) => s.source.file === g.file);
      const st = src?.statements.find((s) => s.span.line <= g.line && g.line <= s.span.endLine);
      if (st && mentions(st.sql, name)) return { cause: `"${name}" comes from ${g.file}:${g.line}, which the review engine could not run: ${g.cause}`, gap: g };
    }
    const failedFiles = new Set(trace.migrations.filter((m) => m.status === "base" && m.applied === "failed").map((m) => m.file));
    for (const s of baseSources) {
      if (!failedFiles.has(s.source.file) || !mentions(s.source.text, name)) continue;
      const m = trace.migrations.find((r) => r.file === s.source.file);
      return { cause: `"${name}" comes from ${s.source.file}, which did not apply on the review engine${m?.error ? ` (${m.error.message})` : ""}` };
    }
  }
  const ext = skippedExtensions[0];
  if (ext) {
    return { cause: `the "${ext.ext}" extension (${ext.file}:${ext.line}) was skipped because the review engine does not have it`, extension: ext.ext };
  }
  return void 0;
}
function markEnvironmentFailures(trace, sources) {
  const skipped = [];
  for (const m of trace.migrations) {
    if (m.status === "base") continue;
    for (const t of m.trace ?? []) {
      const ext = t.skipped ? /extension "([^"]+)" is not available/.exec(t.skipped)?.[1] : void 0;
      if (ext) skipped.push({ ext, file: m.file, line: t.line });
      if (!t.error) continue;
      const why = environmentCause(t.error, trace, sources, skipped);
      if (why) m.couldNotVerify = why.cause;
    }
  }
}

// rules/migration-failed.ts
function stoppedEffect(ctx, id, stmt, transactional) {
  const m = ctx.set.migrations.find((x) => x.id === id);
  const src = ctx.sources.find((s) => s.migration.id === id && s.direction === "up");
  if (!m || !src || !stmt) return transactional ? ": its transaction is rolled back and nothing in it is applied" : "";
  return `, ${failureEffect(m, src.statements, stmt)}`;
}
var migration_failed_default = defineRule({
  id: "migration-failed",
  phase: "live",
  severity: "critical",
  category: "deploy",
  title: "Migration fails when applied",
  check(ctx) {
    const traced = changedStatements(ctx);
    const skippedExt = [];
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
    for (const t of traced) {
      const st = t.trace;
      if (st.skipped && /extension "([^"]+)" is not available/.test(st.skipped)) {
        const ext = /extension "([^"]+)"/.exec(st.skipped)[1];
        skippedExt.push({ ext, line: st.line, file: t.migration.file });
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
      if (!st.error) continue;
      const e = st.error;
      const env = environmentCause(e, ctx.trace, ctx.sources, skippedExt);
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
          title: env.extension ? "Could not verify: depends on an extension the review engine lacks" : "Could not verify: depends on base history the review engine could not build",
          message: `${parts.join(" ")} Cause: ${env.cause}. This failure follows from that gap of the review engine, not from the migration; the statement and the rest of its migration could not be verified.`,
          evidence: { ...evidence, couldNotVerify: env.cause, ...env.extension ? { missingExtension: env.extension } : {}, ...env.gap ? { gap: env.gap } : {} }
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
      ctx.report({
        at: { file: m.file, line: m.error.line, column: 1, migrationId: m.id },
        object: `${m.file}:${m.error.line}`,
        message: `The migration failed: ${m.error.message}.${m.error.detail ? ` DETAIL: ${m.error.detail}` : ""}${m.error.hint ? ` HINT: ${m.error.hint}` : ""} Its transaction is rolled back.`,
        evidence: { line: m.error.line, message: m.error.message, detail: m.error.detail, hint: m.error.hint }
      });
    }
  }
});

// src/engines/database.ts
var DbError = class _DbError extends Error {
  code;
  detail;
  hint;
  /** 1-based character position in the query text, when Postgres reports one. */
  position;
  where;
  constructor(message, fields = {}) {
    super(message);
    this.name = "DbError";
    Object.assign(this, fields);
  }
  static from(e) {
    if (e instanceof _DbError) return e;
    const pos = e?.position != null ? Number(e.position) : void 0;
    return new _DbError(String(e?.message ?? e), {
      code: e?.code ?? void 0,
      detail: e?.detail ?? void 0,
      hint: e?.hint ?? void 0,
      position: pos != null && Number.isFinite(pos) ? pos : void 0,
      where: e?.where ?? void 0
    });
  }
};
var QueryTimeoutError = class extends DbError {
  constructor(timeoutMs, engineDead, how) {
    super(`statement exceeded the ${timeoutMs} ms time limit (stopped by pgreview: ${how})`, { code: "57014" });
    this.timeoutMs = timeoutMs;
    this.engineDead = engineDead;
    this.name = "QueryTimeoutError";
  }
  timeoutMs;
  engineDead;
};
var EngineDeadError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EngineDeadError";
  }
};
var EngineUnavailableError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EngineUnavailableError";
  }
};
var DEFAULT_CALL_TIMEOUT_MS = 5 * 6e4;

// src/live/catalog.ts
var USER_NS = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp_%' and n.nspname not like 'pg_toast_temp_%'`;
var NOT_EXT = (classid, oid) => `not exists (select 1 from pg_depend d where d.classid = '${classid}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;
var RELKIND = {
  r: "table",
  p: "partitioned table",
  v: "view",
  m: "materialized view",
  S: "sequence",
  f: "foreign table"
};
var q = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
var qn = (...parts) => parts.map(q).join(".");
function emptyCatalog() {
  return {
    serverVersionNum: 0,
    schemas: {},
    relations: {},
    columns: {},
    constraints: {},
    indexes: {},
    policies: {},
    triggers: {},
    functions: {},
    grants: {},
    extensions: {},
    enums: {},
    defs: { oids: {}, tableColumns: {}, partitioning: {}, views: {}, functions: {}, sequences: {}, types: {}, comments: {}, acls: {}, defaultAcls: {} }
  };
}
async function snapshotCatalog(db, opts = {}) {
  const run2 = async (sql) => (await db.query(sql, void 0, opts)).rows;
  const snap = emptyCatalog();
  const [v] = await run2(`select current_setting('server_version_num') as n`);
  snap.serverVersionNum = Number(v.n);
  for (const r of await run2(
    `select n.nspname, pg_get_userbyid(n.nspowner) as owner from pg_namespace n where ${USER_NS} and ${NOT_EXT("pg_namespace", "n.oid")}`
  )) {
    snap.schemas[q(r.nspname)] = { owner: r.owner };
  }
  const rels = await run2(`
    select c.oid::int as oid, n.nspname, c.relname, c.relkind::text as relkind, pg_get_userbyid(c.relowner) as owner,
           c.relrowsecurity, c.relforcerowsecurity, coalesce(c.reloptions, '{}') as reloptions,
           c.reltuples::float8 as reltuples, c.relfilenode::int as relfilenode,
           coalesce((select array_agg(coalesce(r.rolname, 'PUBLIC') || '=' || a.privilege_type order by 1)
                     from aclexplode(c.relacl) a left join pg_roles r on r.oid = a.grantee
                     where a.grantee = 0 or r.rolname in ('anon', 'authenticated', 'anonymous')), '{}') as grants
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`);
  for (const r of rels) {
    const name = qn(r.nspname, r.relname);
    const reloptions = r.reloptions ?? [];
    const si = reloptions.find((o) => o.startsWith("security_invoker="));
    snap.relations[name] = {
      oid: r.oid,
      kind: RELKIND[r.relkind] ?? "table",
      owner: r.owner,
      rowSecurity: r.relrowsecurity,
      forceRowSecurity: r.relforcerowsecurity,
      securityInvoker: r.relkind === "v" ? /=(true|on|1|yes)$/i.test(si ?? "") : void 0,
      reloptions,
      estimatedRows: Number(r.reltuples),
      relfilenode: r.relfilenode
    };
    const byRole = {};
    for (const g of r.grants) {
      const [role, priv] = g.split("=");
      (byRole[role] ??= []).push(priv);
    }
    for (const [role, privs] of Object.entries(byRole)) snap.grants[`${name}:${role}`] = [...new Set(privs)].sort();
  }
  for (const r of await run2(`
    select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull,
           pg_get_expr(d.adbin, d.adrelid) as def, a.attidentity::text as identity, a.attgenerated::text as generated
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`)) {
    snap.columns[qn(r.nspname, r.relname, r.attname)] = {
      type: r.type,
      notNull: r.attnotnull,
      default: r.generated ? void 0 : r.def ?? void 0,
      identity: r.identity || void 0,
      generated: r.generated ? r.def : void 0
    };
  }
  for (const r of await run2(`
    select n.nspname, c.relname, k.conname, k.contype::text as contype, pg_get_constraintdef(k.oid) as def, k.convalidated
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and k.contype <> 'n'`)) {
    snap.constraints[qn(r.nspname, r.relname, r.conname)] = {
      table: qn(r.nspname, r.relname),
      type: r.contype,
      definition: r.def,
      validated: r.convalidated
    };
  }
  for (const r of await run2(`
    select n.nspname, ic.relname as index, t.relname as table, pg_get_indexdef(i.indexrelid) as def, i.indisvalid, i.indisunique, i.indisprimary
      from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "t.oid")}`)) {
    snap.indexes[qn(r.nspname, r.index)] = {
      table: qn(r.nspname, r.table),
      definition: r.def,
      valid: r.indisvalid,
      unique: r.indisunique,
      primary: r.indisprimary
    };
  }
  for (const r of await run2(`
    select schemaname, tablename, policyname, permissive, roles::text[] as roles, cmd, qual, with_check
      from pg_policies`)) {
    snap.policies[qn(r.schemaname, r.tablename, r.policyname)] = {
      table: qn(r.schemaname, r.tablename),
      permissive: r.permissive === "PERMISSIVE",
      roles: r.roles,
      cmd: r.cmd,
      qual: r.qual ?? void 0,
      withCheck: r.with_check ?? void 0
    };
  }
  for (const r of await run2(`
    select n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid) as def, t.tgenabled::text as enabled,
           pn.nspname || '.' || p.proname as func
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      join pg_proc p on p.oid = t.tgfoid join pg_namespace pn on pn.oid = p.pronamespace
     where not t.tgisinternal and ${USER_NS}`)) {
    snap.triggers[qn(r.nspname, r.relname, r.tgname)] = {
      table: qn(r.nspname, r.relname),
      definition: r.def,
      enabled: r.enabled,
      function: r.func
    };
  }
  for (const r of await run2(`
    select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, p.prokind::text as prokind,
           l.lanname, p.prosecdef, coalesce(p.proconfig, '{}') as config, p.proacl::text[] as acl,
           pg_get_userbyid(p.proowner) as owner, pg_get_function_result(p.oid) as returns, p.provolatile::text as vol,
           md5(coalesce(p.prosrc, '') || coalesce(p.probin, '')) as hash,
           array(select r.rolname::text from pg_roles r where r.rolname in ('anon', 'authenticated', 'anonymous', 'service_role')
                  and has_function_privilege(r.oid, p.oid, 'EXECUTE') order by 1) as exec_roles,
           (p.proacl is null or exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE')) as exec_public
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
     where ${USER_NS} and ${NOT_EXT("pg_proc", "p.oid")}`)) {
    const config = r.config ?? [];
    const sp = config.find((c) => c.startsWith("search_path="));
    snap.functions[`${qn(r.nspname, r.proname)}(${r.args})`] = {
      kind: { f: "function", p: "procedure", a: "aggregate", w: "window" }[r.prokind] ?? "function",
      language: r.lanname,
      securityDefiner: r.prosecdef,
      config,
      searchPath: sp?.slice("search_path=".length),
      acl: r.acl ?? void 0,
      owner: r.owner,
      returns: r.returns ?? "",
      volatility: r.vol,
      bodyHash: r.hash,
      executableBy: [...r.exec_public ? ["PUBLIC"] : [], ...r.exec_roles ?? []]
    };
  }
  for (const r of await run2(`
    select e.extname, n.nspname, e.extversion from pg_extension e join pg_namespace n on n.oid = e.extnamespace`)) {
    snap.extensions[r.extname] = { schema: r.nspname, version: r.extversion };
  }
  for (const r of await run2(`
    select n.nspname, t.typname, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
      from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
     where ${USER_NS} and ${NOT_EXT("pg_type", "t.oid")}
     group by n.nspname, t.typname`)) {
    snap.enums[qn(r.nspname, r.typname)] = r.labels;
  }
  await readDefs(run2, snap);
  return snap;
}
var ACL_LIST = (acl, kind, owner) => `coalesce(array(
    select coalesce(r.rolname, 'PUBLIC') || '=' || a.privilege_type || case when a.is_grantable then '*' else '' end
      from aclexplode(coalesce(${acl}, acldefault(${kind}, ${owner}))) a left join pg_roles r on r.oid = a.grantee order by 1), '{}')`;
async function readDefs(run2, snap) {
  const d = snap.defs;
  for (const r of await run2(`
    select pg_get_userbyid(a.defaclrole) as role, coalesce(n.nspname, '') as schema, a.defaclobjtype::text as objtype,
           ${ACL_LIST("a.defaclacl", "'r'", "a.defaclrole")} as acl
      from pg_default_acl a left join pg_namespace n on n.oid = a.defaclnamespace`)) {
    d.defaultAcls[`${r.role}|${r.schema}|${r.objtype}`] = r.acl;
  }
  for (const r of await run2(`
    select n.nspname, n.oid::int as oid, ${ACL_LIST("n.nspacl", "'n'", "n.nspowner")} as acl, obj_description(n.oid, 'pg_namespace') as comment
      from pg_namespace n where ${USER_NS} and ${NOT_EXT("pg_namespace", "n.oid")}`)) {
    d.oids[`schema ${q(r.nspname)}`] = String(r.oid);
    d.acls[`schema ${q(r.nspname)}`] = r.acl;
    if (r.comment != null) d.comments[`schema ${q(r.nspname)}`] = r.comment;
  }
  for (const r of await run2(`
    select n.nspname, c.relname, c.oid::int as oid, c.relkind::text as relkind,
           ${ACL_LIST("c.relacl", `case when c.relkind = 'S' then 's'::"char" else 'r'::"char" end`, "c.relowner")} as acl,
           obj_description(c.oid, 'pg_class') as comment,
           case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partkey,
           case when c.relispartition then (select pn.nspname || '.' || pc.relname from pg_inherits i join pg_class pc on pc.oid = i.inhparent join pg_namespace pn on pn.oid = pc.relnamespace where i.inhrelid = c.oid limit 1) end as parent,
           case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end as bound,
           case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid, true) end as viewdef,
           case when c.relkind in ('v', 'm') then array(
             select distinct case when dp.refclassid = 'pg_proc'::regclass then 'f' || chr(1) || dp.refobjid::text
                    else 'r' || chr(1) || dn.nspname || chr(1) || dc.relname
                         || coalesce(chr(1) || (select a.attname from pg_attribute a where a.attrelid = dc.oid and a.attnum = dp.refobjsubid and dp.refobjsubid > 0), '') end
               from pg_rewrite rw join pg_depend dp on dp.classid = 'pg_rewrite'::regclass and dp.objid = rw.oid
               left join pg_class dc on dc.oid = dp.refobjid and dp.refclassid = 'pg_class'::regclass
               left join pg_namespace dn on dn.oid = dc.relnamespace
              where rw.ev_class = c.oid and (dp.refclassid = 'pg_proc'::regclass or (dc.oid is not null and dc.oid <> c.oid))) end as deps
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`)) {
    const name = qn(r.nspname, r.relname);
    d.oids[`relation ${name}`] = String(r.oid);
    d.acls[`relation ${name}`] = r.acl;
    if (r.comment != null) d.comments[`relation ${name}`] = r.comment;
    if (r.partkey || r.parent) d.partitioning[name] = { key: r.partkey ?? void 0, parent: r.parent ? qn(...r.parent.split(/\.(.*)/s).slice(0, 2)) : void 0, bound: r.bound ?? void 0 };
    if (r.viewdef != null) {
      const deps = (r.deps ?? []).map((x) => {
        const [k, ...parts] = x.split("");
        return k === "f" ? `fn:${parts[0]}` : qn(...parts);
      });
      d.views[name] = { definition: r.viewdef, columns: [], dependsOn: [...new Set(deps)] };
    }
  }
  for (const r of await run2(`
    select n.nspname, c.relname, a.attname, a.attnum::int as attnum, c.oid::int as reloid,
           case when a.attcollation <> t.typcollation then (select cn.nspname || '.' || co.collname from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace where co.oid = a.attcollation) end as collation,
           col_description(c.oid, a.attnum) as comment
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid
     where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}
     order by c.oid, a.attnum`)) {
    const table2 = qn(r.nspname, r.relname);
    const col = `${table2}.${q(r.attname)}`;
    d.oids[`column ${col}`] = `${r.reloid}.${r.attnum}`;
    (d.tableColumns[table2] ??= []).push(r.collation ? { name: r.attname, collation: r.collation } : { name: r.attname });
    if (d.views[table2]) d.views[table2].columns.push(r.attname);
    if (r.comment != null) d.comments[`column ${col}`] = r.comment;
  }
  for (const r of await run2(`
    select n.nspname, c.relname, k.conname, k.oid::int as oid, obj_description(k.oid, 'pg_constraint') as comment
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and k.contype <> 'n'`)) {
    const name = qn(r.nspname, r.relname, r.conname);
    d.oids[`constraint ${name}`] = String(r.oid);
    if (r.comment != null) d.comments[`constraint ${name}`] = r.comment;
  }
  for (const r of await run2(`
    select n.nspname, ic.relname, ic.oid::int as oid, obj_description(ic.oid, 'pg_class') as comment
      from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "i.indrelid")}`)) {
    d.oids[`index ${qn(r.nspname, r.relname)}`] = String(r.oid);
    if (r.comment != null) d.comments[`index ${qn(r.nspname, r.relname)}`] = r.comment;
  }
  for (const r of await run2(`
    select n.nspname, c.relname, t.tgname, obj_description(t.oid, 'pg_trigger') as comment
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where not t.tgisinternal and ${USER_NS} and obj_description(t.oid, 'pg_trigger') is not null`)) {
    d.comments[`trigger ${qn(r.nspname, r.relname, r.tgname)}`] = r.comment;
  }
  for (const r of await run2(`
    select n.nspname, c.relname, p.polname, obj_description(p.oid, 'pg_policy') as comment
      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
     where obj_description(p.oid, 'pg_policy') is not null`)) {
    d.comments[`policy ${qn(r.nspname, r.relname, r.polname)}`] = r.comment;
  }
  for (const r of await run2(`
    select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, p.oid::int as oid,
           case when p.prokind in ('f', 'p', 'w') then pg_get_functiondef(p.oid) end as def,
           ${ACL_LIST("p.proacl", "'f'", "p.proowner")} as acl, obj_description(p.oid, 'pg_proc') as comment
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where ${USER_NS} and ${NOT_EXT("pg_proc", "p.oid")}`)) {
    const sig = `${qn(r.nspname, r.proname)}(${r.args})`;
    d.oids[`function ${sig}`] = String(r.oid);
    if (r.def != null) d.functions[sig] = r.def;
    d.acls[`function ${sig}`] = r.acl;
    if (r.comment != null) d.comments[`function ${sig}`] = r.comment;
  }
  for (const r of await run2(`
    select n.nspname, c.relname, format_type(s.seqtypid, null) as type, s.seqstart::text as start, s.seqincrement::text as inc,
           s.seqmin::text as min, s.seqmax::text as max, s.seqcache::text as cache, s.seqcycle as cycle,
           (select tn.nspname || '.' || tc.relname || '.' || a.attname from pg_depend dp join pg_class tc on tc.oid = dp.refobjid
              join pg_namespace tn on tn.oid = tc.relnamespace join pg_attribute a on a.attrelid = tc.oid and a.attnum = dp.refobjsubid
             where dp.classid = 'pg_class'::regclass and dp.objid = c.oid and dp.refclassid = 'pg_class'::regclass and dp.deptype in ('a', 'i') limit 1) as owned_by,
           exists (select 1 from pg_depend dp where dp.classid = 'pg_class'::regclass and dp.objid = c.oid and dp.deptype = 'i') as identity
      from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`)) {
    const owned = r.owned_by ? r.owned_by.split(".") : void 0;
    d.sequences[qn(r.nspname, r.relname)] = {
      type: r.type,
      start: r.start,
      increment: r.inc,
      min: r.min,
      max: r.max,
      cache: r.cache,
      cycle: r.cycle,
      ownedBy: owned ? qn(owned[0], owned[1], owned.slice(2).join(".")) : void 0,
      identity: r.identity || void 0
    };
  }
  for (const r of await run2(`
    select n.nspname, t.typname, t.typtype::text as typtype, t.oid::int as oid, obj_description(t.oid, 'pg_type') as comment,
           ${ACL_LIST("t.typacl", "'T'", "t.typowner")} as acl,
           case when t.typtype = 'd' then 'AS ' || format_type(t.typbasetype, t.typtypmod)
                  || coalesce(' COLLATE ' || (select quote_ident(co.collname) from pg_collation co where co.oid = t.typcollation and t.typcollation <> (select bt.typcollation from pg_type bt where bt.oid = t.typbasetype)), '')
                  || coalesce(' DEFAULT ' || t.typdefault, '') || case when t.typnotnull then ' NOT NULL' else '' end
                  || coalesce((select string_agg(' CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), '' order by k.conname) from pg_constraint k where k.contypid = t.oid), '')
                when t.typtype = 'c' then 'AS (' || (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum) from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) || ')'
           end as def
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where ${USER_NS} and ${NOT_EXT("pg_type", "t.oid")}
       and (t.typtype in ('d', 'e') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))`)) {
    const name = qn(r.nspname, r.typname);
    d.oids[`type ${name}`] = String(r.oid);
    d.acls[`type ${name}`] = r.acl;
    if (r.comment != null) d.comments[`type ${name}`] = r.comment;
    if (r.typtype !== "e") d.types[name] = { kind: r.typtype === "d" ? "domain" : "composite", definition: r.def };
  }
}
var KIND_OF_REL = {
  table: "table",
  "partitioned table": "table",
  view: "view",
  "materialized view": "view",
  sequence: "sequence",
  "foreign table": "table"
};
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function changedFields(a, b, ignore = []) {
  const out = [];
  for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (ignore.includes(k)) continue;
    if (!same(a[k], b[k])) out.push(String(k));
  }
  return out;
}
function diffCatalog(before, after) {
  const out = { created: [], altered: [], dropped: [], source: "live" };
  const push = (list2, kind, name, detail) => list2.push(detail ? { kind, name, detail } : { kind, name });
  const createdRels = new Set(Object.keys(after.relations).filter((k) => !(k in before.relations)));
  const droppedRels = new Set(Object.keys(before.relations).filter((k) => !(k in after.relations)));
  const tableOf2 = (col) => col.slice(0, col.lastIndexOf("."));
  function diff(kind, a, b, opts = {}) {
    const kindOf = (v) => typeof kind === "function" ? kind(v) : kind;
    for (const [name, v] of Object.entries(b)) {
      if (!(name in a)) {
        if (!opts.skip?.(name, v, "created")) push(out.created, kindOf(v), name, opts.describe?.(v));
      } else {
        const fields = changedFields(a[name], v, opts.ignore);
        if (fields.length) push(out.altered, kindOf(v), name, fields.join(", "));
      }
    }
    for (const [name, v] of Object.entries(a)) {
      if (!(name in b) && !opts.skip?.(name, v, "dropped")) push(out.dropped, kindOf(v), name, opts.describe?.(v));
    }
  }
  diff("schema", before.schemas, after.schemas);
  diff("extension", before.extensions, after.extensions, { describe: (v) => `schema ${v.schema}, version ${v.version}` });
  diff((v) => KIND_OF_REL[v.kind], before.relations, after.relations, {
    // relfilenode changes are rewrites (reported per statement), reltuples is statistics
    ignore: ["oid", "relfilenode", "estimatedRows", "rowSecurity", "forceRowSecurity"],
    describe: (v) => v.kind
  });
  diff("column", before.columns, after.columns, {
    skip: (name, _v, side) => side === "created" ? createdRels.has(tableOf2(name)) : droppedRels.has(tableOf2(name)),
    describe: (v) => v.type
  });
  diff("constraint", before.constraints, after.constraints, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => v.definition
  });
  diff("index", before.indexes, after.indexes, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => v.valid ? v.definition : `INVALID: ${v.definition}`
  });
  diff("policy", before.policies, after.policies, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => `${v.permissive ? "permissive" : "restrictive"} ${v.cmd} to ${v.roles.join(", ")}`
  });
  diff("trigger", before.triggers, after.triggers, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => v.definition
  });
  diff("function", before.functions, after.functions, {
    describe: (v) => [v.language, v.securityDefiner ? "SECURITY DEFINER" : "", v.searchPath ? `search_path=${v.searchPath}` : ""].filter(Boolean).join(" ")
  });
  diff("type", before.enums, after.enums, { describe: (v) => `enum (${v.join(", ")})` });
  const rls = (s) => Object.fromEntries(
    Object.entries(s.relations).filter(([, r]) => r.rowSecurity).map(([k, r]) => [k, { force: r.forceRowSecurity }])
  );
  diff("rls", rls(before), rls(after), {
    skip: (name, _v, side) => side === "dropped" && droppedRels.has(name),
    describe: (v) => v.force ? "enabled, forced" : "enabled"
  });
  diff("grant", before.grants, after.grants, {
    skip: (name, _v, side) => side === "dropped" && droppedRels.has(name.slice(0, name.lastIndexOf(":"))),
    describe: (v) => v.join(", ")
  });
  return out;
}

// src/sql/locks.ts
var LOCK_MODES2 = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
function lockMode(mode) {
  const spaced = mode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").trim().toUpperCase();
  return LOCK_MODES2.includes(spaced) ? spaced : void 0;
}
function lockModeName(pgLocksMode) {
  return lockMode(pgLocksMode) ?? pgLocksMode.toUpperCase();
}
function lockStrength(mode) {
  const m = lockMode(mode);
  return m ? LOCK_MODES2.indexOf(m) + 1 : 0;
}
function blocksWrites(mode) {
  return lockStrength(mode) >= LOCK_MODES2.indexOf("SHARE") + 1;
}

// src/live/trace.ts
var MIGRATOR_ROLE = "pgreview_migrator";
var SUPERUSER_EXTENSIONS = [
  "vector",
  "pg_uuidv7",
  "bloom",
  "earthdistance",
  "pg_stat_statements",
  "postgis",
  "postgis_topology",
  "pg_graphql",
  "pgjwt",
  "pg_hashids",
  "pgstattuple",
  "pg_buffercache",
  "amcheck",
  // Only presets/supabase.sql allows these (Supabase offers them to its non-superuser postgres role).
  "moddatetime",
  "autoinc",
  "insert_username",
  "refint",
  "pgrowlocks",
  "pg_prewarm",
  "postgres_fdw",
  "dblink",
  "pg_walinspect",
  "pg_visibility",
  "pg_freespacemap",
  "pageinspect",
  "file_fdw",
  "intagg",
  "xml2",
  "sslinfo",
  "pg_surgery"
];
var LOCKS_SQL = `select l.relation::int as oid, l.mode from pg_locks l
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384`;
var RELS_SQL = `select c.oid::int as oid, c.relfilenode::int as node, c.relkind::text as relkind, n.nspname, c.relname,
  coalesce(i.indrelid, 0)::int as table_oid
  from pg_class c join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid
  where c.oid >= 16384 and c.relkind in ('r', 'p', 'i', 'I', 'm', 'S', 'v', 'f') and n.nspname <> 'pg_toast'`;
var RELKIND_NAME = {
  r: "table",
  p: "table",
  f: "table",
  i: "index",
  I: "index",
  m: "materialized view",
  v: "view",
  S: "sequence",
  t: "toast"
};
var ident4 = (s) => /^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
function lineAt(sql, startLine, position) {
  if (!position || position < 1) return startLine;
  let line = startLine;
  for (let i = 0; i < Math.min(position - 1, sql.length); i++) if (sql.charCodeAt(i) === 10) line++;
  return line;
}
function errorOf(e) {
  const d = e instanceof DbError ? e : DbError.from(e);
  const out = { message: d.message };
  if (d.detail) out.detail = d.detail;
  if (d.hint) out.hint = d.hint;
  if (d.code) out.code = d.code;
  if (d.position) out.position = d.position;
  return out;
}
function isDead(e) {
  return e instanceof EngineDeadError || e instanceof QueryTimeoutError && e.engineDead;
}
function strongestLocks(locks) {
  const by = /* @__PURE__ */ new Map();
  for (const l of locks) {
    const cur = by.get(l.relation);
    if (!cur || lockStrength(l.mode) > lockStrength(cur.mode) || l.mode === cur.mode && (l.heldMs ?? 0) > (cur.heldMs ?? 0)) by.set(l.relation, { ...l });
  }
  return [...by.values()].sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode) || a.relation.localeCompare(b.relation));
}
var lit = (s) => `'${s.replace(/'/g, "''")}'`;
function roleName(spec) {
  const r = spec?.RoleSpec ?? spec;
  return r?.roletype === "ROLESPEC_CSTRING" && typeof r.rolename === "string" ? r.rolename : void 0;
}
function planStatements(parsed, opts, refused) {
  const plans = /* @__PURE__ */ new Map();
  const ctx = createScreenContext();
  for (const p of parsed) {
    for (const st of p.statements) {
      const plan = {};
      if (opts.screen) {
        const hits = screenStatement(st, ctx).filter((h) => h.refuse);
        if (hits.length) {
          refused.push({ migrationId: p.migration.id, file: p.source.file, line: st.span.line, status: p.migration.status, hits });
          plan.skip = `not executed: ${[...new Set(hits.map((h) => h.capability))].join(", ")} (${hits.map((h) => h.detail).join("; ")})`;
        }
      }
      const standIn = st.kind === "CreateExtensionStmt" ? opts.standIns.get(String(st.node?.extname ?? "")) : void 0;
      if (!plan.skip && standIn && !opts.available.has(standIn.name)) {
        const n = st.node ?? {};
        const opt = (name) => (n.options ?? []).map((o) => o?.DefElem).find((d) => d?.defname === name)?.arg;
        const schema = opt("schema")?.String?.sval;
        plan.sql = `select pgreview_admin.create_standin_extension(${lit(standIn.name)}, ${schema ? lit(schema) : "null"}, ${n.if_not_exists ? "true" : "false"})`;
        plan.standIn = `${standIn.name} (${p.source.file}:${st.span.line}) is a pgreview stand-in, not the real extension: ${standIn.differs}`;
      } else if (!plan.skip && opts.role) {
        const n = st.node ?? {};
        const standIn2 = (who) => `not executed: ${who} is a superuser on the review engine (on a managed platform it is not); the objects stay owned by ${opts.role}, which stands in for it`;
        if (st.kind === "CreateExtensionStmt") {
          const ext = String(n.extname ?? "");
          if (opts.needsSuperuser.has(ext) && SUPERUSER_EXTENSIONS.includes(ext)) {
            const opt = (name) => (n.options ?? []).map((o) => o?.DefElem).find((d) => d?.defname === name)?.arg;
            const schema = opt("schema")?.String?.sval;
            const version = opt("new_version")?.String?.sval;
            plan.sql = `select pgreview_admin.create_extension(${lit(ext)}, ${schema ? lit(schema) : "current_schema()"}, ${version ? lit(version) : "null"}, ${n.if_not_exists ? "true" : "false"})`;
            plan.superuser = `CREATE EXTENSION ${ext} (${p.source.file}:${st.span.line}) ran as superuser: it is not a trusted extension and is on pgreview's allow-list`;
          }
        } else if (st.kind === "AlterOwnerStmt" && opts.superusers.has(roleName(n.newowner) ?? "")) {
          plan.skip = standIn2(`OWNER TO ${roleName(n.newowner)}: ${roleName(n.newowner)}`);
        } else if (st.kind === "AlterTableStmt" && (n.cmds ?? []).length > 0 && (n.cmds ?? []).every((c) => c?.AlterTableCmd?.subtype === "AT_ChangeOwner" && opts.superusers.has(roleName(c.AlterTableCmd.newowner) ?? ""))) {
          plan.skip = standIn2(`OWNER TO ${roleName(n.cmds[0].AlterTableCmd.newowner)}: ${roleName(n.cmds[0].AlterTableCmd.newowner)}`);
        } else if (st.kind === "AlterDefaultPrivilegesStmt") {
          const roles = (n.options ?? []).map((o) => o?.DefElem).filter((d) => d?.defname === "roles").flatMap((d) => (d.arg?.List?.items ?? []).map(roleName));
          const sup = roles.find((r) => r && opts.superusers.has(r));
          if (sup) plan.skip = standIn2(`FOR ROLE ${sup}: ${sup}`);
        }
      }
      if (plan.skip || plan.sql) plans.set(st, plan);
    }
  }
  return plans;
}
async function applyTraced(db, parsed, opts) {
  const deadline = Date.now() + opts.totalTimeoutMs;
  const remaining = () => deadline - Date.now();
  const limit = (ms = opts.statementTimeoutMs) => Math.max(1, Math.min(ms, remaining()));
  const rollbackOnly = db.rollbackOnly;
  const applyBase = opts.applyBase ?? !rollbackOnly;
  const migrations = [];
  const timings = { baseMs: 0, changedMs: 0, snapshotMs: 0 };
  const refused = [];
  const superuser = [];
  const restarts = [];
  const escapes = [];
  let stopped;
  const stop = (why) => stopped ??= why;
  let died;
  let main = db;
  const info = (await main.query(
    `select current_setting('server_version_num') as n, session_user::text as su, current_setting('search_path') as sp, array(select name::text from pg_available_extensions) as exts,
        exists(select 1 from pg_roles where rolname = $1) as role,
        array(select rolname::text from pg_roles where rolsuper) as supers,
        array(select distinct v.name::text from pg_available_extension_versions v where v.superuser and not v.trusted) as su_exts`,
    [opts.runAs?.role ?? ""],
    { timeoutMs: limit(3e4) }
  )).rows[0];
  const versionNum = Number(info.n);
  const available = new Set(info.exts);
  const role = !rollbackOnly && opts.runAs && info.role ? opts.runAs.role : "";
  const sessionAuth = !!role && !opts.runAs?.db;
  let x = role && opts.runAs?.db ? opts.runAs.db : main;
  const asRole = async () => {
    if (sessionAuth && main.alive) await main.query(`set session authorization ${ident4(role)}`, void 0, { timeoutMs: limit(3e4) });
  };
  const asSuperuser = async () => {
    if (sessionAuth && main.alive) await main.query(`set session authorization ${ident4(info.su)}`, void 0, { timeoutMs: limit(3e4) });
  };
  const standInDefs = /* @__PURE__ */ new Map();
  const hasStandIns = await main.query(`select to_regclass('pgreview_admin.standin_extensions') is not null as ok`, void 0, { timeoutMs: limit(3e4) }).then((r) => !!r.rows[0]?.ok, () => false);
  if (hasStandIns) {
    const r = await main.query("select name, differs from pgreview_admin.standin_extensions", void 0, { timeoutMs: limit(3e4) });
    for (const d of r.rows) standInDefs.set(d.name, d);
  }
  const plans = planStatements(
    parsed,
    { screen: opts.screen !== false, role, superusers: new Set(info.supers), needsSuperuser: new Set(info.su_exts), available, standIns: standInDefs },
    refused
  );
  const gaps = [];
  const standIns = [];
  const noteRan = (plan) => {
    if (plan?.superuser) superuser.push(plan.superuser);
    if (plan?.standIn && !standIns.includes(plan.standIn)) standIns.push(plan.standIn);
  };
  let sp = 0;
  const begin = async () => {
    if (rollbackOnly) {
      const name = `pgreview_${++sp}`;
      await x.query(`savepoint ${name}`, void 0, { timeoutMs: limit(3e4) });
      return name;
    }
    await x.query("begin", void 0, { timeoutMs: limit(3e4) });
    return "";
  };
  const commit = async (name) => x.query(rollbackOnly ? `release savepoint ${name}` : "commit", void 0, { timeoutMs: limit(opts.statementTimeoutMs) });
  const rollback = async (name) => {
    if (!x.alive) return;
    await x.exec(rollbackOnly ? `rollback to savepoint ${name}; release savepoint ${name}` : "rollback", { timeoutMs: limit(3e4) }).catch(() => void 0);
  };
  const baseReport = (p) => ({
    id: p.migration.id,
    file: p.source.file,
    status: p.migration.status,
    transactional: p.migration.transactional,
    statements: p.statements.length,
    applied: "not-run",
    locks: [],
    rewrites: []
  });
  const applyBaseFiles = async (reports) => {
    const bases = parsed.filter((p) => p.migration.status === "base");
    for (let i = 0; i < bases.length; i++) {
      const p = bases[i];
      const rep = reports ? reports[i] : baseReport(p);
      if (!reports) migrations.push(rep);
      if (!applyBase) {
        rep.applied = "skipped";
        continue;
      }
      if (stopped) continue;
      if (reports && rep.applied !== "applied") continue;
      if (remaining() <= 0) {
        stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached while applying base migrations`);
        continue;
      }
      if (p.error && opts.screen !== false) {
        rep.applied = "failed";
        rep.error = { message: `not executed: it cannot be parsed (${p.error.message}), so it cannot be screened`, line: p.error.line };
        continue;
      }
      const s = performance.now();
      const timeout = limit(opts.statementTimeoutMs * Math.max(1, p.statements.length));
      try {
        await applyWhole(x, p, rollbackOnly, versionNum, timeout, begin, commit, rollback, plans, reports ? void 0 : noteRan);
        rep.applied = "applied";
      } catch (e) {
        if (rep.applied !== "applied" && !isDead(e) && !rollbackOnly && !p.error && x.alive && remaining() > 0) {
          await applyStatements(p, rep, reports !== void 0, e.resumeAt ?? 0);
        }
        if (rep.applied !== "applied") {
          rep.applied = "failed";
          const err = errorOf(e);
          rep.error ??= { message: err.message, line: lineAt(p.source.text, p.source.startLine, err.position), detail: err.detail, hint: err.hint };
          if (isDead(e)) stop(`the engine stopped: ${err.message}`);
        }
      }
      rep.durationMs = performance.now() - s;
      await resetSession(p);
    }
  };
  const resetSession = async (p) => {
    if (!SESSION_SETTING.test(p.source.text) || !x.alive) return;
    await x.query(`select set_config('search_path', $1, false)`, [info.sp], { timeoutMs: limit(3e4) }).catch(() => void 0);
    await x.exec("reset check_function_bodies; reset row_security", { timeoutMs: limit(3e4) }).catch(() => void 0);
  };
  const applyStatements = async (p, rep, replaying, from) => {
    let ran = from;
    const here = [];
    for (const st of p.statements.slice(from)) {
      const t = transactionControl(st.kind, st.node);
      if (t === "begin" || t === "commit" || t === "rollback") continue;
      const plan = plans.get(st);
      if (plan?.skip) continue;
      if (remaining() <= 0) {
        stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached while applying base migrations`);
        break;
      }
      const sql = plan?.sql ?? st.sql;
      try {
        await x.exec(sql, { timeoutMs: limit() });
        if (!replaying) noteRan(plan);
        ran++;
        continue;
      } catch (e) {
        let err = e;
        if (!isDead(e) && role && DbError.from(e).code === "42501" && main.alive) {
          try {
            await asSuperuser();
            await main.exec(sql, { timeoutMs: limit() });
            if (!replaying) {
              noteRan(plan);
              superuser.push(`${p.source.file}:${st.span.line} (base) ran as superuser: as ${role} it failed with "${DbError.from(e).message}"`);
            }
            ran++;
            continue;
          } catch (e2) {
            err = e2;
          } finally {
            await asRole().catch(() => void 0);
          }
        }
        const d = errorOf(err);
        here.push({
          migrationId: p.migration.id,
          file: p.source.file,
          line: lineAt(st.sql, st.span.line, d.position),
          kind: st.kind,
          message: d.message,
          ...d.code ? { code: d.code } : {},
          cause: gapCause(st, d, available, gaps.length + here.length > 0)
        });
        if (isDead(err)) {
          stop(`the engine stopped: ${d.message}`);
          break;
        }
      }
    }
    if (!replaying) gaps.push(...here);
    rep.gaps = here.length;
    if (ran > 0 || here.length === 0) rep.applied = "applied";
    if (here.length) rep.error = { message: here[0].message, line: here[0].line };
  };
  const tb = performance.now();
  try {
    await asRole();
  } catch (e) {
    stop(`could not switch to the migration role ${role}: ${errorOf(e).message}`);
  }
  if (opts.runnerSetup && applyBase && !stopped) {
    await x.exec(opts.runnerSetup.sql, { timeoutMs: limit(3e4) }).catch(
      (e) => gaps.push({ migrationId: "", file: "(migration tool)", line: 1, kind: "RunnerSetup", message: errorOf(e).message, cause: `the runner's table ${opts.runnerSetup.table} could not be created (${errorOf(e).message})` })
    );
  }
  await applyBaseFiles(void 0);
  timings.baseMs = performance.now() - tb;
  if (opts.afterBase && !stopped && main.alive) {
    await asSuperuser().catch(() => void 0);
    await opts.afterBase(main).catch(() => void 0);
    if (!main.alive && opts.restart && !opts.runAs?.db) {
      const t = performance.now();
      try {
        main = await opts.restart();
        x = main;
        await asRole();
        await applyBaseFiles(migrations.filter((m) => m.status === "base"));
        restarts.push(`a probe rehearsal before the traced run ended the engine: restarted it and re-applied the base migrations in ${Math.round(performance.now() - t)} ms`);
      } catch (e) {
        stop(`the engine stopped during a probe rehearsal and could not restart: ${e.message}`);
      }
    } else await asRole().catch((e) => stop(`could not switch to the migration role ${role}: ${errorOf(e).message}`));
  }
  let before;
  let after;
  const ts = performance.now();
  if (!stopped) before = await snapshotCatalog(x, { timeoutMs: limit(6e4) }).catch(() => void 0);
  timings.snapshotMs += performance.now() - ts;
  const tc = performance.now();
  const rels = /* @__PURE__ */ new Map();
  const loadRels = (rows2) => {
    const seen = /* @__PURE__ */ new Map();
    for (const r of rows2) seen.set(r.oid, { node: r.node, relkind: r.relkind, name: `${ident4(r.nspname)}.${ident4(r.relname)}`, tableOid: r.table_oid });
    return seen;
  };
  const baseOids = /* @__PURE__ */ new Set();
  const changed = parsed.filter((x2) => x2.migration.status !== "base");
  if (changed.length && !stopped) {
    try {
      const r = await x.query(RELS_SQL, void 0, { timeoutMs: limit(3e4) });
      for (const [oid, rel2] of loadRels(r.rows)) {
        rels.set(oid, rel2);
        baseOids.add(oid);
      }
    } catch (e) {
      if (isDead(e)) stop(`the engine stopped: ${errorOf(e).message}`);
    }
  }
  for (let k = 0; k < changed.length; k++) {
    const p = changed[k];
    const rep = baseReport(p);
    rep.trace = [];
    migrations.push(rep);
    const s = performance.now();
    await traceMigration(p, rep);
    rep.durationMs = performance.now() - s;
    if (sessionAuth && main.alive) {
      const who = (await main.query("select session_user::text as s", void 0, { timeoutMs: limit(3e4) }).catch(() => void 0))?.rows[0];
      if (who && who.s !== role) {
        escapes.push(`after ${p.source.file} the session was ${who.s} instead of ${role}: code of the pull request switched it back (RESET/SET SESSION AUTHORIZATION)`);
        await asRole().catch((e) => stop(`could not switch back to the migration role ${role}: ${errorOf(e).message}`));
      }
    }
    if (!died) await resetSession(p);
    rep.locks = strongestLocks(rep.trace.flatMap((t) => t.locks));
    rep.rewrites = [...new Set(rep.trace.flatMap((t) => t.rewrites))];
    if (died) {
      const why = died;
      died = void 0;
      const ok = await recover(k, why).catch((e) => {
        restarts.push(`could not continue after "${why}": ${e.message}`);
        return false;
      });
      if (!ok) stop(`the engine stopped: ${why}`);
    }
  }
  timings.changedMs = performance.now() - tc;
  const ta = performance.now();
  if (x.alive && before && !stopped) after = await snapshotCatalog(x, { timeoutMs: limit(6e4) }).catch(() => void 0);
  timings.snapshotMs += performance.now() - ta;
  await asSuperuser().catch(() => void 0);
  const objects = before && after ? diffCatalog(before, after) : { created: [], altered: [], dropped: [], source: "live" };
  return { migrations, before, after, objects, stopped, timings, refused, superuser, role, restarts, gaps, standIns, db: main, escapes };
  async function recover(k, why) {
    if (remaining() <= 0) return false;
    if (opts.runAs?.db && role && opts.runAs.reconnect && main.alive) {
      const ok = await main.query("select 1", void 0, { timeoutMs: limit(1e4) }).then(
        () => true,
        () => false
      );
      if (ok) {
        x = await opts.runAs.reconnect();
        restarts.push(`after "${why}" (${changed[k].source.file}): a new connection as ${role}; the rest went on`);
        return true;
      }
    }
    if (!opts.restart || opts.runAs?.db) return false;
    const t = performance.now();
    main = await opts.restart();
    x = main;
    await asRole();
    const baseReps = migrations.filter((m) => m.status === "base");
    await applyBaseFiles(baseReps);
    if (stopped) return false;
    let replayed = 0;
    for (let j = 0; j < k; j++) {
      const p = changed[j];
      const rep = migrations.find((m) => m.id === p.migration.id && m.file === p.source.file && m.trace);
      if (rep?.applied !== "applied") continue;
      await replay(p, rep);
      replayed++;
    }
    const r = await x.query(RELS_SQL, void 0, { timeoutMs: limit(3e4) });
    rels.clear();
    for (const [oid, rel2] of loadRels(r.rows)) rels.set(oid, rel2);
    restarts.push(
      `after "${why}" (${changed[k].source.file}): restarted the engine, re-applied the base migrations and ${replayed} changed migration(s) before it in ${Math.round(performance.now() - t)} ms; the rest went on`
    );
    return true;
  }
  async function replay(p, rep) {
    const ownTx = p.statements.some((st) => ["begin", "commit", "rollback"].includes(transactionControl(st.kind, st.node) ?? ""));
    const wrap = runnerWraps2(p.migration, p.statements.length, ownTx);
    if (wrap) await begin();
    for (let i = 0; i < p.statements.length; i++) {
      const st = p.statements[i];
      const t = rep.trace[i];
      if (!t || t.skipped || t.error) continue;
      await x.exec(plans.get(st)?.sql ?? st.sql, { timeoutMs: limit() });
    }
    if (wrap) await commit("");
  }
  async function traceMigration(p, rep) {
    const traces = rep.trace;
    const skipAll = (from, why) => {
      for (const st of p.statements.slice(from)) traces.push({ line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [], skipped: why });
    };
    if (stopped) {
      skipAll(0, `not run: ${stopped}`);
      return;
    }
    if (p.error) {
      rep.applied = "failed";
      rep.error = { message: `cannot be parsed: ${p.error.message}`, line: p.error.line };
      return;
    }
    const ownTx = p.statements.some((st) => {
      const tx2 = transactionControl(st.kind, st.node);
      return tx2 === "begin" || tx2 === "commit" || tx2 === "rollback";
    });
    let tx;
    const endTx = (at) => {
      for (const l of tx?.locks ?? []) l.rec.heldMs = Math.round(at - l.at);
      tx = void 0;
    };
    try {
      if (runnerWraps2(p.migration, p.statements.length, ownTx)) tx = { name: await begin(), byRunner: true, locks: [] };
    } catch (e) {
      rep.applied = "failed";
      rep.error = { message: errorOf(e).message, line: p.source.startLine };
      if (isDead(e)) died = errorOf(e).message;
      skipAll(0, `not run: ${errorOf(e).message}`);
      return;
    }
    let held = /* @__PURE__ */ new Set();
    for (let i = 0; i < p.statements.length; i++) {
      const st = p.statements[i];
      const trace = { line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [] };
      const txc = transactionControl(st.kind, st.node);
      const noTx = cannotRunInTransaction(st.kind, st.node, versionNum);
      const plan = plans.get(st);
      if (remaining() <= 0) stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached`);
      if (stopped) {
        if (tx) {
          await rollback(tx.name);
          endTx(performance.now());
        }
        skipAll(i, `not run: ${stopped}`);
        if (rep.applied === "not-run" && traces.some((t) => !t.skipped)) {
          rep.applied = "failed";
          rep.error = { message: `not finished: ${stopped}`, line: st.span.line };
        } else if (rep.applied === "not-run") rep.applied = "skipped";
        break;
      }
      if (plan?.skip) {
        trace.skipped = plan.skip;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        continue;
      }
      if (st.kind === "CreateExtensionStmt" && !available.has(st.node?.extname) && !plan?.sql) {
        trace.skipped = `extension "${st.node?.extname}" is not available on this engine`;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        continue;
      }
      if (rollbackOnly && noTx) {
        trace.skipped = `${noTx}; on the url engine everything runs in a transaction that is rolled back`;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        continue;
      }
      const started = performance.now();
      let wrapped = "";
      let wrappedHere = false;
      try {
        if (txc === "begin" || txc === "commit" || txc === "rollback") {
          if (txc === "begin") {
            if (rollbackOnly) {
              tx = { name: await begin(), byRunner: false, locks: [] };
              trace.skipped = "BEGIN replaced by a savepoint (url engine: everything is rolled back)";
            } else {
              await x.exec(st.sql, { timeoutMs: limit() });
              tx = { name: "", byRunner: false, locks: [] };
            }
          } else {
            const name = tx?.name ?? "";
            if (rollbackOnly) {
              if (tx) await (txc === "commit" ? commit(name) : rollback(name));
              trace.skipped = `${txc.toUpperCase()} replaced by a savepoint release (url engine: everything is rolled back)`;
            } else await x.exec(st.sql, { timeoutMs: limit() });
            endTx(performance.now());
            held = /* @__PURE__ */ new Set();
          }
          trace.durationMs = performance.now() - started;
          traces.push(trace);
          opts.onStatement?.(p.migration.id, trace);
          continue;
        }
        let reopenAfter = false;
        if (noTx && tx?.byRunner && p.migration.nonTransactionalApart) {
          await commit(tx.name);
          endTx(performance.now());
          tx = void 0;
          held = /* @__PURE__ */ new Set();
          reopenAfter = i < p.statements.length - 1;
        }
        if (!tx && !noTx) {
          wrapped = await begin();
          wrappedHere = true;
          held = /* @__PURE__ */ new Set();
        }
        const t = performance.now();
        const results = await x.exec(plan?.sql ?? st.sql, { timeoutMs: limit() });
        trace.durationMs = performance.now() - t;
        noteRan(plan);
        const last2 = results[results.length - 1];
        if (last2?.affectedRows != null) trace.rowsAffected = last2.affectedRows;
        if (tx || wrappedHere) {
          const [lockRes, relRes] = await x.exec(`${LOCKS_SQL};
${RELS_SQL}`, { timeoutMs: limit(3e4) });
          const now = loadRels(relRes.rows);
          for (const l of lockRes.rows) {
            const key2 = `${l.oid}:${l.mode}`;
            if (held.has(key2)) continue;
            held.add(key2);
            const rel2 = now.get(l.oid) ?? rels.get(l.oid);
            if (!rel2) continue;
            const rec = { relation: rel2.name, mode: lockModeName(l.mode), relkind: RELKIND_NAME[rel2.relkind] ?? "other", preexisting: baseOids.has(l.oid) };
            trace.locks.push(rec);
            tx?.locks.push({ rec, at: started });
            if (wrappedHere) rec.heldMs = 0;
          }
          trace.rewrites = rewritesBetween(rels, now);
          for (const [oid, rel2] of now) rels.set(oid, rel2);
        } else {
          trace.locksObserved = false;
          const relRes = await x.query(RELS_SQL, void 0, { timeoutMs: limit(3e4) });
          const now = loadRels(relRes.rows);
          trace.rewrites = rewritesBetween(rels, now);
          for (const [oid, rel2] of now) rels.set(oid, rel2);
        }
        if (wrappedHere) {
          await commit(wrapped);
          const end = performance.now();
          for (const l of trace.locks) l.heldMs = Math.round(end - started);
        }
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        if (reopenAfter) tx = { name: await begin(), byRunner: true, locks: [] };
      } catch (e) {
        const err = errorOf(e);
        trace.durationMs = performance.now() - started;
        const { position, ...rest } = err;
        trace.error = rest;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        rep.applied = "failed";
        rep.error = { message: err.message, line: lineAt(st.sql, st.span.line, position), detail: err.detail, hint: err.hint };
        if (isDead(e)) {
          died = err.message;
        } else {
          if (wrappedHere) await rollback(wrapped);
          if (tx) await rollback(tx.name);
        }
        endTx(performance.now());
        skipAll(i + 1, `not run: the statement at line ${rep.error.line} failed before it`);
        return;
      }
    }
    if (tx) {
      try {
        await commit(tx.name);
        endTx(performance.now());
      } catch (e) {
        const err = errorOf(e);
        rep.applied = "failed";
        rep.error = { message: `COMMIT failed: ${err.message}`, line: p.statements[p.statements.length - 1]?.span.endLine ?? p.source.startLine, detail: err.detail, hint: err.hint };
        await rollback(tx.name);
        endTx(performance.now());
        if (isDead(e)) died = err.message;
        return;
      }
    }
    if (rep.applied === "not-run") rep.applied = traces.some((t) => !t.skipped) || traces.length === 0 ? "applied" : "skipped";
  }
}
function rewritesBetween(before, after) {
  const changed = /* @__PURE__ */ new Map();
  for (const [oid, rel2] of after) {
    const b = before.get(oid);
    if (b && b.node !== 0 && rel2.node !== 0 && b.node !== rel2.node && rel2.relkind !== "t") changed.set(oid, rel2);
  }
  const out = [];
  for (const [, rel2] of changed) {
    if ((rel2.relkind === "i" || rel2.relkind === "I") && changed.has(rel2.tableOid)) continue;
    out.push(rel2.name);
  }
  return out.sort();
}
function runnerWraps2(m, statements, ownTx) {
  if (ownTx) return false;
  if (m.transactionMode === "implicit") return statements > 1;
  if (m.transactionMode === "none") return false;
  return m.transactional;
}
async function applyWhole(db, p, rollbackOnly, versionNum, timeoutMs, begin, commit, rollback, plans = /* @__PURE__ */ new Map(), onRan) {
  const stmts = p.statements;
  const planned = stmts.some((s) => plans.has(s));
  const ownTx = stmts.some((s) => {
    const t = transactionControl(s.kind, s.node);
    return t === "begin" || t === "commit" || t === "rollback";
  });
  const implicitWhole = p.migration.transactionMode === "implicit" && stmts.length > 1;
  const needsSplit = !p.error && (planned || rollbackOnly && ownTx || !implicitWhole && stmts.some((s) => cannotRunInTransaction(s.kind, s.node, versionNum)));
  if (!needsSplit) {
    const wrap2 = rollbackOnly || !implicitWhole && runnerWraps2(p.migration, stmts.length, ownTx);
    const name2 = wrap2 ? await begin() : "";
    try {
      await db.exec(p.source.text, { timeoutMs });
      if (wrap2) await commit(name2);
      for (const s of stmts) onRan?.(plans.get(s));
    } catch (e) {
      if (wrap2) await rollback(name2);
      else if (ownTx && db.alive && !rollbackOnly) {
        await db.query("rollback").catch(() => void 0);
        const pos = DbError.from(e).position ?? 0;
        const failing = stmts.findIndex((s) => s.span.end >= pos - 1);
        let from = 0;
        for (let i = 0; i < (failing < 0 ? stmts.length : failing); i++) if (transactionControl(stmts[i].kind, stmts[i].node) === "begin") from = i;
        throw withResume(e, from);
      }
      throw e;
    }
    return;
  }
  const deadline = Date.now() + timeoutMs;
  const wrap = rollbackOnly || runnerWraps2(p.migration, stmts.length, ownTx);
  const name = wrap ? await begin() : "";
  let at = 0;
  try {
    for (const [i, s] of stmts.entries()) {
      at = i;
      const t = transactionControl(s.kind, s.node);
      if (rollbackOnly && (t === "begin" || t === "commit" || t === "rollback" || cannotRunInTransaction(s.kind, s.node, versionNum))) continue;
      const plan = plans.get(s);
      if (plan?.skip) continue;
      try {
        await db.exec(plan?.sql ?? s.sql, { timeoutMs: Math.max(1, deadline - Date.now()) });
      } catch (e) {
        const d = DbError.from(e);
        const offset = s.span.start;
        if (d.position) d.position += offset;
        else d.position = offset + 1;
        throw e instanceof QueryTimeoutError || e instanceof EngineDeadError ? e : d;
      }
    }
    if (wrap) await commit(name);
    for (const s of stmts) if (!plans.get(s)?.skip) onRan?.(plans.get(s));
  } catch (e) {
    if (wrap) await rollback(name);
    else if (db.alive && !rollbackOnly) await db.query("rollback").catch(() => void 0);
    throw wrap ? e : withResume(e, at);
  }
}
function withResume(e, from) {
  if (e && typeof e === "object") e.resumeAt = from;
  return e;
}
var SESSION_SETTING = /set_config\s*\(\s*'(?:search_path|check_function_bodies|row_security)'\s*,[^)]*,\s*false\s*\)|^\s*set\s+(?:session\s+)?(?:search_path|check_function_bodies|row_security)\b/im;
var UNDEFINED_OBJECT2 = /* @__PURE__ */ new Set(["42704", "42883", "42P01", "42703", "3F000", "42P02"]);
function gapCause(st, full, available, earlierGaps) {
  const first = full.message.split("\n")[0];
  const err = { ...full, message: first.length > 200 ? `${first.slice(0, 200)}…` : first };
  if (st.kind === "CreateExtensionStmt" && !available.has(String(st.node?.extname))) {
    return `extension "${st.node?.extname}" is not available on the review engine and pgreview has no stand-in for it`;
  }
  if (err.code === "42501") return `needs privileges the review engine does not give (${err.message})`;
  if (UNDEFINED_OBJECT2.has(err.code ?? "") && earlierGaps) return `needs an object an earlier left-out base statement would have created (${err.message})`;
  return `the review engine refused it (${err.message}${err.code ? `, SQLSTATE ${err.code}` : ""})`;
}

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
        object: m.file,
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
            description: isIndex ? "Rebuild indexes with REINDEX INDEX CONCURRENTLY (or CREATE INDEX CONCURRENTLY + swap) instead." : "Use a form that does not rewrite (add the column without a volatile default, then backfill in batches; change types by adding a new column and switching over), or schedule a maintenance window."
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
        ...placeFor(ctx, name),
        object: sig,
        severity: anon && ctx.supabase ? "high" : "medium",
        message: `${sig} is SECURITY DEFINER (runs as ${fn.owner}, bypassing row level security) and the catalog shows ${callers.join(", ")} can EXECUTE it, through ${via}. In the ${schema} schema the API exposes it${ctx.supabase ? ` as /rest/v1/rpc/${name.split(".").pop()}` : ""}: ${anon ? "anyone, signed in or not," : "every signed-in user"} can call it with arguments of their choosing (Supabase lints anon/authenticated_security_definer_function_executable).`,
        fix: {
          description: "Revoke EXECUTE from PUBLIC and the API roles and grant it only to who needs it; or make it SECURITY INVOKER; or move it to a schema the API does not expose.",
          sql: `REVOKE EXECUTE ON FUNCTION ${sig} FROM PUBLIC, anon${anon ? ", authenticated" : ""};${anon ? `
-- if signed-in users need it:
GRANT EXECUTE ON FUNCTION ${sig} TO authenticated;` : ""}`
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

// rules/vector-index-operator-mismatch.ts
var OPS = "<=>|<->|<#>|<\\+>|<~>|<%>";
var NAMES = { "<->": "L2 distance", "<=>": "cosine distance", "<#>": "negative inner product", "<+>": "L1 distance", "<~>": "Hamming distance", "<%>": "Jaccard distance" };
var OPCLASS_FOR = Object.fromEntries(Object.entries(OPCLASS_OPERATOR).map(([k, op]) => [op, k]));
var esc2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var vector_index_operator_mismatch_default = defineRule({
  id: "vector-index-operator-mismatch",
  phase: "live",
  severity: "medium",
  category: "vector",
  title: "Vector search uses a distance operator no index serves",
  check(ctx) {
    const indexes = annIndexes(ctx.after);
    const byColumn = /* @__PURE__ */ new Map();
    for (const i of indexes) byColumn.set(`${i.table}\0${i.column}`, [...byColumn.get(`${i.table}\0${i.column}`) ?? [], i]);
    const ups = ctx.sources.filter((s) => s.direction === "up");
    for (const [key2, idxs] of byColumn) {
      const [table2, column] = key2.split("\0");
      const rel2 = lastPart(table2);
      const col = esc2(column);
      const usage2 = new RegExp(`(?:[\\w"]+\\.)?"?\\b${col}\\b"?\\s*(${OPS})|(${OPS})\\s*\\(?\\s*(?:[\\w"]+\\.)?"?\\b${col}\\b`, "g");
      const mentionsTable = new RegExp(`\\b${esc2(rel2)}\\b`, "i");
      const uses = [];
      for (const src of ups) {
        for (const stmt of src.statements) {
          if (stmt.kind === "IndexStmt" || !mentionsTable.test(stmt.sql)) continue;
          for (const m of stmt.sql.matchAll(usage2)) uses.push({ stmt, op: m[1] ?? m[2], changed: src.migration.status !== "base" });
        }
      }
      if (!uses.length) continue;
      const served = new Set(idxs.map((i) => i.operator));
      const unserved = uses.filter((u) => !served.has(u.op));
      if (!unserved.length || unserved.length < uses.length) continue;
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
          sql: `CREATE INDEX CONCURRENTLY ON ${table2} USING ${i0.method} (${i0.expression ? column : column} ${wanted});
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
    const add2 = (object, kind, line) => {
      const d = diffs.find((x) => x.object === object) ?? (diffs.push({ object, kind, lines: [] }), diffs[diffs.length - 1]);
      d.lines.push(line);
    };
    const onlyProdSchemas = new Set(Object.keys(prod.schemas).filter((s) => !(s in base.schemas) && !managed(`${s}.x`)));
    const onlyBaseSchemas = new Set(Object.keys(base.schemas).filter((s) => !(s in prod.schemas) && !managed(`${s}.x`)));
    const count = (snap, s) => Object.keys(snap.relations).filter((r) => schemaOf(r) === plainName(s)).length;
    for (const s of onlyProdSchemas) add2(s, "schema", `schema ${s} exists in production (${count(prod, s)} relation(s)) but no migration creates it`);
    for (const s of onlyBaseSchemas) add2(s, "schema", `the migrations create schema ${s} (${count(base, s)} relation(s)) but production has no such schema`);
    const compared = (name) => !ignored(name) && !onlyProdSchemas.has(splitName(name)[0]) && !onlyBaseSchemas.has(splitName(name)[0]) && (schemaOf(name) in prod.schemas || splitName(name)[0] in prod.schemas);
    const rels = (snap) => Object.entries(snap.relations).filter(([n, r]) => r.kind !== "sequence" && compared(n));
    for (const [name, r] of rels(prod)) if (!(name in base.relations)) add2(name, r.kind, `${r.kind} ${name} exists in production but no migration creates it`);
    for (const [name, r] of rels(base)) if (!(name in prod.relations)) add2(name, r.kind, `the migrations create ${r.kind} ${name} but production does not have it (not deployed yet, or dropped by hand)`);
    const both = new Set(rels(base).map(([n]) => n).filter((n) => n in prod.relations && prod.relations[n].kind !== "sequence"));
    for (const name of [...both].sort()) {
      const b = base.relations[name];
      const p = prod.relations[name];
      if (b.kind !== p.kind) add2(name, b.kind, `${name} is a ${p.kind} in production but a ${b.kind} in the migrations`);
      if (b.rowSecurity !== p.rowSecurity) add2(name, b.kind, `row level security is ${p.rowSecurity ? "enabled" : "disabled"} in production but ${b.rowSecurity ? "enabled" : "disabled"} by the migrations`);
      if (b.forceRowSecurity !== p.forceRowSecurity) add2(name, b.kind, `FORCE ROW LEVEL SECURITY is ${p.forceRowSecurity ? "on" : "off"} in production but ${b.forceRowSecurity ? "on" : "off"} in the migrations`);
    }
    const inBoth = (child) => both.has(tableOf2(child));
    for (const [col, p] of Object.entries(prod.columns)) {
      if (!inBoth(col)) continue;
      const b = base.columns[col];
      const t = tableOf2(col);
      const c = splitName(col).slice(2).join(".");
      if (!b) {
        add2(t, "table", `column ${c} (${p.type}${p.notNull ? " NOT NULL" : ""}) exists in production but no migration creates it`);
        continue;
      }
      if (b.type !== p.type) add2(t, "table", `column ${c} is ${p.type} in production but ${b.type} in the migrations`);
      if (b.notNull !== p.notNull) add2(t, "table", `column ${c} is ${p.notNull ? "NOT NULL" : "nullable"} in production but ${b.notNull ? "NOT NULL" : "nullable"} in the migrations`);
      if (b.default !== p.default) add2(t, "table", `column ${c} has ${describeDefault(p.default)} in production but ${describeDefault(b.default)} in the migrations`);
      if ((b.identity ?? "") !== (p.identity ?? "") || (b.generated ?? "") !== (p.generated ?? "")) add2(t, "table", `column ${c} differs in identity or generation (production: ${p.identity ?? p.generated ?? "none"}, migrations: ${b.identity ?? b.generated ?? "none"})`);
    }
    for (const [col, b] of Object.entries(base.columns)) {
      if (inBoth(col) && !(col in prod.columns)) add2(tableOf2(col), "table", `the migrations create column ${splitName(col).slice(2).join(".")} (${b.type}) but production does not have it`);
    }
    const children = (label, b, p, describe2) => {
      for (const [n, pv] of Object.entries(p)) {
        if (!both.has(pv.table)) continue;
        const short = splitName(n).slice(-1)[0];
        const bv = b[n];
        if (!bv) add2(pv.table, "table", `${label} ${short} (${describe2(pv)}) exists in production but no migration creates it`);
        else if (describe2(bv) !== describe2(pv)) add2(pv.table, "table", `${label} ${short} is "${describe2(pv)}" in production but "${describe2(bv)}" in the migrations`);
      }
      for (const [n, bv] of Object.entries(b)) {
        if (both.has(bv.table) && !(n in p)) add2(bv.table, "table", `the migrations create ${label} ${splitName(n).slice(-1)[0]} (${describe2(bv)}) but production does not have it`);
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
        if (bv === void 0) add2(n, kind, `${kind} ${n} exists in production but no migration creates it`);
        else if (describe2(bv) !== describe2(pv)) add2(n, kind, `${kind} ${n} differs: production ${describe2(pv)}, migrations ${describe2(bv)}`);
      }
      for (const [n, bv] of Object.entries(b)) if (filter(n, bv) && !(n in p)) add2(n, kind, `the migrations create ${kind} ${n} but production does not have it`);
    };
    named("function", base.functions, prod.functions, (f) => `${f.language}${f.securityDefiner ? " SECURITY DEFINER" : ""} returns ${f.returns}${f.searchPath !== void 0 ? ` search_path=${f.searchPath}` : ""} body ${f.bodyHash.slice(0, 8)}`, (n) => compared(n));
    named("enum", base.enums, prod.enums, (labels) => `(${labels.join(", ")})`, (n) => compared(n));
    named("extension", base.extensions, prod.extensions, (e) => `in schema ${e.schema}`, (_n, e) => !managed(`${e.schema}.x`));
    report(ctx, diffs);
  }
});
function report(ctx, diffs) {
  const source2 = ctx.production.source;
  const touched = (object) => !!ctx.statementFor(plainName(object));
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
var rules = [require_concurrent_index_creation_default, rls_not_enabled_default, syntax_error_default, ...lockingRules, ...changesRules, ...securityRules, ...hardeningRules, ...probeRules, ...liveRules, ...containmentRules];

// src/engines/cleanup.ts
import { constants } from "node:os";
var cleanups = /* @__PURE__ */ new Set();
var exitHooked = false;
var signalsHooked = false;
var exiting = false;
var announce = false;
var HANDLED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function runAll() {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    try {
      fn();
    } catch {
    }
  }
}
function signalExitCode(signal) {
  return 128 + (constants.signals[signal] ?? 15);
}
function onSignal(signal) {
  if (exiting) return;
  exiting = true;
  if (announce || cleanups.size > 0) process.stderr.write(`pgreview: interrupted by ${signal}; ${cleanups.size > 0 ? "removing the live engine; " : ""}no report is written
`);
  runAll();
  process.exit(signalExitCode(signal));
}
function installSignalHandlers(opts = { announce: true }) {
  if (opts.announce) announce = true;
  if (signalsHooked) return;
  signalsHooked = true;
  for (const s of HANDLED_SIGNALS) process.on(s, onSignal);
}
function registerCleanup(fn) {
  if (!exitHooked) {
    exitHooked = true;
    process.on("exit", runAll);
  }
  installSignalHandlers({ announce: false });
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
  };
}

// src/engines/auto.ts
import path4 from "node:path";
import { existsSync as existsSync4, readdirSync as readdirSync2 } from "node:fs";

// src/engines/docker.ts
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// node_modules/pg/esm/index.mjs
var import_lib = __toESM(require_lib2(), 1);
var Client = import_lib.default.Client;
var Pool = import_lib.default.Pool;
var Connection = import_lib.default.Connection;
var types = import_lib.default.types;
var Query = import_lib.default.Query;
var DatabaseError = import_lib.default.DatabaseError;
var escapeIdentifier = import_lib.default.escapeIdentifier;
var escapeLiteral = import_lib.default.escapeLiteral;
var Result = import_lib.default.Result;
var TypeOverrides = import_lib.default.TypeOverrides;
var defaults = import_lib.default.defaults;
var esm_default = import_lib.default;

// src/engines/pg-database.ts
function toResult(r) {
  return {
    rows: r.rows,
    fields: (r.fields ?? []).map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
    affectedRows: r.rowCount ?? void 0
  };
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var PgDatabase = class _PgDatabase {
  constructor(opts) {
    this.opts = opts;
    this.engine = opts.engine;
    this.rollbackOnly = opts.rollbackOnly ?? false;
  }
  opts;
  engine;
  rollbackOnly;
  client;
  pid = 0;
  deadReason;
  static async connect(opts) {
    const db = new _PgDatabase(opts);
    const client = new esm_default.Client({ connectionTimeoutMillis: 15e3, ...opts.config });
    client.on("error", (e) => db.markDead(`connection lost: ${e.message}`));
    client.on("end", () => db.markDead("connection closed"));
    await client.connect();
    db.client = client;
    db.pid = (await client.query("select pg_backend_pid() as pid")).rows[0].pid;
    await opts.onConnect?.(client);
    return db;
  }
  get alive() {
    return this.deadReason === void 0;
  }
  markDead(reason) {
    this.deadReason ??= reason;
  }
  async backendPid() {
    return this.pid;
  }
  async connect() {
    return _PgDatabase.connect({ ...this.opts, onConnect: void 0, rollbackOnly: false });
  }
  async adminQuery(sql) {
    const admin = new esm_default.Client({ ...this.opts.config, connectionTimeoutMillis: 5e3, options: "-c search_path=pg_catalog,pg_temp" });
    admin.on("error", () => void 0);
    try {
      await admin.connect();
      const r = await admin.query(sql, [this.pid]);
      return Boolean(Object.values(r.rows[0] ?? {})[0]);
    } catch {
      return false;
    } finally {
      await admin.end().catch(() => void 0);
    }
  }
  async run(fn, timeoutMs) {
    if (this.deadReason) throw new EngineDeadError(this.deadReason);
    const work = fn();
    let timer;
    const expired = new Promise((r) => {
      timer = setTimeout(() => r("timeout"), timeoutMs);
    });
    const first = await Promise.race([work.then((v) => ({ v }), (e) => ({ e })), expired]);
    clearTimeout(timer);
    if (first !== "timeout") {
      if ("e" in first) throw this.deadReason && !first.e?.code ? new EngineDeadError(this.deadReason) : DbError.from(first.e);
      return first.v;
    }
    const grace = this.opts.graceMs ?? 2e3;
    const settled = work.then(
      () => true,
      () => true
    );
    const waitSettled = () => Promise.race([settled, sleep(grace).then(() => false)]);
    await this.adminQuery("select pg_catalog.pg_cancel_backend($1)");
    if (await waitSettled()) throw new QueryTimeoutError(timeoutMs, false, "pg_cancel_backend");
    await this.adminQuery("select pg_catalog.pg_terminate_backend($1)");
    if (await waitSettled()) {
      this.markDead("the connection was terminated after a time limit");
      throw new QueryTimeoutError(timeoutMs, true, "pg_terminate_backend; the connection is gone");
    }
    this.markDead("the server was killed after a time limit");
    await this.opts.hardKill?.();
    throw new QueryTimeoutError(timeoutMs, true, "killed the server");
  }
  async query(sql, params, opts) {
    const r = await this.run(() => this.client.query(sql, params), opts?.timeoutMs ?? this.opts.defaultTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
    const last2 = Array.isArray(r) ? r[r.length - 1] : r;
    return toResult(last2);
  }
  async exec(sql, opts) {
    const r = await this.run(() => this.client.query(sql), opts?.timeoutMs ?? this.opts.defaultTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
    return (Array.isArray(r) ? r : [r]).map(toResult);
  }
  async close() {
    this.markDead("closed");
    await this.client?.end().catch(() => void 0);
  }
};

// src/engines/docker.ts
var DEFAULT_POSTGRES_IMAGE = "pgvector/pgvector:pg17";
var RUN_LABEL = "io.pgreview.run";
var PID_LABEL = "io.pgreview.pid";
var DOCKER_STARTUP_TIMEOUT_MS = 12e4;
var DOCKER_TOTAL_START_MS = 3e5;
function removeLabelled(label) {
  const ps = spawnSync("docker", ["ps", "-aq", "--filter", `label=${RUN_LABEL}=${label}`], { encoding: "utf8", timeout: 1e4 });
  const ids = (ps.stdout ?? "").split("\n").filter(Boolean);
  if (ids.length) spawnSync("docker", ["rm", "-f", "-v", ...ids], { stdio: "ignore", timeout: 2e4 });
}
var TESTCONTAINERS_MIN_NODE = "22.22.0";
function versionAtLeast(v, min) {
  const a = v.replace(/^v/, "").split(".").map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
function nodeSupportsDocker(version = process.versions.node) {
  return versionAtLeast(version, TESTCONTAINERS_MIN_NODE);
}
function containerConfig(opts = {}) {
  const password = opts.password ?? randomBytes(18).toString("base64url");
  const settings = ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=20"];
  return {
    image: opts.image || DEFAULT_POSTGRES_IMAGE,
    env: { POSTGRES_USER: "postgres", POSTGRES_PASSWORD: password, POSTGRES_DB: "postgres" },
    command: ["postgres", ...settings.flatMap((s) => ["-c", s])],
    // Data in memory: nothing to clean up on the host, and faster.
    tmpfs: { "/var/lib/postgresql/data": "rw" },
    user: "postgres",
    password,
    database: "postgres"
  };
}
function runtimeSockets(env = process.env) {
  const out = [];
  const host = env.DOCKER_HOST;
  if (host?.startsWith("unix://")) out.push(host.slice("unix://".length));
  out.push("/var/run/docker.sock", path.join(os.homedir(), ".docker/run/docker.sock"), path.join(os.homedir(), ".docker/desktop/docker.sock"));
  if (env.XDG_RUNTIME_DIR) out.push(path.join(env.XDG_RUNTIME_DIR, "podman/podman.sock"), path.join(env.XDG_RUNTIME_DIR, "docker.sock"));
  out.push("/run/podman/podman.sock");
  return [...new Set(out)];
}
function ping(socket, timeoutMs) {
  return new Promise((resolve3) => {
    const s = net.connect(socket);
    const done = (ok) => {
      s.destroy();
      resolve3(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.on("error", () => done(false));
    s.on("connect", () => s.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
    s.on("data", (d) => done(/^HTTP\/1\.[01] 200/.test(d.toString())));
  });
}
async function detectContainerRuntime(env = process.env, timeoutMs = 500) {
  if (env.DOCKER_HOST && !env.DOCKER_HOST.startsWith("unix://")) {
    return { available: true, detail: `DOCKER_HOST=${env.DOCKER_HOST}` };
  }
  for (const sock of runtimeSockets(env)) {
    if (!existsSync(sock)) continue;
    if (await ping(sock, timeoutMs)) return { available: true, detail: `container runtime at ${sock}` };
  }
  return { available: false, detail: "no container runtime socket answers (/var/run/docker.sock, DOCKER_HOST, podman)" };
}
var DockerEngine = class {
  constructor(opts = {}) {
    this.opts = opts;
    this.config = containerConfig({ image: opts.image });
    this.info = {
      id: "docker",
      description: `Docker ${this.config.image}`,
      reason: opts.reason ?? "requested",
      pgvector: /pgvector|supabase/.test(this.config.image),
      limits: []
    };
  }
  opts;
  container;
  dbs = [];
  unregister;
  info;
  config;
  /** Value of RUN_LABEL on this engine's container. */
  label = randomBytes(8).toString("hex");
  url = "";
  describe() {
    return this.info;
  }
  async start() {
    if (!nodeSupportsDocker()) {
      throw new EngineUnavailableError(
        `the docker engine needs Node ≥ ${TESTCONTAINERS_MIN_NODE} (testcontainers 12); this is Node ${process.versions.node}. Use --engine local or pglite, or a newer Node.`
      );
    }
    const rt = await detectContainerRuntime();
    if (!rt.available) throw new EngineUnavailableError(`the docker engine needs a container runtime: ${rt.detail}`);
    const { PostgreSqlContainer } = await import("./chunk-testcontainers-5MSTIAS4.js");
    const c = this.config;
    this.unregister = registerCleanup(() => removeLabelled(this.label));
    let started;
    let timer;
    try {
      const starting = new PostgreSqlContainer(c.image).withUsername(c.user).withPassword(c.password).withDatabase(c.database).withCommand(c.command).withTmpFs(c.tmpfs).withLabels({ [RUN_LABEL]: this.label, [PID_LABEL]: String(process.pid) }).withStartupTimeout(DOCKER_STARTUP_TIMEOUT_MS).start();
      let timedOut = false;
      const limit = new Promise((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new EngineUnavailableError(`the container did not start within ${DOCKER_TOTAL_START_MS / 1e3} s (image pull and start-up)`));
        }, DOCKER_TOTAL_START_MS);
      });
      starting.then(
        (late) => timedOut && void late.stop({ timeout: 0 }).catch(() => void 0),
        () => void 0
      );
      started = await Promise.race([starting, limit]);
    } catch (e) {
      removeLabelled(this.label);
      this.unregister();
      this.unregister = void 0;
      throw e;
    } finally {
      clearTimeout(timer);
    }
    this.container = started;
    this.url = started.getConnectionUri();
    try {
      const db = await this.connect();
      const v = await db.query(
        "select split_part(current_setting('server_version'), ' ', 1) as v, exists(select 1 from pg_available_extensions where name = 'vector') as vec"
      );
      this.info.serverVersion = v.rows[0].v;
      this.info.pgvector = v.rows[0].vec;
      this.info.description = `Docker ${c.image} (PostgreSQL ${this.info.serverVersion})`;
      if (!this.info.pgvector) this.info.limits = [`no pgvector in image ${c.image}`];
      if (this.opts.prepare) await db.exec(this.opts.prepare.sql, { timeoutMs: 12e4 });
      return db;
    } catch (e) {
      await this.stop();
      throw e;
    }
  }
  /** A connection as the migration role, with a random password set for it by the superuser connection. */
  async connectAs(role) {
    const admin = this.dbs.find((d) => d.alive);
    if (!admin) throw new EngineUnavailableError("the docker engine is not running");
    const password = randomBytes(18).toString("base64url");
    await admin.query(`alter role "${role.replace(/"/g, '""')}" login password '${password}'`);
    const u = new URL(this.url);
    u.username = encodeURIComponent(role);
    u.password = password;
    return this.connect(u.toString());
  }
  async connect(url = this.url) {
    const db = await PgDatabase.connect({
      engine: "docker",
      config: { connectionString: url },
      hardKill: async () => {
        await this.container?.stop({ timeout: 0 });
      }
    });
    this.dbs.push(db);
    return db;
  }
  async stop() {
    for (const db of this.dbs.splice(0)) await db.close().catch(() => void 0);
    await this.container?.stop({ timeout: 0 }).catch(() => void 0);
    this.container = void 0;
    this.unregister?.();
    this.unregister = void 0;
  }
};

// src/engines/local.ts
import { spawn, spawnSync as spawnSync2 } from "node:child_process";
import { chmodSync, chownSync, existsSync as existsSync2, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import os2 from "node:os";
import path2 from "node:path";

// src/engines/env.ts
var KEEP = ["PATH", "LANG", "LC_ALL", "TZ"];
function scrubbedEnv(source2 = process.env) {
  const env = {};
  for (const k of KEEP) {
    const v = source2[k];
    if (v !== void 0) env[k] = v;
  }
  env.PATH ??= "/usr/local/bin:/usr/bin:/bin";
  return env;
}

// src/engines/local.ts
function isExecutable(p) {
  try {
    return existsSync2(p) && readdirSync(path2.dirname(p)).includes(path2.basename(p));
  } catch {
    return false;
  }
}
function versionOf(binDir) {
  const m = /postgresql\/(\d+)\//.exec(binDir + "/");
  return m?.[1] ?? "?";
}
function findPgBinaries(env = process.env) {
  const dirs = [];
  for (const d of (env.PATH ?? "").split(path2.delimiter)) if (d) dirs.push(d);
  const versioned = existsSync2("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`) : [];
  for (const d of [...dirs, ...versioned]) {
    const initdb = path2.join(d, "initdb");
    if (!isExecutable(initdb)) continue;
    const realDir = path2.dirname(realpathSync(initdb));
    const postgres = path2.join(realDir, "postgres");
    if (!isExecutable(postgres)) continue;
    return { binDir: realDir, initdb: path2.join(realDir, "initdb"), postgres, version: versionOf(realDir) };
  }
  return void 0;
}
function lookupUser(name) {
  try {
    for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
      const f = line.split(":");
      if (f[0] === name) return { uid: Number(f[2]), gid: Number(f[3]) };
    }
  } catch {
  }
  return void 0;
}
function lookupName(uid) {
  try {
    for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
      const f = line.split(":");
      if (Number(f[2]) === uid && f[0]) return f[0];
    }
  } catch {
  }
  return void 0;
}
function howItEnded(code2, signal) {
  return signal ? `killed by ${signal}` : `exit code ${code2}`;
}
function run(cmd, args, opts) {
  return new Promise((resolve3, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: scrubbedEnv(), uid: opts.uid, gid: opts.gid, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => out += d);
    child.stderr.on("data", (d) => out += d);
    child.on("error", reject);
    child.on("close", (code2, signal) => resolve3({ code: code2, signal, out }));
  });
}
var ISOLATE_SCRIPT = 'set -e; n=$1; shift; while [ "$n" -gt 0 ]; do mount -t tmpfs -o size=16k,mode=000 pgreview-hidden "$1"; shift; n=$((n-1)); done; exec "$@"';
function which(cmd) {
  for (const d of ["/usr/bin", "/bin", "/usr/sbin", "/sbin", ...(process.env.PATH ?? "").split(path2.delimiter)]) {
    const p = path2.join(d, cmd);
    if (d && existsSync2(p)) return p;
  }
  return void 0;
}
function checkoutRoot(from = process.cwd()) {
  for (let d = path2.resolve(from); ; d = path2.dirname(d)) {
    if (existsSync2(path2.join(d, ".git"))) return d;
    if (path2.dirname(d) === d) return void 0;
  }
}
function pathsToHide(keep, env = process.env) {
  const wanted = [checkoutRoot(), process.cwd(), os2.homedir(), env.HOME, env.GITHUB_WORKSPACE, "/home", "/root"].filter((p) => !!p);
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return void 0;
    }
  };
  const inside = (child, parent) => child === parent || child.startsWith(parent.endsWith("/") ? parent : `${parent}/`);
  const keepReal = keep.map((k) => real(k) ?? k);
  const hide = [];
  const kept = [];
  for (const p of [...new Set(wanted.map(real).filter((p2) => !!p2 && p2 !== "/"))].sort()) {
    if (keepReal.some((k) => inside(k, p))) kept.push(p);
    else if (!hide.some((h) => inside(p, h))) hide.push(p);
  }
  return { hide, kept };
}
var canUnshare;
function isolationPlan(hide, runAs, env = process.env) {
  const unshare = which("unshare");
  const setpriv = which("setpriv");
  if (!unshare || !setpriv) return "unshare/setpriv (util-linux) not found";
  if (!hide.length) return "nothing to hide";
  const root = process.getuid?.() === 0;
  const sudo = !root && (env.GITHUB_ACTIONS === "true" || env.PGREVIEW_LOCAL_SUDO === "1") ? which("sudo") : void 0;
  if (!root && !sudo) return "pgreview runs without root and without sudo on a CI runner (set PGREVIEW_LOCAL_SUDO=1 to allow sudo -n)";
  const lead = sudo ? [sudo, "-n", unshare] : [unshare];
  const key2 = lead.join(" ");
  canUnshare ??= /* @__PURE__ */ new Map();
  if (!canUnshare.has(key2)) {
    const r = spawnSync2(lead[0], [...lead.slice(1), "--mount", "--propagation", "private", "--", "true"], { stdio: "ignore", timeout: 1e4, env: scrubbedEnv() });
    canUnshare.set(key2, r.status === 0);
  }
  if (!canUnshare.get(key2)) return `${sudo ? "sudo -n unshare" : "unshare"} --mount is not permitted here (e.g. a container without CAP_SYS_ADMIN)`;
  return {
    prefix: [...lead, "--mount", "--propagation", "private", "--", "/bin/sh", "-c", ISOLATE_SCRIPT, "pgreview-isolate", String(hide.length), ...hide, setpriv, `--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, "--clear-groups", "--"],
    hidden: hide
  };
}
var LocalEngine = class {
  constructor(opts = {}) {
    this.opts = opts;
    const bins = opts.binaries ?? findPgBinaries();
    if (!bins) throw new EngineUnavailableError("no PostgreSQL binaries (initdb, postgres) on PATH or in /usr/lib/postgresql/*/bin");
    this.bins = bins;
    this.info = {
      id: "local",
      description: `local PostgreSQL ${bins.version} (${bins.binDir}), throw-away cluster`,
      reason: opts.reason ?? "requested",
      pgvector: false,
      limits: []
    };
  }
  opts;
  dir;
  server;
  serverLog = "";
  /** Set when we stop the server ourselves; any other end of it is reported. */
  stopping = false;
  unregister;
  dbs = [];
  info;
  bins;
  port = 0;
  socketDir = "";
  startMs = 0;
  describe() {
    return this.info;
  }
  /** libpq-style URL for the running cluster (socket), e.g. for the url engine or psql. */
  url(database = "postgres") {
    return `postgresql://postgres@/${database}?host=${encodeURIComponent(this.socketDir)}&port=${this.port}`;
  }
  clientConfig(database = "postgres", user = "postgres") {
    return { host: this.socketDir, port: this.port, user, database };
  }
  async start() {
    if (this.server) throw new Error("local engine already started");
    const t0 = performance.now();
    const dir = mkdtempSync(path2.join(os2.tmpdir(), "pgreview-local-"));
    this.dir = dir;
    const asUser = process.getuid?.() === 0 ? lookupUser("postgres") : void 0;
    if (process.getuid?.() === 0 && !asUser) {
      rmSync(dir, { recursive: true, force: true });
      throw new EngineUnavailableError("running as root and there is no `postgres` OS user to run initdb as");
    }
    chmodSync(dir, 448);
    if (asUser) chownSync(dir, asUser.uid, asUser.gid);
    this.unregister = registerCleanup(() => this.killSync());
    try {
      const data = path2.join(dir, "data");
      const init = await run(
        this.bins.initdb,
        ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--no-locale", "--no-instructions"],
        { cwd: dir, ...asUser }
      );
      if (init.code !== 0) throw new Error(`initdb failed (${howItEnded(init.code, init.signal)}): ${init.out.slice(-2e3)}`);
      this.socketDir = dir;
      this.port = 2e4 + Math.floor(Math.random() * 4e4);
      const settings = {
        listen_addresses: "",
        unix_socket_directories: dir,
        unix_socket_permissions: "0700",
        fsync: "off",
        synchronous_commit: "off",
        full_page_writes: "off",
        max_connections: "20",
        ...this.opts.settings
      };
      const args = ["-D", data, "-p", String(this.port)];
      for (const [k, v2] of Object.entries(settings)) args.push("-c", `${k}=${v2}`);
      const iso = this.isolation(dir, asUser);
      const server = iso ? spawn(iso.prefix[0], [...iso.prefix.slice(1), this.bins.postgres, ...args], { cwd: dir, env: scrubbedEnv(), stdio: ["ignore", "pipe", "pipe"] }) : spawn(this.bins.postgres, args, { cwd: dir, env: scrubbedEnv(), ...asUser, stdio: ["ignore", "pipe", "pipe"] });
      this.server = server;
      this.stopping = false;
      server.once("exit", (code2, signal) => {
        if (!this.stopping) this.info.limits.push(`the PostgreSQL server ended during the review (${howItEnded(code2, signal)}); what ran after that was not checked`);
      });
      server.stdout.on("data", (d) => this.serverLog = (this.serverLog + d).slice(-8e3));
      server.stderr.on("data", (d) => this.serverLog = (this.serverLog + d).slice(-8e3));
      const exited = new Promise((_, reject) => {
        server.once("exit", (code2, signal) => reject(new Error(`postgres exited during start (${howItEnded(code2, signal)}): ${this.serverLog.slice(-2e3)}`)));
        server.once("error", reject);
      });
      exited.catch(() => void 0);
      const db = await Promise.race([this.waitReady(3e4), exited]);
      this.startMs = performance.now() - t0;
      const v = await db.query(
        "select split_part(current_setting('server_version'), ' ', 1) as v, exists(select 1 from pg_available_extensions where name = 'vector') as vec"
      );
      this.info.serverVersion = v.rows[0].v;
      this.info.pgvector = v.rows[0].vec;
      const isolated = this.hidden.length > 0;
      this.info.limits = [
        ...this.info.pgvector ? [] : [`no pgvector on this server (PostgreSQL ${this.info.serverVersion}): vector columns and indexes cannot be checked`],
        ...this.isolationNote && !isolated ? [this.isolationNote] : []
      ];
      this.info.notes = this.isolationNote && isolated ? [this.isolationNote] : [];
      if (this.opts.prepare) await db.exec(this.opts.prepare.sql, { timeoutMs: 12e4 });
      return db;
    } catch (e) {
      await this.stop();
      throw e;
    }
  }
  /** What the server can reach on this machine, said in the report's engine limits. */
  isolationNote = "";
  /** The paths hidden from the server (empty when it could not be isolated). */
  hidden = [];
  isolation(clusterDir, asUser) {
    const who = asUser ? `the ${lookupName(asUser.uid) ?? `uid ${asUser.uid}`} OS user` : `the OS user pgreview runs as`;
    if (this.opts.hide === false) {
      this.isolationNote = `the server runs as ${who} and can read whatever that user can (isolation off)`;
      return void 0;
    }
    const { hide, kept } = this.opts.hide ? { hide: this.opts.hide, kept: [] } : pathsToHide([clusterDir, this.bins.binDir]);
    const plan = isolationPlan(hide, asUser ?? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
    if (typeof plan === "string") {
      this.isolationNote = `the server runs as ${who} and can read whatever that user can, the checkout and home directory included: it could not be isolated (${plan}); prefer the pglite or docker engine for pull requests from forks`;
      return void 0;
    }
    this.hidden = plan.hidden;
    this.isolationNote = `the server runs as ${who} in a private mount namespace where ${plan.hidden.join(", ")} are empty${kept.length ? ` (${kept.join(", ")} stay visible: they hold the cluster or the binaries)` : ""}`;
    return plan;
  }
  async waitReady(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let last2;
    while (Date.now() < deadline) {
      if (existsSync2(path2.join(this.socketDir, `.s.PGSQL.${this.port}`))) {
        try {
          return await this.connect();
        } catch (e) {
          last2 = e;
        }
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`postgres did not accept connections within ${timeoutMs} ms: ${String(last2 ?? "")} ${this.serverLog.slice(-1e3)}`);
  }
  /** A connection as the migration role (trust auth on the private socket): it cannot become the superuser. */
  connectAs(role) {
    return this.connect("postgres", role);
  }
  /** Another connection to the cluster. */
  async connect(database = "postgres", user = "postgres") {
    const db = await PgDatabase.connect({
      engine: "local",
      config: this.clientConfig(database, user),
      hardKill: async () => this.killSync()
    });
    this.dbs.push(db);
    return db;
  }
  /** Synchronous last resort (exit, signals, a statement that ignores cancel and terminate). */
  killSync() {
    this.stopping = true;
    const pid = this.server?.pid;
    if (pid && this.server?.exitCode === null) {
      try {
        process.kill(pid, "SIGQUIT");
        waitExitSync(pid, 5e3);
      } catch {
      }
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
  async stop() {
    this.stopping = true;
    for (const db of this.dbs.splice(0)) await db.close().catch(() => void 0);
    const server = this.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      const gone = new Promise((r) => server.once("exit", () => r()));
      server.kill("SIGINT");
      const t = setTimeout(() => server.kill("SIGKILL"), 1e4);
      await gone;
      clearTimeout(t);
    }
    this.server = void 0;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = void 0;
    this.unregister?.();
    this.unregister = void 0;
  }
};
function waitExitSync(pid, timeoutMs) {
  const sleep2 = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const stat = `/proc/${pid}/stat`;
  if (!existsSync2("/proc/self/stat")) return void sleep2(200);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let state;
    try {
      state = /\) (\S)/.exec(readFileSync(stat, "utf8"))?.[1];
    } catch {
      return;
    }
    if (state === "Z" || state === "X") return;
    sleep2(20);
  }
}

// src/engines/pglite.ts
import { Worker } from "node:worker_threads";
import { createHash } from "node:crypto";
import { existsSync as existsSync3, mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os3 from "node:os";
import path3 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var require2 = createRequire(import.meta.url);
function pgliteVersion() {
  if (true) return "0.4.6";
  try {
    return require2("@electric-sql/pglite/package.json").version;
  } catch {
    const entry = require2.resolve("@electric-sql/pglite");
    const pkg = path3.join(entry.slice(0, entry.lastIndexOf(`${path3.sep}dist${path3.sep}`)), "package.json");
    return JSON.parse(readFileSync2(pkg, "utf8")).version;
  }
}
function pgliteWorkerPath() {
  const override = process.env.PGREVIEW_PGLITE_WORKER;
  if (override) return path3.resolve(override);
  for (const name of ["pglite-worker.js", "pglite-worker.mjs", "pglite-worker.ts"]) {
    const p = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (existsSync3(p)) return p;
  }
  throw new Error("pglite-worker module not found next to " + fileURLToPath(import.meta.url));
}
function spawnWorker(file) {
  if (!file.endsWith(".ts")) return new Worker(file);
  if (process.features.typescript) return new Worker(file);
  const tsxApi = pathToFileURL(path3.join(path3.dirname(require2.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const code2 = `import(${JSON.stringify(tsxApi)}).then((a) => { a.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(code2, { eval: true });
}
function defaultCacheDir() {
  return path3.join(os3.tmpdir(), "pgreview-cache");
}
var PgliteClient = class {
  constructor(worker, defaultTimeoutMs) {
    this.worker = worker;
    this.defaultTimeoutMs = defaultTimeoutMs;
    worker.on("message", (m) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.ok) p.resolve(m.result);
      else p.reject(DbError.from(m.error));
    });
    worker.on("error", (e) => this.die(`PGlite worker crashed: ${e.message}`));
    worker.on("exit", (code2) => this.die(`PGlite worker exited (code ${code2})`));
  }
  worker;
  defaultTimeoutMs;
  engine = "pglite";
  rollbackOnly = false;
  seq = 0;
  pending = /* @__PURE__ */ new Map();
  deadReason;
  /** Ctrl-C / a cancelled job stops the worker too (see cleanup.ts). */
  unregister = registerCleanup(() => void this.worker.terminate());
  get alive() {
    return this.deadReason === void 0;
  }
  die(reason) {
    this.deadReason ??= reason;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.reject(new EngineDeadError(this.deadReason));
    }
  }
  call(op, payload, timeoutMs) {
    if (this.deadReason) return Promise.reject(new EngineDeadError(this.deadReason));
    const id = ++this.seq;
    return new Promise((resolve3, reject) => {
      const p = { resolve: resolve3, reject };
      p.timer = setTimeout(() => {
        this.pending.delete(id);
        this.deadReason = `PGlite was stopped after a statement exceeded ${timeoutMs} ms`;
        reject(new QueryTimeoutError(timeoutMs, true, "terminated the PGlite worker; the embedded database is gone"));
        void this.worker.terminate();
      }, timeoutMs);
      this.pending.set(id, p);
      this.worker.postMessage({ id, op, ...payload });
    });
  }
  query(sql, params, opts) {
    return this.call("query", { sql, params }, opts?.timeoutMs ?? this.defaultTimeoutMs);
  }
  exec(sql, opts) {
    return this.call("exec", { sql }, opts?.timeoutMs ?? this.defaultTimeoutMs);
  }
  async backendPid() {
    const r = await this.query("select pg_backend_pid() as pid");
    return r.rows[0].pid;
  }
  async dump(timeoutMs = 6e4) {
    return new Uint8Array(await this.call("dump", {}, timeoutMs));
  }
  async close() {
    if (this.alive) {
      try {
        await this.call("close", {}, 1e4);
      } catch {
      }
    }
    this.deadReason ??= "closed";
    this.unregister();
    await this.worker.terminate();
  }
};
async function applyDbRoleSettings(db) {
  const r = await db.query(`
    select unnest(s.setconfig) as setting
      from pg_db_role_setting s
     where s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
       and s.setrole in (0, (select oid from pg_roles where rolname = current_user))
     order by (s.setrole <> 0), (s.setdatabase <> 0)`);
  for (const { setting } of r.rows) {
    const i = setting.indexOf("=");
    await db.query("select set_config($1, $2, false)", [setting.slice(0, i), setting.slice(i + 1)]);
  }
}
var PgliteEngine = class {
  constructor(opts = {}) {
    this.opts = opts;
    const v = pgliteVersion();
    this.info = {
      id: "pglite",
      description: `PGlite ${v} (embedded WASM PostgreSQL)`,
      reason: opts.reason ?? "requested",
      pgvector: true,
      limits: [
        "one connection only: no lock-contention probe (what a concurrent session would wait for is inferred from the locks taken)",
        "WASM build: no extensions beyond pgvector and the bundled contrib modules; no background workers, replication or pg_cron",
        "time limits stop the whole embedded database (it restarts from a snapshot)"
      ]
    };
  }
  opts;
  client;
  info;
  lastStart;
  describe() {
    return this.info;
  }
  cacheFile() {
    if (!this.opts.prepare || this.opts.cacheDir === false) return void 0;
    const dir = this.opts.cacheDir ?? defaultCacheDir();
    const hash = createHash("sha256").update(this.opts.prepare.sql).digest("hex").slice(0, 16);
    const safeKey = this.opts.prepare.key.replace(/[^a-z0-9_-]/gi, "_");
    return path3.join(dir, `pglite-${pgliteVersion()}-${safeKey}-${hash}.tar`);
  }
  async boot(data) {
    const worker = spawnWorker(pgliteWorkerPath());
    const client = new PgliteClient(worker, DEFAULT_CALL_TIMEOUT_MS);
    try {
      const init = await client.call("init", data ? { data } : {}, this.opts.startTimeoutMs ?? 12e4);
      const m = /PostgreSQL (\S+)/.exec(init.version);
      this.info.serverVersion = m?.[1];
      this.info.description = `PGlite ${pgliteVersion()} (PostgreSQL ${m?.[1] ?? "?"})`;
      if (data) await applyDbRoleSettings(client);
      return client;
    } catch (e) {
      await client.close().catch(() => void 0);
      throw e;
    }
  }
  async start() {
    if (this.client?.alive) throw new Error("PGlite engine already started");
    const t0 = performance.now();
    const file = this.cacheFile();
    let from = "cold";
    let client;
    if (file && existsSync3(file)) {
      try {
        client = await this.boot(readFileSync2(file));
        from = "cache";
      } catch {
        client = void 0;
      }
    }
    if (!client) {
      client = await this.boot(void 0);
      if (this.opts.prepare) {
        await client.exec(this.opts.prepare.sql, { timeoutMs: this.opts.startTimeoutMs ?? 12e4 });
        if (file) {
          const snap = await client.dump();
          mkdirSync(path3.dirname(file), { recursive: true });
          const tmp = `${file}.${process.pid}.tmp`;
          writeFileSync(tmp, snap);
          renameSync(tmp, file);
        }
      }
    }
    this.client = client;
    this.lastStart = { ms: performance.now() - t0, from };
    return client;
  }
  /** The current data dir as an uncompressed tarball, to restart from after a timeout. */
  async snapshot() {
    if (!this.client?.alive) throw new EngineDeadError("PGlite is not running");
    return this.client.dump();
  }
  /** Start a fresh worker from a snapshot (after a timeout killed the previous one). */
  async restart(snapshot) {
    await this.client?.close().catch(() => void 0);
    const t0 = performance.now();
    this.client = await this.boot(snapshot);
    this.lastStart = { ms: performance.now() - t0, from: "snapshot" };
    return this.client;
  }
  /** A fresh worker from the prepared state (the cached preset snapshot, else initdb + preset again). */
  async restartFresh() {
    await this.stop().catch(() => void 0);
    return this.start();
  }
  async stop() {
    const c = this.client;
    this.client = void 0;
    await c?.close();
  }
};

// src/engines/url.ts
var pgQuery = __toESM(require_wasm(), 1);
function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "the given database URL";
  }
}
var RollbackOnlyDatabase = class {
  constructor(inner, versionNum) {
    this.inner = inner;
    this.versionNum = versionNum;
  }
  inner;
  versionNum;
  engine = "url";
  rollbackOnly = true;
  get alive() {
    return this.inner.alive;
  }
  /** Throws when the SQL would commit, end the rollback transaction, or cannot run inside it. */
  guard(sql) {
    let tree;
    try {
      tree = pgQuery.parseSync(sql);
    } catch (e) {
      throw new DbError(`not run on the url database: pgreview could not parse it to check it is safe (${e?.message ?? e})`, { code: "PGR01" });
    }
    for (const s of tree.stmts ?? []) {
      const [kind] = Object.keys(s.stmt);
      const node = s.stmt[kind];
      const tx = transactionControl(kind, node);
      if (tx === "begin" || tx === "commit" || tx === "rollback" || tx === "prepare" || tx === "other") {
        throw new DbError("not run on the url database: transaction control would end the transaction that keeps it rolled back", { code: "PGR02" });
      }
      const why = cannotRunInTransaction(kind, node, this.versionNum);
      if (why) throw new DbError(`not run on the url database: ${why}, and everything there runs in a rolled-back transaction`, { code: "PGR03" });
    }
  }
  async query(sql, params, opts) {
    this.guard(sql);
    return this.inner.query(sql, params, opts);
  }
  async exec(sql, opts) {
    this.guard(sql);
    return this.inner.exec(sql, opts);
  }
  backendPid() {
    return this.inner.backendPid();
  }
  async close() {
    if (this.inner.alive) await this.inner.query("rollback").catch(() => void 0);
    await this.inner.close();
  }
};
var UrlEngine = class {
  constructor(opts) {
    this.opts = opts;
    this.info = {
      id: "url",
      description: `given database ${redactUrl(opts.url)} (changes rolled back)`,
      reason: opts.reason ?? "requested",
      pgvector: false,
      limits: [
        "everything runs in one transaction that is rolled back: statements that cannot run in a transaction (CONCURRENTLY, VACUUM…) are not executed",
        "locks taken are held until the end of the run on that database"
      ]
    };
  }
  opts;
  db;
  info;
  describe() {
    return this.info;
  }
  async start() {
    await pgQuery.loadModule();
    const inner = await PgDatabase.connect({
      engine: "url",
      config: { connectionString: this.opts.url, application_name: "pgreview" },
      rollbackOnly: true,
      onConnect: async (c) => {
        await c.query("begin");
      }
    });
    const v = await inner.query(
      "select split_part(current_setting('server_version'), ' ', 1) as v, current_setting('server_version_num') as n, exists(select 1 from pg_available_extensions where name = 'vector') as vec"
    );
    this.info.serverVersion = v.rows[0].v;
    this.info.pgvector = v.rows[0].vec;
    this.db = new RollbackOnlyDatabase(inner, Number(v.rows[0].n));
    return this.db;
  }
  async stop() {
    await this.db?.close();
    this.db = void 0;
  }
};

// src/engines/auto.ts
var CONTRIB = [
  "adminpack",
  "amcheck",
  "autoinc",
  "bloom",
  "btree_gin",
  "btree_gist",
  "citext",
  "cube",
  "dblink",
  "dict_int",
  "dict_xsyn",
  "earthdistance",
  "file_fdw",
  "fuzzystrmatch",
  "hstore",
  "insert_username",
  "intagg",
  "intarray",
  "isn",
  "lo",
  "ltree",
  "moddatetime",
  "old_snapshot",
  "pageinspect",
  "pg_buffercache",
  "pg_freespacemap",
  "pg_prewarm",
  "pg_stat_statements",
  "pg_surgery",
  "pg_trgm",
  "pg_visibility",
  "pg_walinspect",
  "pgcrypto",
  "pgrowlocks",
  "pgstattuple",
  "postgres_fdw",
  "refint",
  "seg",
  "sslinfo",
  "tablefunc",
  "tcn",
  "tsm_system_rows",
  "tsm_system_time",
  "unaccent",
  "uuid-ossp",
  "xml2",
  "plpgsql"
];
function dockerCapabilities(image = "pgvector/pgvector:pg17") {
  const major = Number(/(?:pg|:)(\d{2})(?:\b|[.-])/.exec(image)?.[1] ?? 17);
  return { major, extensions: /* @__PURE__ */ new Set([...CONTRIB, .../pgvector|supabase/.test(image) ? ["vector"] : []]) };
}
function meets(c, needs, standIns) {
  const out = { real: [], standIn: [], missing: [] };
  for (const e of needs) (c.extensions.has(e) ? out.real : standIns.has(e) ? out.standIn : out.missing).push(e);
  return out;
}
function localExtensions(binDir, version) {
  const major = version.split(".")[0];
  const candidates = [
    `/usr/share/postgresql/${major}/extension`,
    // Debian/Ubuntu
    path4.join(binDir, "..", "share", "postgresql", "extension"),
    path4.join(binDir, "..", "share", "extension")
  ];
  for (const dir of candidates) {
    if (!existsSync4(dir)) continue;
    return new Set(readdirSync2(dir).filter((f) => f.endsWith(".control")).map((f) => f.slice(0, -".control".length)));
  }
  return void 0;
}
async function probeEnvironment(settings, needsExtensions = [], standIns = []) {
  const bins = findPgBinaries();
  return {
    databaseUrl: settings.databaseUrl,
    dockerRuntime: await detectContainerRuntime(),
    nodeVersion: process.versions.node,
    localBinaries: bins && { binDir: bins.binDir, version: bins.version, extensions: localExtensions(bins.binDir, bins.version) },
    needsExtensions,
    standIns,
    pgVersion: settings.pgVersion,
    docker: dockerCapabilities(settings.postgresImage)
  };
}
function chooseEngine(p) {
  if (p.databaseUrl) return { id: "url", reason: "a database URL was given: changes run in transactions that are rolled back" };
  const dockerOk = p.dockerRuntime.available && nodeSupportsDocker(p.nodeVersion);
  const whyNotDocker = !p.dockerRuntime.available ? p.dockerRuntime.detail : `Node ${p.nodeVersion} is older than ${TESTCONTAINERS_MIN_NODE}, which testcontainers needs`;
  const needs = [...new Set(p.needsExtensions ?? [])].filter((e) => e !== "plpgsql");
  const standIns = new Set(p.standIns ?? []);
  const production = p.pgVersion ?? 17;
  const candidates = [];
  if (dockerOk) {
    const d = p.docker ?? dockerCapabilities();
    candidates.push({ id: "docker", major: d.major, extensions: d.extensions, rank: 0, why: `${p.dockerRuntime.detail} is reachable` });
  }
  if (p.localBinaries) {
    const major = Number(p.localBinaries.version.split(".")[0]);
    candidates.push({ id: "local", major, extensions: p.localBinaries.extensions ?? new Set(CONTRIB), rank: 1, why: `PostgreSQL ${p.localBinaries.version} binaries found in ${p.localBinaries.binDir}` });
  }
  candidates.push({ id: "pglite", major: PGLITE_MAJOR, extensions: PGLITE_EXTENSIONS, rank: 2, why: "the embedded PGlite (PostgreSQL 17)" });
  const scored = candidates.map((c) => ({ c, m: meets(c, needs, standIns) }));
  const notOlder = (c) => Math.max(0, production - c.major);
  scored.sort((a, b) => a.m.missing.length - b.m.missing.length || notOlder(a.c) - notOlder(b.c) || a.c.rank - b.c.rank);
  const best = scored[0];
  const parts = [best.c.why];
  if (!dockerOk && best.c.id !== "docker") parts.push(`no docker (${whyNotDocker})`);
  if (!p.localBinaries && best.c.id === "pglite") parts.push("no local PostgreSQL binaries");
  if (needs.length) {
    const { real, standIn, missing } = best.m;
    const how = [real.length ? `${real.join(", ")} for real` : "", standIn.length ? `${standIn.join(", ")} by the preset's stand-ins` : ""].filter(Boolean).join("; ");
    parts.push(`meets ${needs.length - missing.length} of ${needs.length} extensions the migrations create${how ? ` (${how})` : ""}${missing.length ? `; no engine here has ${missing.join(", ")}` : ""}`);
    for (const o of scored.slice(1)) {
      if (o.m.missing.length > best.m.missing.length) parts.push(`${o.c.id} would lack ${o.m.missing.filter((e) => !best.m.missing.includes(e)).join(", ")}`);
    }
  }
  const older = scored.find((o) => o.c !== best.c && o.m.missing.length === best.m.missing.length && o.c.major >= production && best.c.major < production);
  if (best.c.major < production && !older) parts.push(`PostgreSQL ${best.c.major} is older than production (${production}) and no engine here is newer`);
  else if (scored.some((o) => o.c !== best.c && o.c.major < production && o.m.missing.length === best.m.missing.length) && best.c.major >= production) {
    parts.push(`chosen over PostgreSQL ${scored.filter((o) => o.c !== best.c && o.c.major < production).map((o) => o.c.major).join(", ")}, older than production (${production})`);
  }
  return { id: best.c.id, reason: parts.join("; ") };
}
var PGLITE_MAJOR = 17;
var PGLITE_EXTENSIONS = /* @__PURE__ */ new Set([
  "vector",
  "pgcrypto",
  "uuid-ossp",
  "pg_trgm",
  "citext",
  "ltree",
  "hstore",
  "btree_gin",
  "btree_gist",
  "cube",
  "earthdistance",
  "fuzzystrmatch",
  "isn",
  "lo",
  "seg",
  "tablefunc",
  "tcn",
  "tsm_system_rows",
  "tsm_system_time",
  "unaccent",
  "amcheck",
  "bloom",
  "dict_int",
  "dict_xsyn",
  "file_fdw",
  "pg_buffercache",
  "pg_freespacemap",
  "pg_surgery",
  "pg_visibility",
  "pg_walinspect",
  "pageinspect",
  "auto_explain",
  "intarray"
]);
async function createEngine(settings, opts = {}, reason = "requested") {
  let id;
  if (settings.engine === "none") return void 0;
  if (settings.engine === "auto") {
    ({ id, reason } = chooseEngine(await probeEnvironment(settings, opts.needsExtensions, opts.standIns)));
  } else id = settings.engine;
  switch (id) {
    case "url":
      if (!settings.databaseUrl) throw new EngineUnavailableError("the url engine needs a database URL (settings.databaseUrl)");
      return new UrlEngine({ url: settings.databaseUrl, reason });
    case "docker":
      return new DockerEngine({ image: settings.postgresImage, reason, prepare: opts.prepare });
    case "local":
      return new LocalEngine({ reason, prepare: opts.prepare });
    case "pglite":
      return new PgliteEngine({ reason, prepare: opts.prepare });
  }
}
var EngineStartError = class extends Error {
  constructor(failures, hint) {
    const [first, ...rest] = failures;
    super(
      `the ${first.id} engine could not start: ${oneLine(first.error)}` + rest.map((f) => `; then ${f.id} could not start: ${oneLine(f.error)}`).join("") + (hint ? ` (${hint})` : "")
    );
    this.failures = failures;
    this.name = "EngineStartError";
  }
  failures;
};
function oneLine(s) {
  const line = s.split("\n").map((l) => l.trim()).find(Boolean) ?? s;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
function withoutFailed(p, failed) {
  const why = (id) => failed.find((f) => f.id === id);
  const docker = why("docker");
  return {
    ...p,
    databaseUrl: void 0,
    // a user's database is never a fallback target
    dockerRuntime: docker ? { available: false, detail: `docker could not start (${oneLine(docker.error)})` } : p.dockerRuntime,
    localBinaries: why("local") ? void 0 : p.localBinaries
  };
}
async function startEngine(settings, opts = {}) {
  if (settings.engine === "none") return void 0;
  const fallback = settings.engine === "auto" || settings.engineFallback === true;
  const failures = [];
  let probe;
  let next = settings.engine === "auto" ? chooseEngine(probe = await probeEnvironment(settings, opts.needsExtensions, opts.standIns)) : { id: settings.engine, reason: "requested" };
  while (next) {
    let engine;
    try {
      engine = await createEngine({ ...settings, engine: next.id }, opts, next.reason);
      const db = await engine.start();
      if (failures.length) {
        const info = engine.describe();
        info.startFailures = failures;
        info.reason = `fell back to ${next.id}: ${failures.map((f) => `${f.id} could not start (${oneLine(f.error)})`).join(", then ")}`;
      }
      return { engine, db, failures };
    } catch (e) {
      await engine?.stop().catch(() => void 0);
      failures.push({ id: next.id, error: String(e?.message ?? e) });
      if (!fallback || next.id === "url") break;
      probe ??= await probeEnvironment(settings, opts.needsExtensions, opts.standIns);
      const candidate = chooseEngine(withoutFailed(probe, failures));
      next = failures.some((f) => f.id === candidate.id) ? void 0 : candidate;
    }
  }
  throw new EngineStartError(
    failures,
    fallback ? "no other engine is left to fall back to" : "pass --engine-fallback (action input engine-fallback: true, engineFallback in .pgreview.yml) to fall back to another engine, or --engine none for a static review"
  );
}

// src/live/rollback.ts
var q2 = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
var lit2 = (s) => `'${s.replace(/'/g, "''")}'`;
function splitName2(name) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (quoted) {
      if (ch === '"' && name[i + 1] === '"') cur += '"', i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ".") out.push(cur), cur = "";
    else cur += ch;
  }
  out.push(cur);
  return out;
}
var last = (name) => q2(splitName2(name).pop());
var KEYWORDS = new Set(
  "all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime localtimestamp not null offset on only or order placing primary references returning select session_user some symmetric system_user table then to trailing true union unique user using variadic when where window with authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like natural notnull outer overlaps right similar tablesample verbose".split(" ")
);
var qi = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
var lastI = (name) => qi(splitName2(name).pop());
var parentOf = (name) => {
  const parts = splitName2(name);
  return parts.slice(0, -1).map(q2).join(".");
};
function alignRenames(B, A) {
  const renames = [];
  const words = [];
  const byOid = (s, prefix) => {
    const m = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(s.defs.oids)) if (k.startsWith(prefix)) m.set(v, k.slice(prefix.length));
    return m;
  };
  const relMap = /* @__PURE__ */ new Map();
  const bRel = byOid(B, "relation ");
  for (const [oid, aName] of byOid(A, "relation ")) {
    const bName = bRel.get(oid);
    if (bName && bName !== aName && !(aName in B.relations && bName in A.relations)) relMap.set(aName, bName);
  }
  for (const [aName, bName] of relMap) {
    const rel2 = A.relations[aName];
    const kw = relKeyword(rel2);
    const [as, an] = splitName2(aName);
    const [bs, bn] = splitName2(bName);
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q2(as)}.${q2(bn)} SET SCHEMA ${qi(bs)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, "g"), bName]);
    if (an !== bn) words.push([new RegExp(`(?<![\\w$".])${escapeRe(q2(an))}(?![\\w$"])`, "g"), q2(bn)]);
  }
  const relName = (n) => relMap.get(n) ?? n;
  const reKey = (k) => {
    const p = parentOf(k);
    return relMap.has(p) ? `${relMap.get(p)}.${last(k)}` : k;
  };
  let A2 = {
    ...A,
    relations: mapKeys(A.relations, relName),
    columns: mapKeys(A.columns, reKey),
    constraints: mapObj(mapKeys(A.constraints, reKey), (v) => ({ ...v, table: relName(v.table) })),
    indexes: mapObj(A.indexes, (v) => ({ ...v, table: relName(v.table) })),
    policies: mapObj(mapKeys(A.policies, reKey), (v) => ({ ...v, table: relName(v.table) })),
    triggers: mapObj(mapKeys(A.triggers, reKey), (v) => ({ ...v, table: relName(v.table) })),
    grants: mapKeys(A.grants, (k) => {
      const i = k.lastIndexOf(":");
      return `${relName(k.slice(0, i))}${k.slice(i)}`;
    }),
    defs: {
      ...A.defs,
      oids: mapKeys(A.defs.oids, (k) => renameDefKey(k, relName, reKey)),
      tableColumns: mapKeys(A.defs.tableColumns, relName),
      partitioning: mapKeys(A.defs.partitioning, relName),
      views: mapObj(mapKeys(A.defs.views, relName), (v) => ({ ...v, dependsOn: v.dependsOn.map(relName) })),
      sequences: mapObj(mapKeys(A.defs.sequences, relName), (v) => ({ ...v, ownedBy: v.ownedBy ? reKey(v.ownedBy) : void 0 })),
      comments: mapKeys(A.defs.comments, (k) => renameDefKey(k, relName, reKey)),
      acls: mapKeys(A.defs.acls, (k) => renameDefKey(k, relName, reKey))
    }
  };
  const colMap = /* @__PURE__ */ new Map();
  const bCol = byOid(B, "column ");
  for (const [oid, aName] of byOid(A2, "column ")) {
    const bName = bCol.get(oid);
    if (bName && bName !== aName && !(aName in B.columns) && !(bName in A2.columns)) colMap.set(aName, bName);
  }
  for (const [aName, bName] of colMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME COLUMN ${lastI(aName)} TO ${lastI(bName)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(lastI(aName))}(?![\\w$"])`, "g"), lastI(bName)]);
  }
  const idxMap = /* @__PURE__ */ new Map();
  const bIdx = byOid(B, "index ");
  for (const [oid, aName] of byOid(A2, "index ")) {
    const bName = bIdx.get(oid);
    if (bName && bName !== aName && !(aName in B.indexes) && !(bName in A2.indexes)) idxMap.set(aName, bName);
  }
  const conMap = /* @__PURE__ */ new Map();
  const bCon = byOid(B, "constraint ");
  for (const [oid, aName] of byOid(A2, "constraint ")) {
    const bName = bCon.get(oid);
    if (bName && bName !== aName && !(aName in B.constraints) && !(bName in A2.constraints)) conMap.set(aName, bName);
  }
  for (const [aName, bName] of conMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME CONSTRAINT ${lastI(aName)} TO ${lastI(bName)}`);
    const schema = q2(splitName2(aName)[0]);
    idxMap.delete(`${schema}.${last(aName)}`);
  }
  for (const [aName, bName] of idxMap) renames.push(`ALTER INDEX ${aName} RENAME TO ${lastI(bName)}`);
  const fnMap = /* @__PURE__ */ new Map();
  const bFn = byOid(B, "function ");
  for (const [oid, aName] of byOid(A2, "function ")) {
    const bName = bFn.get(oid);
    if (bName && bName !== aName && !(aName in B.functions) && !(bName in A2.functions)) fnMap.set(aName, bName);
  }
  for (const [aName, bName] of fnMap) {
    const bq = bName.slice(0, bName.indexOf("("));
    const aq = aName.slice(0, aName.indexOf("("));
    const [as, an] = splitName2(aq);
    const [bs, bn] = splitName2(bq);
    const kw = A2.functions[aName].kind === "procedure" ? "PROCEDURE" : A2.functions[aName].kind === "aggregate" ? "AGGREGATE" : "FUNCTION";
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q2(as)}.${q2(bn)}${aName.slice(aName.indexOf("("))} SET SCHEMA ${qi(bs)}`);
  }
  const typMap = /* @__PURE__ */ new Map();
  const bTyp = byOid(B, "type ");
  for (const [oid, aName] of byOid(A2, "type ")) {
    const bName = bTyp.get(oid);
    if (bName && bName !== aName && !(`type ${aName}` in B.defs.oids) && !(`type ${bName}` in A2.defs.oids)) typMap.set(aName, bName);
  }
  for (const [aName, bName] of typMap) {
    const [as, an] = splitName2(aName);
    const [bs, bn] = splitName2(bName);
    if (an !== bn) renames.push(`ALTER TYPE ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER TYPE ${q2(as)}.${q2(bn)} SET SCHEMA ${qi(bs)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, "g"), bName]);
  }
  const colKey = (k) => colMap.get(k) ?? k;
  const fnKey = (k) => fnMap.get(k) ?? k;
  const typKey = (k) => typMap.get(k) ?? k;
  A2 = {
    ...A2,
    columns: mapKeys(A2.columns, colKey),
    indexes: mapKeys(A2.indexes, (k) => idxMap.get(k) ?? k),
    constraints: mapKeys(A2.constraints, (k) => conMap.get(k) ?? k),
    functions: mapKeys(A2.functions, fnKey),
    enums: mapKeys(A2.enums, typKey),
    defs: {
      ...A2.defs,
      oids: mapKeys(A2.defs.oids, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      tableColumns: mapObj(A2.defs.tableColumns, (cols, table2) => cols.map((c) => ({ ...c, name: splitName2(colKey(`${table2}.${q2(c.name)}`)).pop() }))),
      functions: mapKeys(A2.defs.functions, fnKey),
      types: mapKeys(A2.defs.types, typKey),
      comments: mapKeys(A2.defs.comments, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      acls: mapKeys(A2.defs.acls, (k) => prefixed(k, { function: fnKey, type: typKey })),
      sequences: mapObj(A2.defs.sequences, (v) => ({ ...v, ownedBy: v.ownedBy ? colKey(v.ownedBy) : void 0 }))
    }
  };
  return { A2, renames, words };
}
function renameDefKey(k, relName, reKey) {
  const sp = k.indexOf(" ");
  const kind = k.slice(0, sp);
  const name = k.slice(sp + 1);
  if (kind === "relation") return `${kind} ${relName(name)}`;
  if (kind === "column" || kind === "constraint" || kind === "trigger" || kind === "policy") return `${kind} ${reKey(name)}`;
  return k;
}
function prefixed(k, fns) {
  const sp = k.indexOf(" ");
  const f = fns[k.slice(0, sp)];
  return f ? `${k.slice(0, sp)} ${f(k.slice(sp + 1))}` : k;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function mapKeys(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[f(k)] = v;
  return out;
}
function mapObj(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k] = f(v, k);
  return out;
}
function relKeyword(rel2) {
  return rel2.kind === "view" ? "VIEW" : rel2.kind === "materialized view" ? "MATERIALIZED VIEW" : rel2.kind === "sequence" ? "SEQUENCE" : rel2.kind === "foreign table" ? "FOREIGN TABLE" : "TABLE";
}
function fnKeyword(kind) {
  return kind === "procedure" ? "PROCEDURE" : kind === "aggregate" ? "AGGREGATE" : "FUNCTION";
}
var isView2 = (r) => r?.kind === "view" || r?.kind === "materialized view";
function generateRollback(input) {
  const B = input.before;
  const { A2: A, renames, words } = alignRenames(B, input.after);
  const norm = (s) => {
    if (s == null) return s;
    let out2 = s;
    for (const [re, to] of words) out2 = out2.replace(re, to);
    return out2;
  };
  const caveats = [];
  const backups = [];
  const out = [];
  const emit = (sql2, note) => out.push({ sql: sql2, note });
  const caveat = (sql2, note) => {
    caveats.push(note);
    if (sql2) emit(sql2, note);
    else out.push({ sql: "", note });
  };
  const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const created = (b, a) => Object.keys(a).filter((k) => !(k in b));
  const dropped = (b, a) => Object.keys(b).filter((k) => !(k in a));
  const relOid = (s, n) => Number(s.defs.oids[`relation ${n}`] ?? 0);
  const createdRels = new Set(created(B.relations, A.relations));
  const droppedRels = new Set(dropped(B.relations, A.relations));
  for (const n of Object.keys(B.relations)) {
    if (n in A.relations && (A.relations[n].kind !== B.relations[n].kind || B.relations[n].kind !== "view" && B.relations[n].kind !== "materialized view" && relOid(A, n) !== relOid(B, n) && relOid(A, n) && relOid(B, n))) {
      createdRels.add(n);
      droppedRels.add(n);
    }
  }
  const tableGone = (t) => droppedRels.has(t) || createdRels.has(t);
  const survives = (t) => t in A.relations && t in B.relations && !tableGone(t);
  const tableSurvives = (t) => survives(t) && !isView2(B.relations[t]) && !isView2(A.relations[t]);
  const columnChanges = Object.keys(B.columns).filter((c) => c in A.columns && tableSurvives(parentOf(c)) && !sameJson(B.columns[c], A.columns[c]));
  const isEnumType = (s, type) => Object.keys(s.enums).some((e) => typeIs(type.replace(/\[\]$/, ""), e));
  const enumRebuilds = Object.keys(B.enums).filter((t) => t in A.enums && !sameJson(B.enums[t], A.enums[t]) && A.enums[t].length !== B.enums[t].length);
  const enumCols = new Map(enumRebuilds.map((t) => [t, Object.keys(A.columns).filter((c) => tableSurvives(parentOf(c)) && typeIs(A.columns[c].type.replace(/\[\]$/, ""), t))]));
  const typeChanged = /* @__PURE__ */ new Set([
    ...columnChanges.filter((c) => B.columns[c].type !== A.columns[c].type || B.columns[c].generated !== A.columns[c].generated).map(parentOf),
    ...[...enumCols.values()].flat().map(parentOf)
  ]);
  const droppedCols = dropped(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  const createdCols = created(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  const fnDef = (s, k) => s.defs.functions[k];
  const createdFns = created(B.functions, A.functions);
  const droppedFns = dropped(B.functions, A.functions);
  const alteredFns = Object.keys(B.functions).filter((k) => k in A.functions && (B.functions[k].bodyHash !== A.functions[k].bodyHash || fnDef(B, k) !== norm(fnDef(A, k)) || !sameJson({ ...B.functions[k], acl: 0, owner: 0, executableBy: 0 }, { ...A.functions[k], acl: 0, owner: 0, executableBy: 0 })));
  const replacedFns = new Set(alteredFns.filter((k) => B.functions[k].returns !== A.functions[k].returns || B.functions[k].kind !== A.functions[k].kind || paramNames(fnDef(B, k)) !== paramNames(fnDef(A, k))));
  const fnByOid = new Map(Object.entries(A.defs.oids).filter(([k]) => k.startsWith("function ")).map(([k, v]) => [`fn:${v}`, k.slice("function ".length)]));
  const viewColumnsType = (s, v) => (s.defs.views[v]?.columns ?? []).map((c) => `${c} ${s.columns[`${v}.${q2(c)}`]?.type}`);
  const viewChanged = (n) => isView2(B.relations[n]) && isView2(A.relations[n]) && (B.defs.views[n]?.definition !== norm(A.defs.views[n]?.definition) || !sameJson(B.defs.views[n]?.columns, A.defs.views[n]?.columns) || B.relations[n].kind !== A.relations[n].kind);
  const replaceable = (n) => {
    if (B.relations[n]?.kind !== "view" || A.relations[n]?.kind !== "view") return false;
    const a = viewColumnsType(A, n);
    const b = viewColumnsType(B, n);
    return a.every((c, i) => b[i] === c);
  };
  const blockedCols = /* @__PURE__ */ new Set([...createdCols, ...[...enumCols.values()].flat(), ...columnChanges.filter((c) => B.columns[c].type !== A.columns[c].type || B.columns[c].generated !== A.columns[c].generated)]);
  const vdrop = /* @__PURE__ */ new Set();
  const vreplace = /* @__PURE__ */ new Set();
  const fnDeps = (v) => (A.defs.views[v]?.dependsOn ?? []).map((d) => fnByOid.get(d) ?? d);
  const standsOnChange = (v) => fnDeps(v).some((d) => vdrop.has(d) || createdRels.has(d) || blockedCols.has(d) || replacedFns.has(d) || createdFns.includes(d));
  for (const n of Object.keys(A.relations)) if (isView2(A.relations[n]) && createdRels.has(n)) vdrop.add(n);
  for (const n of Object.keys(A.relations)) if (isView2(A.relations[n]) && viewChanged(n)) (replaceable(n) && !standsOnChange(n) ? vreplace : vdrop).add(n);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of Object.keys(A.defs.views)) {
      if (vdrop.has(n)) continue;
      if (standsOnChange(n)) {
        vdrop.add(n);
        vreplace.delete(n);
        grew = true;
      }
    }
  }
  const recreateViews = /* @__PURE__ */ new Set([...[...vdrop].filter((n) => isView2(B.relations[n])), ...[...droppedRels].filter((n) => isView2(B.relations[n]))]);
  const usesRowType = (sig, returns, v) => {
    const names = [v, lastI(v), last(v)];
    const parts = [returns.replace(/^SETOF /, ""), ...sig.slice(sig.indexOf("(") + 1, -1).split(", ").map((a) => a.split(" ").pop() ?? "")];
    return parts.some((p) => names.includes(p.replace(/\[\]$/, "")));
  };
  const fnsViaViews = new Set(
    Object.keys(A.functions).filter((k) => k in B.functions && !replacedFns.has(k) && [...vdrop].some((v) => usesRowType(k, A.functions[k].returns, v)))
  );
  const pkCols = (t) => {
    const pk = Object.values(B.constraints).find((c) => c.table === t && c.type === "p");
    return pk ? /PRIMARY KEY \((.*)\)/.exec(pk.definition)?.[1] : void 0;
  };
  const backupName = (...parts) => `pgreview_backup.${q2(parts.map((p) => splitName2(p).join("_")).join("__").slice(0, 63))}`;
  const backupSchema = "CREATE SCHEMA IF NOT EXISTS pgreview_backup;";
  for (const t of [...droppedRels].filter((t2) => !createdRels.has(t2) || B.relations[t2].kind === "table")) {
    const r = B.relations[t];
    if (r.kind !== "table" && r.kind !== "partitioned table") continue;
    if (backups.length === 0) backups.push(backupSchema);
    backups.push(`CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  for (const c of droppedCols) {
    if (backups.length === 0) backups.push(backupSchema);
    const t = parentOf(c);
    const pk = pkCols(t);
    backups.push(pk ? `CREATE TABLE ${backupName(t, lastI(c))} AS SELECT ${pk}, ${lastI(c)} FROM ${t};` : `CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  const dataStatements = [];
  for (const { source: source2, trace } of input.changed) {
    source2.statements.forEach((st, i) => {
      const t = trace?.[i];
      if (t?.error || t?.skipped) return;
      const n = st.node ?? {};
      const rel2 = n.relation ?? n.relations?.[0]?.RangeVar;
      const table2 = rel2?.relname ? `${rel2.schemaname ? q2(rel2.schemaname) + "." : ""}${q2(rel2.relname)}` : void 0;
      const where = `${source2.source.file}:${st.span.line}`;
      if (st.kind === "UpdateStmt" || st.kind === "DeleteStmt" || st.kind === "TruncateStmt") {
        const verb = st.kind === "UpdateStmt" ? "UPDATE" : st.kind === "DeleteStmt" ? "DELETE" : "TRUNCATE";
        dataStatements.push(`${verb} at ${where}${t?.rowsAffected != null && st.kind !== "TruncateStmt" ? ` (${t.rowsAffected} row(s) on the review database)` : ""} changes data that the rollback does not restore${table2 ? `: restore ${table2} from the backup` : ""}`);
        if (table2 && !backups.some((b) => b.includes(` ${table2};`))) {
          if (backups.length === 0) backups.push(backupSchema);
          backups.push(`CREATE TABLE ${backupName(table2)} AS TABLE ${table2};`);
        }
      } else if (st.kind === "InsertStmt" && table2) {
        dataStatements.push(`INSERT at ${where} adds rows to ${table2} that the rollback does not delete (unless it drops the table)`);
      }
    });
  }
  for (const d of dataStatements) caveats.push(d);
  const viewsToDrop = [...vdrop].filter((n) => n in A.relations).sort((a, b) => relOid(A, b) - relOid(A, a));
  const plainViews = viewsToDrop.filter((n) => A.relations[n].kind === "view");
  const matViews = viewsToDrop.filter((n) => A.relations[n].kind === "materialized view");
  for (const k of fnsViaViews) emit(`DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}`);
  if (matViews.length) emit(`DROP MATERIALIZED VIEW IF EXISTS ${matViews.join(", ")}`);
  if (plainViews.length) emit(`DROP VIEW IF EXISTS ${plainViews.join(", ")}`);
  const gone = (t) => tableGone(t) || vdrop.has(t);
  const policyChanged = (k) => !sameJson({ ...B.policies[k], qual: B.policies[k].qual, withCheck: B.policies[k].withCheck }, { ...A.policies[k], qual: norm(A.policies[k].qual), withCheck: norm(A.policies[k].withCheck) });
  const policiesOut = Object.keys(A.policies).filter((k) => !gone(A.policies[k].table) && (!(k in B.policies) || policyChanged(k) || typeChanged.has(A.policies[k].table)));
  for (const k of policiesOut) emit(`DROP POLICY IF EXISTS ${lastI(k)} ON ${A.policies[k].table}`);
  const triggerChanged = (k) => B.triggers[k].definition !== norm(A.triggers[k].definition) || replacedFns.has(B.triggers[k].function);
  const triggersOut = Object.keys(A.triggers).filter((k) => !gone(A.triggers[k].table) && (!(k in B.triggers) || triggerChanged(k)));
  for (const k of triggersOut) emit(`DROP TRIGGER IF EXISTS ${lastI(k)} ON ${A.triggers[k].table}`);
  const conChanged = (k) => B.constraints[k].definition !== norm(A.constraints[k].definition) || B.constraints[k].validated !== A.constraints[k].validated || B.constraints[k].type !== A.constraints[k].type;
  const consOut = Object.keys(A.constraints).filter((k) => !gone(A.constraints[k].table) && (!(k in B.constraints) || conChanged(k) || typeChanged.has(A.constraints[k].table) && A.constraints[k].type === "f")).sort((a, b) => Number(A.constraints[b].type === "f") - Number(A.constraints[a].type === "f"));
  for (const k of consOut) emit(`ALTER TABLE ${A.constraints[k].table} DROP CONSTRAINT IF EXISTS ${lastI(k)}`);
  const conIndex = (s, idx) => {
    const schema = splitName2(idx)[0];
    return Object.entries(s.constraints).some(([k, c]) => splitName2(c.table)[0] === schema && last(k) === last(idx) && ["p", "u", "x"].includes(c.type));
  };
  const idxChanged = (k) => B.indexes[k].definition !== norm(A.indexes[k].definition);
  const idxOut = Object.keys(A.indexes).filter((k) => !gone(A.indexes[k].table) && !conIndex(A, k) && (!(k in B.indexes) || idxChanged(k) && !conIndex(B, k)));
  const concurrently = input.transactional ? "" : " CONCURRENTLY";
  for (const k of idxOut) emit(`DROP INDEX${concurrently} IF EXISTS ${k}`);
  const attnum = (c) => Number((A.defs.oids[`column ${c}`] ?? "0.0").split(".")[1]);
  const colsOut = [...createdCols].sort((a, b) => Number(!!A.columns[b].generated) - Number(!!A.columns[a].generated) || attnum(b) - attnum(a));
  for (const c of colsOut) emit(`ALTER TABLE ${parentOf(c)} DROP COLUMN IF EXISTS ${lastI(c)}`, void 0);
  const tablesOut = [...createdRels].filter((n) => n in A.relations && !isView2(A.relations[n]) && A.relations[n].kind !== "sequence").sort((a, b) => relOid(A, b) - relOid(A, a));
  const foreignOut = tablesOut.filter((n) => A.relations[n].kind === "foreign table");
  if (foreignOut.length) emit(`DROP FOREIGN TABLE IF EXISTS ${foreignOut.join(", ")}`);
  const plainOut = tablesOut.filter((n) => A.relations[n].kind !== "foreign table");
  if (plainOut.length) emit(`DROP TABLE IF EXISTS ${plainOut.join(", ")}`);
  const ownedByGone = (seq) => {
    const o = A.defs.sequences[seq]?.ownedBy;
    return o ? !(o in B.columns) || tableGone(parentOf(o)) : false;
  };
  const seqOut = [...createdRels].filter((n) => A.relations[n]?.kind === "sequence" && !A.defs.sequences[n]?.identity && !ownedByGone(n));
  for (const r of renames) emit(r);
  for (const e of dropped(B.extensions, A.extensions)) {
    const x = B.extensions[e];
    emit(`CREATE EXTENSION IF NOT EXISTS ${q2(e)} WITH SCHEMA ${q2(x.schema)} VERSION ${lit2(x.version)}`);
  }
  for (const e of Object.keys(B.extensions).filter((e2) => e2 in A.extensions)) {
    const b = B.extensions[e];
    const a = A.extensions[e];
    if (a.schema !== b.schema) emit(`ALTER EXTENSION ${q2(e)} SET SCHEMA ${qi(b.schema)}`);
    if (a.version !== b.version) caveat(`ALTER EXTENSION ${q2(e)} UPDATE TO ${lit2(b.version)}`, `extension ${e} was updated from ${b.version} to ${a.version}; going back needs a downgrade script the extension may not ship`);
  }
  for (const s of dropped(B.schemas, A.schemas)) {
    emit(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    if (B.schemas[s].owner !== input.role) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s].owner)}`);
  }
  for (const s of Object.keys(B.schemas).filter((s2) => s2 in A.schemas && A.schemas[s2].owner !== B.schemas[s2].owner)) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s].owner)}`);
  const needsBodiesOff = droppedFns.length > 0 || alteredFns.length > 0 || fnsViaViews.size > 0;
  if (needsBodiesOff) out.unshift({ sql: input.transactional ? "SET LOCAL check_function_bodies = off" : "SET check_function_bodies = off" });
  const inOrder = [];
  const oidOf = (s, key2) => Number(s.defs.oids[key2] ?? 0);
  for (const t of dropped(B.enums, A.enums)) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE TYPE ${t} AS ENUM (${B.enums[t].map(lit2).join(", ")})`) });
  for (const t of Object.keys(B.enums).filter((t2) => t2 in A.enums && !sameJson(B.enums[t2], A.enums[t2]))) {
    const b = B.enums[t];
    const a = A.enums[t];
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) emit(`ALTER TYPE ${t} RENAME VALUE ${lit2(a[i])} TO ${lit2(b[i])}`);
    }
  }
  const droppedTypes = dropped(B.defs.types, A.defs.types);
  for (const t of droppedTypes) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE ${B.defs.types[t].kind === "domain" ? "DOMAIN" : "TYPE"} ${t} ${B.defs.types[t].definition}`) });
  for (const t of Object.keys(B.defs.types).filter((t2) => t2 in A.defs.types && B.defs.types[t2].definition !== norm(A.defs.types[t2].definition))) {
    caveat(void 0, `${B.defs.types[t].kind} ${t} was changed (${A.defs.types[t].definition} instead of ${B.defs.types[t].definition}); the rollback does not rebuild it`);
  }
  const seqIn = [...droppedRels].filter((n) => B.relations[n]?.kind === "sequence" && !B.defs.sequences[n]?.identity);
  for (const n of seqIn) {
    const s = B.defs.sequences[n];
    emit(s ? `CREATE SEQUENCE ${n} AS ${s.type} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} START WITH ${s.start} CACHE ${s.cache}${s.cycle ? " CYCLE" : " NO CYCLE"}` : `CREATE SEQUENCE ${n}`);
    caveat(void 0, `sequence ${n} is recreated at its start value: set it past the highest value in use (setval) before writing to its table`);
  }
  for (const n of Object.keys(B.defs.sequences).filter((n2) => n2 in A.defs.sequences && !tableGone(n2) && !B.defs.sequences[n2].identity)) {
    const b = B.defs.sequences[n];
    const a = A.defs.sequences[n];
    const parts = [];
    if (a.type !== b.type) parts.push(`AS ${b.type}`);
    if (a.increment !== b.increment) parts.push(`INCREMENT BY ${b.increment}`);
    if (a.min !== b.min) parts.push(`MINVALUE ${b.min}`);
    if (a.max !== b.max) parts.push(`MAXVALUE ${b.max}`);
    if (a.start !== b.start) parts.push(`START WITH ${b.start}`);
    if (a.cache !== b.cache) parts.push(`CACHE ${b.cache}`);
    if (a.cycle !== b.cycle) parts.push(b.cycle ? "CYCLE" : "NO CYCLE");
    if (parts.length) emit(`ALTER SEQUENCE ${n} ${parts.join(" ")}`);
  }
  const dropTablesIn = [...droppedRels].filter((n) => !isView2(B.relations[n]) && B.relations[n].kind !== "sequence");
  const needsTable = (k) => dropTablesIn.some((t) => `${k} ${B.functions[k].returns}`.includes(splitName2(t).pop()));
  const fnCreate = (k) => {
    const def = fnDef(B, k);
    if (!def) {
      caveat(void 0, `${B.functions[k].kind} ${k} has no definition pg_get_functiondef can give (aggregate): recreate it by hand`);
      return;
    }
    emit(def.trimEnd());
  };
  for (const k of replacedFns) emit(`DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}`);
  const fnsNow = [...droppedFns, ...alteredFns].filter((k) => !needsTable(k) && !fnsViaViews.has(k));
  const fnsLater = [...droppedFns, ...alteredFns].filter((k) => needsTable(k) && !fnsViaViews.has(k));
  for (const k of fnsNow) inOrder.push({ oid: oidOf(B, `function ${k}`), run: () => fnCreate(k) });
  for (const o of inOrder.sort((a, b) => a.oid - b.oid)) o.run();
  for (const n of Object.keys(B.relations).filter((n2) => survives(n2) && !vdrop.has(n2))) {
    const b = B.relations[n];
    const a = A.relations[n];
    const kw = relKeyword(b);
    if (!sameJson(a.reloptions, b.reloptions)) {
      const keyOf = (o) => o.slice(0, o.indexOf("="));
      const reset = a.reloptions.filter((o) => !b.reloptions.some((x) => keyOf(x) === keyOf(o))).map(keyOf);
      if (reset.length) emit(`ALTER ${kw} ${n} RESET (${reset.join(", ")})`);
      const set = b.reloptions.filter((o) => !a.reloptions.includes(o));
      if (set.length) emit(`ALTER ${kw} ${n} SET (${set.join(", ")})`);
    }
    if (a.rowSecurity !== b.rowSecurity) emit(`ALTER TABLE ${n} ${b.rowSecurity ? "ENABLE" : "DISABLE"} ROW LEVEL SECURITY`);
    if (a.forceRowSecurity !== b.forceRowSecurity) emit(`ALTER TABLE ${n} ${b.forceRowSecurity ? "FORCE" : "NO FORCE"} ROW LEVEL SECURITY`);
    if (a.owner !== b.owner) emit(`ALTER ${kw} ${n} OWNER TO ${qi(b.owner)}`);
  }
  for (const c of columnChanges) {
    const t = parentOf(c);
    const col = lastI(c);
    const b = B.columns[c];
    const a = A.columns[c];
    if (a.generated !== b.generated) {
      if (a.generated && b.generated && B.serverVersionNum >= 17e4) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET EXPRESSION AS (${b.generated})`);
      else if (a.generated && !b.generated) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP EXPRESSION`);
      else caveat(void 0, `column ${c}: its generation expression changed (${a.generated ?? "none"} instead of ${b.generated ?? "none"}); the rollback cannot restore it in place`);
    }
    if (a.identity && a.identity !== b.identity && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP IDENTITY IF EXISTS`);
    if (a.default != null && a.default !== b.default && !a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT`);
    if (a.type !== b.type) {
      const collation = B.defs.tableColumns[t]?.find((x) => x.name === splitName2(c).pop())?.collation;
      caveat(
        `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${b.type}${collation ? ` COLLATE ${collation}` : ""} USING ${col}${isEnumType(B, b.type) || isEnumType(A, a.type) ? `::text${b.type.endsWith("[]") ? "[]" : ""}` : ""}::${b.type}`,
        `column ${c}: type goes back from ${a.type} to ${b.type}; values written after the deploy that do not fit ${b.type} make this fail, and converted values may not round-trip exactly`
      );
    }
    if (b.default != null && a.default !== b.default && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${b.default}`);
    if (b.identity && a.identity !== b.identity) {
      const how = b.identity === "a" ? "ALWAYS" : "BY DEFAULT";
      if (a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET GENERATED ${how}`);
      else caveat(`ALTER TABLE ${t} ALTER COLUMN ${col} ADD GENERATED ${how} AS IDENTITY`, `column ${c}: its identity is recreated with a new sequence that starts at 1; set it past the highest value in use`);
    }
    if (a.notNull !== b.notNull) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} ${b.notNull ? "SET" : "DROP"} NOT NULL`);
  }
  for (const t of enumRebuilds) {
    const b = B.enums[t];
    const a = A.enums[t];
    const added = a.filter((l) => !b.includes(l));
    const removed = b.filter((l) => !a.includes(l));
    const [schema, name] = splitName2(t);
    const tmp = `${q2(schema)}.${q2(`${name}_pgreview_rollback`.slice(0, 63))}`;
    caveat(
      `CREATE TYPE ${tmp} AS ENUM (${b.map(lit2).join(", ")})`,
      added.length ? `enum ${t}: value(s) ${added.map((l) => `'${l}'`).join(", ")} added by the PR are removed by rebuilding the type (Postgres has no ALTER TYPE ... DROP VALUE); rows that use them make the rollback fail: change them first` : `enum ${t}: value(s) ${removed.map((l) => `'${l}'`).join(", ")} removed by the PR come back by rebuilding the type`
    );
    const cols = enumCols.get(t) ?? [];
    for (const c of cols) if (A.columns[c].default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} DROP DEFAULT`);
    for (const c of cols) {
      const arr = A.columns[c].type.endsWith("[]") ? "[]" : "";
      emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} TYPE ${tmp}${arr} USING ${lastI(c)}::text${arr}::${tmp}${arr}`);
    }
    emit(`DROP TYPE ${t}`);
    emit(`ALTER TYPE ${tmp} RENAME TO ${qi(name)}`);
    for (const c of cols) if (B.columns[c]?.default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} SET DEFAULT ${B.columns[c].default}`);
  }
  for (const k of alteredFns.filter((k2) => !replacedFns.has(k2) && B.functions[k2].owner !== A.functions[k2].owner)) emit(`ALTER ${fnKeyword(B.functions[k].kind)} ${k} OWNER TO ${qi(B.functions[k].owner)}`);
  for (const k of Object.keys(B.functions).filter((k2) => k2 in A.functions && !alteredFns.includes(k2) && B.functions[k2].owner !== A.functions[k2].owner)) emit(`ALTER ${fnKeyword(B.functions[k].kind)} ${k} OWNER TO ${qi(B.functions[k].owner)}`);
  const tablesIn = dropTablesIn.sort((a, b) => relOid(B, a) - relOid(B, b));
  for (const t of tablesIn) {
    const r = B.relations[t];
    const part = B.defs.partitioning[t];
    if (r.kind === "foreign table") {
      caveat(void 0, `foreign table ${t} was dropped; the rollback does not recreate foreign tables (server options are not in the catalog snapshot)`);
      continue;
    }
    if (part?.parent && part.bound) {
      emit(`CREATE TABLE ${t} PARTITION OF ${part.parent} ${part.bound}${part.key ? ` PARTITION BY ${part.key}` : ""}`);
    } else {
      const cols = (B.defs.tableColumns[t] ?? []).map((c) => columnDef(`${t}.${q2(c.name)}`, c.collation));
      emit(`CREATE TABLE ${t} (
  ${cols.join(",\n  ")}
)${part?.key ? ` PARTITION BY ${part.key}` : ""}${r.reloptions.length ? ` WITH (${r.reloptions.join(", ")})` : ""}`);
    }
    if (r.owner !== input.role) emit(`ALTER TABLE ${t} OWNER TO ${qi(r.owner)}`);
    if (r.rowSecurity) emit(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
    if (r.forceRowSecurity) emit(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    if (r.kind === "table" || r.kind === "partitioned table") {
      caveat(`-- INSERT INTO ${t} SELECT * FROM ${backupName(t)}`, `table ${t} was dropped by the PR: the rollback recreates it empty; its rows come back only from the backup taken before deploying`);
    }
  }
  for (const c of droppedCols) {
    const t = parentOf(c);
    const col = B.columns[c];
    const def = columnDef(c, B.defs.tableColumns[t]?.find((x) => x.name === splitName2(c).pop())?.collation, true);
    emit(`ALTER TABLE ${t} ADD COLUMN ${def}`);
    const pk = pkCols(t);
    caveat(
      pk ? `-- UPDATE ${t} AS t SET ${lastI(c)} = b.${lastI(c)} FROM ${backupName(t, lastI(c))} AS b WHERE ${pk.split(", ").map((k) => `t.${k} = b.${k}`).join(" AND ")}` : void 0,
      `column ${c} was dropped by the PR: the rollback recreates it${col.default ? " with its default" : " empty"}; its values come back only from the backup taken before deploying`
    );
    if (col.notNull && !col.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${lastI(c)} SET NOT NULL`, "fails on rows without a value: restore the column from the backup first");
  }
  for (const s of Object.keys(B.defs.sequences).filter((s2) => B.defs.sequences[s2].ownedBy && !B.defs.sequences[s2].identity)) {
    const o = B.defs.sequences[s].ownedBy;
    if (seqIn.includes(s) || A.defs.sequences[s]?.ownedBy !== o) emit(`ALTER SEQUENCE ${s} OWNED BY ${o}`);
  }
  for (const s of Object.keys(B.defs.sequences).filter((s2) => !B.defs.sequences[s2].ownedBy && A.defs.sequences[s2]?.ownedBy && !tableGone(s2))) emit(`ALTER SEQUENCE ${s} OWNED BY NONE`);
  for (const k of fnsLater) fnCreate(k);
  const recreatedTable = (t) => tablesIn.includes(t) || recreateViews.has(t);
  const consIn = Object.keys(B.constraints).filter((k) => {
    const c = B.constraints[k];
    if (B.defs.partitioning[c.table]?.parent && recreatedTable(c.table)) return false;
    return recreatedTable(c.table) || !(k in A.constraints) || consOut.includes(k);
  });
  const conSql = (k) => `ALTER TABLE ${B.constraints[k].table} ADD CONSTRAINT ${lastI(k)} ${B.constraints[k].definition}`;
  for (const k of consIn.filter((k2) => B.constraints[k2].type !== "f")) emit(conSql(k));
  const idxIn = Object.keys(B.indexes).filter((k) => !conIndex(B, k) && !(B.defs.partitioning[B.indexes[k].table]?.parent && recreatedTable(B.indexes[k].table)) && (recreatedTable(B.indexes[k].table) ? !isView2(B.relations[B.indexes[k].table]) : !(k in A.indexes) || idxOut.includes(k)));
  for (const k of idxIn) emit(recreatedTable(B.indexes[k].table) || !concurrently ? B.indexes[k].definition : B.indexes[k].definition.replace(/^CREATE (UNIQUE )?INDEX /, `CREATE $1INDEX${concurrently} `));
  for (const k of consIn.filter((k2) => B.constraints[k2].type === "f")) emit(conSql(k));
  const createdSchemas = new Set(created(B.schemas, A.schemas));
  const inCreatedSchema = (n) => createdSchemas.has(q2(splitName2(n)[0]));
  const outOrder = [];
  for (const n of seqOut) outOrder.push({ oid: relOid(A, n), sql: `DROP SEQUENCE IF EXISTS ${n}` });
  for (const k of createdFns) outOrder.push({ oid: oidOf(A, `function ${k}`), sql: `DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}` });
  for (const t of created(B.enums, A.enums).filter((t2) => !inCreatedSchema(t2))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP TYPE IF EXISTS ${t}` });
  for (const t of created(B.defs.types, A.defs.types).filter((t2) => !inCreatedSchema(t2))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP ${A.defs.types[t].kind === "domain" ? "DOMAIN" : "TYPE"} IF EXISTS ${t}` });
  for (const o of outOrder.sort((a, b) => b.oid - a.oid)) emit(o.sql);
  for (const e of created(B.extensions, A.extensions)) emit(`DROP EXTENSION IF EXISTS ${q2(e)}`);
  for (const s of createdSchemas) emit(`DROP SCHEMA IF EXISTS ${s} CASCADE`, "the schema did not exist before the PR: everything in it goes with it");
  for (const v of [...recreateViews, ...vreplace].sort((a, b) => relOid(B, a) - relOid(B, b))) {
    const r = B.relations[v];
    if (vreplace.has(v)) {
      emit(`CREATE OR REPLACE VIEW ${v} AS
${B.defs.views[v].definition.trim().replace(/;$/, "")}`);
      continue;
    }
    const def = B.defs.views[v]?.definition;
    if (!def) {
      caveat(void 0, `view ${v}: no definition was read; recreate it by hand`);
      continue;
    }
    const opts = r.reloptions.length ? ` WITH (${r.reloptions.join(", ")})` : "";
    emit(`CREATE ${r.kind === "materialized view" ? "MATERIALIZED VIEW" : "VIEW"} ${v}${opts} AS
${def.trim().replace(/;$/, "")}`);
    if (r.owner !== input.role) emit(`ALTER ${relKeyword(r)} ${v} OWNER TO ${qi(r.owner)}`);
    for (const k of Object.keys(B.indexes).filter((k2) => B.indexes[k2].table === v)) emit(B.indexes[k].definition);
  }
  for (const k of fnsViaViews) fnCreate(k);
  for (const k of Object.keys(B.triggers).filter((k2) => recreatedTable(B.triggers[k2].table) || !(k2 in A.triggers) || triggersOut.includes(k2))) {
    emit(B.triggers[k].definition);
    const en = B.triggers[k].enabled;
    if (en !== "O") emit(`ALTER TABLE ${B.triggers[k].table} ${en === "D" ? "DISABLE" : en === "R" ? "ENABLE REPLICA" : "ENABLE ALWAYS"} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.triggers).filter((k2) => k2 in A.triggers && !triggersOut.includes(k2) && !recreatedTable(B.triggers[k2].table) && A.triggers[k2].enabled !== B.triggers[k2].enabled)) {
    const en = B.triggers[k].enabled;
    emit(`ALTER TABLE ${B.triggers[k].table} ${en === "D" ? "DISABLE" : en === "R" ? "ENABLE REPLICA" : en === "A" ? "ENABLE ALWAYS" : "ENABLE"} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.policies).filter((k2) => recreatedTable(B.policies[k2].table) || !(k2 in A.policies) || policiesOut.includes(k2))) {
    const p = B.policies[k];
    const roles = p.roles.map((r) => r === "public" ? "PUBLIC" : qi(r)).join(", ");
    emit(`CREATE POLICY ${lastI(k)} ON ${p.table} AS ${p.permissive ? "PERMISSIVE" : "RESTRICTIVE"} FOR ${p.cmd} TO ${roles}${p.qual != null ? ` USING (${p.qual})` : ""}${p.withCheck != null ? ` WITH CHECK (${p.withCheck})` : ""}`);
  }
  const recreated = (kind, name) => {
    if (kind === "relation") return recreatedTable(name) || seqIn.includes(name);
    if (kind === "column") return recreatedTable(parentOf(name)) || droppedCols.includes(name);
    if (kind === "function") return droppedFns.includes(name) || replacedFns.has(name) || fnsViaViews.has(name);
    if (kind === "schema") return !(name in A.schemas);
    if (kind === "type") return !(`type ${name}` in A.defs.oids);
    if (kind === "constraint") return consIn.includes(name);
    if (kind === "index") return idxIn.includes(name) || recreatedTable(B.indexes[name]?.table ?? "");
    if (kind === "trigger") return recreatedTable(B.triggers[name]?.table ?? "") || !(name in A.triggers) || triggersOut.includes(name);
    if (kind === "policy") return recreatedTable(B.policies[name]?.table ?? "") || !(name in A.policies) || policiesOut.includes(name);
    return false;
  };
  const commentTarget = (kind, name) => {
    if (kind === "relation") return B.relations[name] ? `${relKeyword(B.relations[name])} ${name}` : void 0;
    if (kind === "column") return `COLUMN ${name}`;
    if (kind === "function") return B.functions[name] ? `${fnKeyword(B.functions[name].kind)} ${name}` : void 0;
    if (kind === "schema") return `SCHEMA ${name}`;
    if (kind === "type") return `${B.defs.types[name]?.kind === "domain" ? "DOMAIN" : "TYPE"} ${name}`;
    if (kind === "constraint") return B.constraints[name] ? `CONSTRAINT ${lastI(name)} ON ${B.constraints[name].table}` : void 0;
    if (kind === "index") return `INDEX ${name}`;
    if (kind === "trigger") return B.triggers[name] ? `TRIGGER ${lastI(name)} ON ${B.triggers[name].table}` : void 0;
    if (kind === "policy") return B.policies[name] ? `POLICY ${lastI(name)} ON ${B.policies[name].table}` : void 0;
    return void 0;
  };
  const exists = (s, key2) => key2 in s.defs.oids || key2.startsWith("trigger ") || key2.startsWith("policy ");
  for (const key2 of /* @__PURE__ */ new Set([...Object.keys(B.defs.comments), ...Object.keys(A.defs.comments)])) {
    const sp = key2.indexOf(" ");
    const kind = key2.slice(0, sp);
    const name = key2.slice(sp + 1);
    if (!exists(B, key2) || kind === "trigger" && !(name in B.triggers) || kind === "policy" && !(name in B.policies)) continue;
    const want = B.defs.comments[key2];
    const have = recreated(kind, name) ? void 0 : A.defs.comments[key2];
    if (want === have) continue;
    const target = commentTarget(kind, name);
    if (target) emit(`COMMENT ON ${target} IS ${want == null ? "NULL" : lit2(want)}`);
  }
  for (const key2 of Object.keys(B.defs.acls)) {
    const sp = key2.indexOf(" ");
    const kind = key2.slice(0, sp);
    const name = key2.slice(sp + 1);
    const on = aclTarget(kind, name, B);
    if (!on) continue;
    const owner = kind === "relation" ? B.relations[name]?.owner : kind === "function" ? B.functions[name]?.owner : kind === "schema" ? B.schemas[name]?.owner : void 0;
    const want = new Set(B.defs.acls[key2]);
    const have = new Set(recreated(kind, name) ? defaultAcl(kind, name, B, input.role, owner) : A.defs.acls[key2] ?? []);
    if (!recreated(kind, name) && !(key2 in A.defs.acls)) continue;
    const byGrantee = (set) => {
      const m = /* @__PURE__ */ new Map();
      for (const e of set) {
        const i = e.lastIndexOf("=");
        const g = e.slice(0, i);
        (m.get(g) ?? m.set(g, /* @__PURE__ */ new Set()).get(g)).add(e.slice(i + 1));
      }
      return m;
    };
    const w = byGrantee(want);
    const h = byGrantee(have);
    for (const g of /* @__PURE__ */ new Set([...w.keys(), ...h.keys()])) {
      const wp = w.get(g) ?? /* @__PURE__ */ new Set();
      const hp = h.get(g) ?? /* @__PURE__ */ new Set();
      const bare2 = (p) => p.replace(/\*$/, "");
      const revoke = [...hp].filter((p) => !wp.has(p)).map(bare2).filter((p) => ![...wp].some((x) => bare2(x) === p));
      const revokeOption = [...hp].filter((p) => p.endsWith("*") && wp.has(bare2(p)));
      const grant = [...wp].filter((p) => !hp.has(p));
      const who = g === "PUBLIC" ? "PUBLIC" : qi(g);
      if (revoke.length) emit(`REVOKE ${revoke.join(", ")} ON ${on} FROM ${who}`);
      if (revokeOption.length) emit(`REVOKE GRANT OPTION FOR ${revokeOption.map(bare2).join(", ")} ON ${on} FROM ${who}`);
      const plain = grant.filter((p) => !p.endsWith("*"));
      const withOpt = grant.filter((p) => p.endsWith("*")).map(bare2);
      if (plain.length) emit(`GRANT ${plain.join(", ")} ON ${on} TO ${who}`);
      if (withOpt.length) emit(`GRANT ${withOpt.join(", ")} ON ${on} TO ${who} WITH GRANT OPTION`);
    }
  }
  const statements = out.filter((o) => o.sql && !o.sql.startsWith("--")).map((o) => o.sql);
  const body = out.map((o) => {
    const note = o.note ? `-- NOTE: ${o.note}
` : "";
    if (!o.sql) return note.trimEnd();
    return `${note}${o.sql.startsWith("--") ? o.sql : /\$[A-Za-z_]*\$/.test(o.sql) || o.sql.endsWith(";") ? `${o.sql}${o.sql.endsWith(";") ? "" : ";"}` : `${o.sql};`}`;
  });
  const header2 = [
    "-- Rollback generated by pgreview from the catalog before and after the changed migrations.",
    "-- It undoes them as a whole, newest dependency first. Review it like any migration.",
    ...backups.length ? ["--", "-- Before deploying the PR, keep what it destroys (run these first, and keep the copies until the deploy is final):", ...backups.map((b) => `--   ${b}`)] : [],
    ...caveats.length ? ["--", "-- Not undone exactly:", ...caveats.map((c) => `--   * ${c}`)] : []
  ];
  const sql = statements.length || caveats.length ? [...header2, "", ...input.transactional ? ["BEGIN;", ""] : [], ...body, ...input.transactional ? ["", "COMMIT;"] : [], ""].join("\n") : `${header2[0]}
-- The changed migrations left the catalog as it was: there is nothing to roll back.
`;
  return { sql, caveats, backups, statements };
  function columnDef(c, collation, forAdd = false) {
    const col = B.columns[c];
    const parts = [lastI(c), col.type];
    if (collation) parts.push(`COLLATE ${collation}`);
    if (col.generated) parts.push(`GENERATED ALWAYS AS (${col.generated}) STORED`);
    else if (col.identity) parts.push(`GENERATED ${col.identity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`);
    else if (col.default != null) parts.push(`DEFAULT ${col.default}`);
    if (col.notNull && !forAdd && !col.identity) parts.push("NOT NULL");
    return parts.join(" ");
  }
}
function typeIs(formatted, name) {
  return formatted === name || formatted === last(name);
}
function paramNames(def) {
  if (!def) return "";
  const m = /^CREATE OR REPLACE (?:FUNCTION|PROCEDURE) [^(]*\(([^)]*)\)/.exec(def);
  return (m?.[1] ?? "").split(",").map((p) => p.trim().split(/\s+/)[0] ?? "").join(",");
}
function aclTarget(kind, name, B) {
  if (kind === "relation") {
    const r = B.relations[name];
    return r ? `${r.kind === "sequence" ? "SEQUENCE" : "TABLE"} ${name}` : void 0;
  }
  if (kind === "function") return B.functions[name] ? `${B.functions[name].kind === "procedure" ? "PROCEDURE" : "FUNCTION"} ${name}` : void 0;
  if (kind === "schema") return `SCHEMA ${name}`;
  if (kind === "type") return `TYPE ${name}`;
  return void 0;
}
function defaultAcl(kind, name, B, creator, owner) {
  const r = B.relations[name];
  const objtype = kind === "relation" ? r?.kind === "sequence" ? "S" : "r" : kind === "function" ? "f" : kind === "type" ? "T" : kind === "schema" ? "n" : "";
  const schema = kind === "schema" ? "" : splitName2(name.replace(/\(.*$/s, ""))[0];
  const global2 = B.defs.defaultAcls[`${creator}|${""}|${objtype}`];
  const inSchema = kind === "schema" ? [] : B.defs.defaultAcls[`${creator}|${schema}|${objtype}`] ?? [];
  const base = global2 ?? builtinAcl(kind, name, B, creator);
  const moved = owner && owner !== creator ? base.map((e) => e.startsWith(`${creator}=`) ? `${owner}${e.slice(creator.length)}` : e) : base;
  return [.../* @__PURE__ */ new Set([...moved, ...inSchema])];
}
function builtinAcl(kind, name, B, owner) {
  const o = owner ?? "";
  const r = B.relations[name];
  if (kind === "relation") {
    if (r?.kind === "sequence") return ["SELECT", "UPDATE", "USAGE"].map((p) => `${o}=${p}`);
    const privs = ["DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE", ...B.serverVersionNum >= 17e4 ? ["MAINTAIN"] : []];
    return privs.map((p) => `${o}=${p}`);
  }
  if (kind === "function") return [`${o}=EXECUTE`, "PUBLIC=EXECUTE"];
  if (kind === "schema") return [`${o}=CREATE`, `${o}=USAGE`];
  if (kind === "type") return [`${o}=USAGE`, "PUBLIC=USAGE"];
  return [];
}
function catalogDifferences(base, now) {
  const d = diffCatalog(base, now);
  const out = [
    ...d.created.map((o) => `${o.kind} ${o.name} is left over${o.detail ? ` (${o.detail})` : ""}`),
    ...d.dropped.map((o) => `${o.kind} ${o.name} is missing${o.detail ? ` (${o.detail})` : ""}`),
    ...d.altered.map((o) => `${o.kind} ${o.name} differs${o.detail ? ` (${o.detail})` : ""}`)
  ];
  const cmp = (label, a, b, only) => {
    for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (only && !only(k)) continue;
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${label} ${k}: ${k in b ? k in a ? "differs" : "is left over" : "is missing"}`);
    }
  };
  const both = (k) => k in base.relations && k in now.relations;
  cmp("view definition of", base.defs.views, now.defs.views, both);
  cmp("definition of", base.defs.types, now.defs.types);
  cmp("sequence", base.defs.sequences, now.defs.sequences, both);
  cmp("comment on", base.defs.comments, now.defs.comments);
  cmp("privileges on", base.defs.acls, now.defs.acls, (k) => k in base.defs.acls && k in now.defs.acls);
  return out;
}
function asMigrationRoleRuns(sql) {
  let m = /^DROP EXTENSION IF EXISTS ("?)([\w$-]+)\1$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2])) return `select pgreview_admin.drop_extension(${lit2(m[2])})`;
  m = /^CREATE EXTENSION IF NOT EXISTS ("?)([\w$-]+)\1 WITH SCHEMA (\S+) VERSION '([^']*)'$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2])) return `select pgreview_admin.create_extension(${lit2(m[2])}, ${lit2(splitName2(m[3])[0])}, ${lit2(m[4])}, true)`;
  return sql;
}
async function proveRollback(main, gen, base, opts) {
  const role = opts.session.role;
  const x = opts.session.db ?? main;
  const sessionAuth = !!role && !opts.session.db;
  const rollbackOnly = main.rollbackOnly;
  const t = { timeoutMs: opts.timeoutMs };
  const sessionUser = sessionAuth ? (await main.query("select session_user::text as su", void 0, t)).rows[0].su : "";
  if (sessionAuth) await main.query(`set session authorization ${q2(role)}`, void 0, t);
  let error;
  const how = rollbackOnly ? "in a savepoint (url engine: everything is rolled back)" : opts.transactional ? "in one transaction" : "statement by statement, outside a transaction";
  try {
    const wrap = rollbackOnly || opts.transactional;
    const sp = "pgreview_rollback_proof";
    if (wrap) await x.query(rollbackOnly ? `savepoint ${sp}` : "begin", void 0, t);
    try {
      for (const s of gen.statements) {
        try {
          const sql = s.startsWith("SET LOCAL") && !wrap ? s.replace("SET LOCAL", "SET") : s;
          await x.exec(role ? asMigrationRoleRuns(sql) : sql, t);
        } catch (e) {
          const d = DbError.from(e);
          throw new DbError(`${d.message} — at: ${s.split("\n")[0].slice(0, 160)}`, { code: d.code });
        }
      }
      if (wrap && !rollbackOnly) await x.query("commit", void 0, t);
    } catch (e) {
      if (wrap && x.alive) await x.exec(rollbackOnly ? `rollback to savepoint ${sp}` : "rollback", t).catch(() => void 0);
      throw e;
    }
    const now = await snapshotCatalog(x, { timeoutMs: Math.max(opts.timeoutMs, 6e4) });
    const differences = catalogDifferences(base, now);
    if (rollbackOnly) await x.exec(`rollback to savepoint ${sp}; release savepoint ${sp}`, t).catch(() => void 0);
    return {
      verified: differences.length === 0,
      differences,
      proof: `applied after the PR on ${opts.engine} as ${role || "the superuser"}, ${how}; ${differences.length ? `the catalog then differed from the base in ${differences.length} place(s)` : "the catalog then matched the base"}`
    };
  } catch (e) {
    error = e.message;
    return { verified: false, differences: [`the rollback failed: ${error}`], error, proof: `applied after the PR on ${opts.engine} as ${role || "the superuser"}, ${how}; it failed` };
  } finally {
    if (sessionAuth && main.alive) await main.query(`set session authorization ${qi(sessionUser)}`, void 0, t).catch(() => void 0);
  }
}
async function rollbackFor(input) {
  const { trace, db } = input;
  const changed = input.up.filter((s) => s.migration.status !== "base");
  const notProven = (why, gen2) => ({
    sql: gen2?.sql ?? "",
    verified: false,
    caveats: gen2?.caveats ?? [],
    differences: [],
    backups: gen2?.backups ?? [],
    proof: `not proven: ${why}`
  });
  if (!trace.before || !trace.after) return notProven(trace.stopped ?? "the catalog could not be read before and after the changed migrations");
  const failed = trace.migrations.filter((m) => m.status !== "base" && m.applied === "failed");
  const transactional = changed.every((p) => {
    const ownTx = p.statements.some((st) => ["begin", "commit", "rollback"].includes(transactionControl(st.kind, st.node) ?? ""));
    return runnerWraps2(p.migration, p.statements.length, ownTx) && !p.statements.some((st) => cannotRunInTransaction(st.kind, st.node, trace.before.serverVersionNum));
  });
  const role = trace.role;
  const gen = generateRollback({
    before: trace.before,
    after: trace.after,
    changed: changed.map((source2) => ({ source: source2, trace: trace.migrations.find((m) => m.file === source2.source.file && m.trace)?.trace })),
    transactional,
    role: role || "postgres"
  });
  if (failed.length) return notProven(`${failed.map((m) => m.file).join(", ")} did not apply on the review engine, so the rollback undoes only what did`, gen);
  if (!db.alive) return notProven("the engine stopped before the rollback could be applied", gen);
  const own = role && input.engine.connectAs && !db.rollbackOnly ? await input.engine.connectAs(role).catch(() => void 0) : void 0;
  try {
    const proven = await proveRollback(db, gen, trace.before, {
      session: { role, db: own },
      transactional,
      timeoutMs: input.settings.statementTimeoutMs,
      engine: input.engine.describe().id
    });
    return { sql: gen.sql, caveats: gen.caveats, backups: gen.backups, ...proven };
  } finally {
    await own?.close().catch(() => void 0);
  }
}
function mergeRollbacks(list2) {
  if (list2.length === 0) return void 0;
  if (list2.length === 1) return list2[0].report;
  const label = (h) => h ? `database ${h}` : "default database";
  return {
    sql: list2.map((r) => `-- ==== ${label(r.history)} ====
${r.report.sql}`).join("\n"),
    verified: list2.every((r) => r.report.verified),
    caveats: list2.flatMap((r) => r.report.caveats.map((c) => `${label(r.history)}: ${c}`)),
    differences: list2.flatMap((r) => r.report.differences.map((d) => `${label(r.history)}: ${d}`)),
    backups: list2.flatMap((r) => r.report.backups),
    proof: list2.map((r) => `${label(r.history)}: ${r.report.proof}`).join("; "),
    error: list2.find((r) => r.report.error)?.report.error
  };
}
function offerRollback(findings, rollback, files) {
  for (const f of findings) {
    if (f.ruleId !== "down-migration-incomplete" || !files.has(f.file)) continue;
    const what = rollback.verified ? "a rollback that pgreview generated and verified on the review engine" : "a rollback that pgreview generated (not verified: see its differences)";
    f.fix = { ...f.fix ?? { description: "" }, description: `${f.fix?.description ? `${f.fix.description} ` : ""}Or start from ${what}: it is in the Rollback section of this review and in the JSON report (rollback.sql).` };
    f.evidence = { ...f.evidence, generatedRollback: { verified: rollback.verified, sql: rollback.sql } };
  }
}
function rollbackFileText(report2) {
  const r = report2.rollback;
  if (!r) return "-- pgreview generated no rollback: the changed migrations were not applied on a review engine (static review, or nothing changed).\n";
  const status = r.verified ? `-- Verified: ${r.proof}.` : `-- NOT verified: ${r.proof}.${r.differences.length ? `
-- Still different after it:
${r.differences.slice(0, 20).map((d) => `--   ${d}`).join("\n")}` : ""}`;
  return `${status}
${r.sql}`;
}

// src/stats/format.ts
var STATS_FORMAT = "pgreview-stats";
var STATS_VERSION = 1;
var MIGRATION_SETTINGS = [
  "autovacuum",
  "default_transaction_isolation",
  "deadlock_timeout",
  "idle_in_transaction_session_timeout",
  "lock_timeout",
  "maintenance_work_mem",
  "max_locks_per_transaction",
  "max_parallel_maintenance_workers",
  "max_wal_size",
  "shared_buffers",
  "statement_timeout",
  "wal_level",
  "work_mem"
];
function stableJson(value) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      const out = {};
      for (const k of Object.keys(v).sort()) {
        const x = v[k];
        if (x !== void 0) out[k] = sort(x);
      }
      return out;
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}
`;
}

// src/stats/collect.ts
var STATS_DEFAULTS = { statementTimeoutMs: 5e3, lockTimeoutMs: 1e3, callTimeoutMs: 15e3 };
var RELKIND2 = { r: "table", p: "partitioned table", m: "materialized view" };
var StatsError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "StatsError";
  }
};
async function collectStatsFromUrl(url, opts = {}) {
  const callTimeoutMs = opts.callTimeoutMs ?? STATS_DEFAULTS.callTimeoutMs;
  let db;
  try {
    db = await PgDatabase.connect({ engine: "url", config: { connectionString: url, application_name: "pgreview stats" }, defaultTimeoutMs: callTimeoutMs });
  } catch (e) {
    throw new StatsError(`could not connect to the stats database: ${scrub(e.message, url)}`);
  }
  try {
    return await collectStats(db, opts);
  } catch (e) {
    throw new StatsError(`reading statistics failed: ${scrub(e.message, url)}`);
  } finally {
    await db.query("rollback").catch(() => void 0);
    await db.close().catch(() => void 0);
  }
}
function scrub(message, url) {
  let out = message.split(url).join("<stats url>");
  try {
    const pw = decodeURIComponent(new URL(url).password);
    if (pw) out = out.split(pw).join("***");
  } catch {
  }
  return out;
}
async function collectStats(db, opts = {}) {
  const st = opts.statementTimeoutMs ?? STATS_DEFAULTS.statementTimeoutMs;
  const lt = opts.lockTimeoutMs ?? STATS_DEFAULTS.lockTimeoutMs;
  const call = { timeoutMs: opts.callTimeoutMs ?? STATS_DEFAULTS.callTimeoutMs };
  await db.query("begin", void 0, call);
  await db.query("set transaction read only", void 0, call);
  await db.query(`set local statement_timeout = ${Math.round(st)}`, void 0, call);
  await db.query(`set local lock_timeout = ${Math.round(lt)}`, void 0, call);
  const run2 = async (sql) => (await db.query(sql, void 0, call)).rows;
  const [session] = await run2(
    `select current_user as role, current_database() as db, current_setting('transaction_read_only') as ro,
            current_setting('statement_timeout') as st, current_setting('lock_timeout') as lt,
            split_part(current_setting('server_version'), ' ', 1) as version, current_setting('server_version_num') as num,
            current_setting('block_size') as bs`
  );
  const blockSize = Number(session.bs);
  const settings = {};
  for (const r of await run2(
    `select name, reset_val, unit from pg_settings where name in (${MIGRATION_SETTINGS.map((s) => `'${s}'`).join(", ")})`
  )) {
    settings[r.name] = r.unit ? { value: r.reset_val, unit: r.unit } : { value: r.reset_val };
  }
  const catalog = await snapshotCatalog(db, call);
  const relationsOut = {};
  for (const [name, { oid: _oid, relfilenode: _rfn, ...rest }] of Object.entries(catalog.relations)) relationsOut[name] = rest;
  const relations = {};
  const byOid = /* @__PURE__ */ new Map();
  const rows2 = await run2(`
    select c.oid::int8 as oid, n.nspname, c.relname, c.relkind::text as relkind, c.reltuples::float8 as reltuples, c.relpages::int8 as relpages,
           coalesce(t.relpages, 0)::int8 as toast_pages,
           coalesce((select sum(ic.relpages) from pg_index x join pg_class ic on ic.oid = x.indexrelid where x.indrelid = c.oid), 0)::int8 as index_pages,
           coalesce(s.n_live_tup, 0)::int8 as live, coalesce(s.n_dead_tup, 0)::int8 as dead,
           coalesce(s.n_tup_ins, 0)::int8 as ins, coalesce(s.n_tup_upd, 0)::int8 as upd, coalesce(s.n_tup_del, 0)::int8 as del,
           greatest(s.last_analyze, s.last_autoanalyze) as analyzed
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      left join pg_class t on t.oid = c.reltoastrelid
      left join pg_stat_all_tables s on s.relid = c.oid
     where c.relkind in ('r', 'p', 'm') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`);
  for (const r of rows2) {
    const name = qn(r.nspname, r.relname);
    byOid.set(Number(r.oid), name);
    const [relpages, toast, index] = [Number(r.relpages), Number(r.toast_pages), Number(r.index_pages)];
    relations[name] = {
      kind: RELKIND2[r.relkind] ?? "table",
      // PG 14+ writes -1 for "never analyzed"; older servers write 0 with relpages 0.
      reltuples: Number(r.reltuples) < 0 || Number(r.reltuples) === 0 && relpages === 0 && r.analyzed == null ? null : Math.round(Number(r.reltuples)),
      relpages,
      tableBytes: relpages * blockSize,
      toastBytes: toast * blockSize,
      indexBytes: index * blockSize,
      totalBytes: (relpages + toast + index) * blockSize,
      liveTuples: Number(r.live),
      deadTuples: Number(r.dead),
      inserted: Number(r.ins),
      updated: Number(r.upd),
      deleted: Number(r.del),
      analyzedAt: r.analyzed ? new Date(r.analyzed).toISOString() : void 0
    };
  }
  const parts = await run2(`select inhparent::int8 as parent, inhrelid::int8 as child from pg_inherits`);
  const childrenOf = /* @__PURE__ */ new Map();
  for (const p of parts) {
    const parent = byOid.get(Number(p.parent));
    const child = byOid.get(Number(p.child));
    if (parent && child) childrenOf.set(parent, [...childrenOf.get(parent) ?? [], child]);
  }
  const sumInto = (name, seen = /* @__PURE__ */ new Set()) => {
    const f = relations[name];
    if (f.kind !== "partitioned table" || seen.has(name)) return f;
    seen.add(name);
    const kids = (childrenOf.get(name) ?? []).map((c) => sumInto(c, seen));
    const add2 = (k) => kids.reduce((s, x) => s + (Number(x[k]) || 0), Number(f[k]) || 0);
    const known = kids.filter((k) => k.reltuples !== null);
    Object.assign(f, {
      reltuples: known.length ? known.reduce((s, k) => s + k.reltuples, 0) : null,
      relpages: add2("relpages"),
      tableBytes: add2("tableBytes"),
      toastBytes: add2("toastBytes"),
      indexBytes: add2("indexBytes"),
      totalBytes: add2("totalBytes"),
      liveTuples: add2("liveTuples"),
      deadTuples: add2("deadTuples"),
      inserted: add2("inserted"),
      updated: add2("updated"),
      deleted: add2("deleted")
    });
    return f;
  };
  for (const name of Object.keys(relations)) sumInto(name);
  const indexes = {};
  for (const r of await run2(`
    select n.nspname, ic.relname as index, t.relname as table, ic.relpages::int8 as relpages
      from pg_index x join pg_class ic on ic.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "t.oid")}`)) {
    indexes[qn(r.nspname, r.index)] = { table: qn(r.nspname, r.table), relpages: Number(r.relpages), bytes: Number(r.relpages) * blockSize };
  }
  return {
    format: STATS_FORMAT,
    version: STATS_VERSION,
    tool: `pgreview ${opts.toolVersion ?? ""}`.trim(),
    collectedAt: (opts.now ?? /* @__PURE__ */ new Date()).toISOString(),
    server: { version: session.version, versionNum: Number(session.num), blockSize },
    session: { role: session.role, database: session.db, readOnly: session.ro === "on", statementTimeout: session.st, lockTimeout: session.lt },
    writeAccess: await writeAccess(run2),
    settings,
    relations,
    indexes,
    catalog: { ...catalog, relations: relationsOut }
  };
}
async function writeAccess(run2) {
  const [r] = await run2(`
    select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
           has_database_privilege(current_database(), 'CREATE') as db_create,
           array(select n.nspname::text from pg_namespace n where ${USER_NS} and has_schema_privilege(n.oid, 'CREATE') order by 1) as schemas,
           array(select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where c.relkind in ('r', 'p') and ${USER_NS}
                    and (has_table_privilege(c.oid, 'INSERT') or has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE') or has_table_privilege(c.oid, 'TRUNCATE'))
                  order by 1) as tables
      from pg_roles r where r.rolname = current_user`);
  const out = [];
  if (!r) return ["the current role was not found in pg_roles"];
  if (r.rolsuper) out.push("superuser");
  if (r.rolbypassrls) out.push("BYPASSRLS");
  if (r.rolcreaterole) out.push("CREATEROLE");
  if (r.rolcreatedb) out.push("CREATEDB");
  if (r.db_create) out.push("CREATE on the database");
  if (r.schemas?.length) out.push(`CREATE on schema ${r.schemas.join(", ")}`);
  const tables = r.tables ?? [];
  if (tables.length) out.push(`INSERT/UPDATE/DELETE/TRUNCATE on ${tables.length} table(s) (${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ", …" : ""})`);
  return out;
}

// src/sql/parse.ts
var pgQuery2 = __toESM(require_wasm(), 1);
var pgParser3 = __toESM(require_wasm2(), 1);

// src/sql/text.ts
var SourceMap = class {
  constructor(text, firstLine = 1) {
    this.firstLine = firstLine;
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      this.byteToCharTable = null;
      this.byteLength = text.length;
    } else {
      const bytes = Buffer.byteLength(text, "utf8");
      const table2 = new Uint32Array(bytes + 1);
      let b = 0;
      for (let i = 0; i < text.length; i++) {
        const code2 = text.codePointAt(i);
        const n = code2 < 128 ? 1 : code2 < 2048 ? 2 : code2 < 65536 ? 3 : 4;
        for (let k = 0; k < n; k++) table2[b + k] = i;
        b += n;
        if (code2 >= 65536) i++;
      }
      table2[b] = text.length;
      this.byteToCharTable = table2;
      this.byteLength = bytes;
    }
  }
  firstLine;
  text;
  lineStarts;
  /** byteToChar[i] = JS string offset of byte i; null when the text is pure ASCII (identity). */
  byteToCharTable;
  byteLength;
  byteToChar(byte) {
    if (!this.byteToCharTable) return Math.min(byte, this.text.length);
    return this.byteToCharTable[Math.min(Math.max(byte, 0), this.byteLength)];
  }
  /** 1-based line and column (in characters) of a JS string offset. */
  position(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + this.firstLine, column: offset - this.lineStarts[lo] + 1 };
  }
  /** The line (1-based, in file numbering) of a byte offset; AST nodes carry byte locations. */
  lineOfByte(byte) {
    return this.position(this.byteToChar(byte)).line;
  }
};
function skipTrivia(text, pos, end = text.length) {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 65279) {
      i++;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? end : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      let depth = 1;
      i += 2;
      while (i < end && depth > 0) {
        if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
          depth++;
          i += 2;
        } else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
          depth--;
          i += 2;
        } else i++;
      }
    } else break;
  }
  return Math.min(i, end);
}
function trimEnd(text, start, end) {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

// src/sql/parse.ts
var loaded;
function loadParser() {
  loaded ??= Promise.all([pgQuery2.loadModule(), pgParser3.loadModule()]).then(() => void 0);
  return loaded;
}
var IGNORE_RE = /pgreview-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*?))?\s*(?:\*\/)?\s*$/;
function scanComments(text, map) {
  if (!text.includes("pgreview-ignore")) return [];
  try {
    const scanned = pgParser3.scanSync(text);
    const out = [];
    for (const t of scanned.tokens) {
      if (t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT") {
        out.push({ start: map.byteToChar(t.start), text: t.text });
      }
    }
    return out;
  } catch {
    return [];
  }
}
function parseIgnore(comment, map) {
  if (!comment.text.includes("pgreview-ignore")) return void 0;
  const body = comment.text.replace(/^--\s*|^\/\*\s*/, "");
  const m = IGNORE_RE.exec(body);
  if (!m) return void 0;
  const line = map.position(comment.start).line;
  return m[2].split(/\s*,\s*/).map((ruleId) => ({
    ruleId,
    reason: (m[3] ?? "").trim(),
    line,
    scope: m[1] ? "file" : "statement",
    used: false
  }));
}
var TEMPLATE_RE = /\{\{[\s\S]*?\}\}/;
function looksBinary(text) {
  return text.includes("\0");
}
function parsePlpgsql(kind, node, sql) {
  if (kind === "CreateFunctionStmt") {
    const lang = (node.options ?? []).find((o) => o.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval;
    if (lang && lang.toLowerCase() !== "plpgsql") return void 0;
    if (!lang) return void 0;
  } else if (kind === "DoStmt") {
    const lang = (node.args ?? []).find((o) => o.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval;
    if (lang && lang.toLowerCase() !== "plpgsql") return void 0;
  } else return void 0;
  try {
    return pgParser3.parsePlPgSQLSync(sql + ";");
  } catch {
    return void 0;
  }
}
function parseChunk(text, chunkStart, chunkEnd, map) {
  const chunk = text.slice(chunkStart, chunkEnd);
  try {
    const tree = pgQuery2.parseSync(chunk);
    const chunkMap = chunk === text ? map : new SourceMap(chunk);
    const stmts = (tree.stmts ?? []).map((s) => {
      const [kind] = Object.keys(s.stmt);
      const locByte = s.stmt_location ?? 0;
      const startChar = chunkMap.byteToChar(locByte);
      const endChar = s.stmt_len != null ? chunkMap.byteToChar(locByte + s.stmt_len) : chunk.length;
      const locate = (byteLocation) => map.position(chunkStart + chunkMap.byteToChar(byteLocation));
      return { kind, node: s.stmt[kind], start: chunkStart + startChar, end: chunkStart + endChar, locate };
    });
    return { stmts };
  } catch (e) {
    const cursor = e?.sqlDetails?.cursorPosition ?? 0;
    return { stmts: [], error: { message: String(e?.message ?? e), at: chunkStart + Math.max(0, cursor) } };
  }
}
function splitStatements(text, map) {
  try {
    const tokens = pgParser3.scanSync(text).tokens;
    const out = [];
    let start = 0;
    for (const t of tokens) {
      if (t.text === ";") {
        const end = map.byteToChar(t.end);
        out.push([start, end]);
        start = end;
      }
    }
    if (skipTrivia(text, start) < text.length) out.push([start, text.length]);
    return out;
  } catch {
    return [[0, text.length]];
  }
}
function parseSource(source2, opts) {
  const text = source2.text.charCodeAt(0) === 65279 ? " " + source2.text.slice(1) : source2.text;
  const map = new SourceMap(text, source2.startLine);
  const result = {
    source: source2,
    migration: opts.migration,
    direction: opts.direction,
    statements: [],
    fileIgnores: [],
    errors: [],
    invalidIgnores: []
  };
  const fail = (error) => {
    result.errors.push(error);
    result.error ??= error;
  };
  if (looksBinary(text)) {
    const at = map.position(text.indexOf("\0"));
    fail({ message: "the file contains NUL bytes: it is binary, not SQL", line: at.line, column: at.column, reason: "binary" });
    return result;
  }
  if (skipTrivia(text, 0) >= text.length) {
    collectTrailingIgnores(scanComments(text, map), 0, map, result);
    return result;
  }
  let chunks = [];
  const whole = parseChunk(text, 0, text.length, map);
  if (!whole.error) {
    chunks = whole.stmts;
  } else if (TEMPLATE_RE.test(text)) {
    const idx = text.search(TEMPLATE_RE);
    const at = map.position(idx);
    const snippet = TEMPLATE_RE.exec(text)[0].slice(0, 60);
    fail({
      message: `this file is a template, not SQL (${snippet}): the migration tool renders it before running, so pgreview cannot review it as written`,
      line: at.line,
      column: at.column,
      reason: "template"
    });
    return result;
  } else {
    for (const [s, e] of splitStatements(text, map)) {
      const part = parseChunk(text, s, e, map);
      if (part.error) {
        const at = map.position(Math.min(part.error.at, text.length));
        fail({ message: part.error.message, line: at.line, column: at.column, reason: "syntax" });
      } else chunks.push(...part.stmts);
    }
  }
  const comments = scanComments(text, map);
  let commentIdx = 0;
  let prevEnd = 0;
  for (const c of chunks) {
    const start = skipTrivia(text, Math.max(c.start, prevEnd), c.end);
    const end = trimEnd(text, start, c.end);
    const sql = text.slice(start, end);
    const from = map.position(start);
    const to = map.position(Math.max(start, end - 1));
    const ignores = [];
    const previous = result.statements[result.statements.length - 1];
    while (commentIdx < comments.length && comments[commentIdx].start < c.end) {
      const comment = comments[commentIdx];
      const parsed = parseIgnore(comment, map);
      const target = previous && comment.start < start && map.position(comment.start).line === previous.span.endLine ? previous.ignores : ignores;
      for (const ig of parsed ?? []) {
        if (!ig.reason) result.invalidIgnores.push(ig);
        else if (ig.scope === "file") result.fileIgnores.push(ig);
        else target.push(ig);
      }
      commentIdx++;
    }
    result.statements.push({
      index: result.statements.length,
      file: source2.file,
      migrationId: opts.migration.id,
      direction: opts.direction,
      kind: c.kind,
      node: c.node,
      sql,
      span: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1, start, end },
      plpgsql: parsePlpgsql(c.kind, c.node, sql),
      ignores
    });
    Object.defineProperty(result.statements[result.statements.length - 1], "locate", { value: c.locate, enumerable: false });
    prevEnd = c.end;
  }
  collectTrailingIgnores(comments.slice(commentIdx), prevEnd, map, result);
  return result;
}
function collectTrailingIgnores(comments, lastEnd, map, result) {
  const last2 = result.statements[result.statements.length - 1];
  for (const comment of comments) {
    for (const ig of parseIgnore(comment, map) ?? []) {
      if (!ig.reason) result.invalidIgnores.push(ig);
      else if (ig.scope === "file") result.fileIgnores.push(ig);
      else if (last2 && comment.start >= lastEnd && map.position(comment.start).line === last2.span.endLine) last2.ignores.push(ig);
      else result.invalidIgnores.push(ig);
    }
  }
}

// src/migrations/index.ts
import * as fs3 from "node:fs";
import * as path8 from "node:path";

// src/migrations/dbmate.ts
var UP_RE = /^--\s*migrate:up(\s*$|\s+\S+)/m;
var DOWN_RE = /^--\s*migrate:down(\s*$|\s+\S+)$/m;
function hasDbmateMarker(text) {
  return UP_RE.test(text);
}
function lineAt2(text, offset) {
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
    startLine: lineAt2(text, start),
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
    problems.push({ reason: "format", line: lineAt2(text, up.index), message: "dbmate requires a '-- migrate:down' block (it may be empty): it rejects the file" });
    const upSrc2 = section(up.index, text.length);
    return { up: upSrc2, upOptions: options(upSrc2.text), downOptions: "", problems };
  }
  if (down.index < up.index) {
    problems.push({ reason: "format", line: lineAt2(text, down.index), message: "dbmate requires '-- migrate:up' to appear before '-- migrate:down'" });
    const upSrc2 = section(up.index, text.length);
    return { up: upSrc2, upOptions: options(upSrc2.text), downOptions: "", problems };
  }
  const upSrc = section(up.index, down.index);
  const downSrc = section(down.index, text.length);
  return { up: upSrc, down: downSrc, upOptions: options(upSrc.text), downOptions: options(downSrc.text), problems };
}

// src/migrations/discover.ts
import * as fs2 from "node:fs";
import * as path6 from "node:path";

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
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return Buffer.compare(ba, bb);
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
import * as fs from "node:fs";
import * as path5 from "node:path";
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
  const rel2 = path5.relative(parent, child);
  return rel2 === "" || !rel2.startsWith("..") && !path5.isAbsolute(rel2);
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
function readSqlFile(abs, repoRoot) {
  const out = { abs, text: "", bytes: 0, bom: false, problems: [] };
  let st;
  try {
    st = fs.lstatSync(abs);
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
  return path6.relative(ctx.repoRoot, abs).split(path6.sep).join("/");
}
function read(ctx, abs) {
  let r = ctx.reads.get(abs);
  if (!r) {
    r = readSqlFile(abs, ctx.repoRoot);
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
  for (const d of dirents) {
    const abs = path6.join(dirAbs, d.name);
    const r = rel(ctx, abs);
    const glob = matchesAny(r, ctx.settings.exclude);
    if (glob) {
      ctx.skipped.push({ path: r, reason: `excluded by "${glob}"` });
      continue;
    }
    if (d.isSymbolicLink()) {
      let isDir = false;
      try {
        isDir = fs2.statSync(abs).isDirectory();
      } catch {
      }
      if (isDir) {
        ctx.skipped.push({ path: r, reason: "symbolic link to a folder: not followed" });
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
function plural2(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}
function detect(ctx, dirAbs, entries, forced) {
  const files = entries.filter((e) => !e.dir);
  const sql = files.filter((e) => SQL_RE.test(e.name));
  const dirs = entries.filter((e) => e.dir);
  const prismaDirs = dirs.filter((d) => PRISMA_DIR.test(d.name) && fs2.existsSync(path6.join(d.abs, "migration.sql")));
  const dieselDirs = dirs.filter((d) => DIESEL_DIR.test(d.name) && fs2.existsSync(path6.join(d.abs, "up.sql")));
  const lock = files.some((f) => f.name === "migration_lock.toml");
  const journal = fs2.existsSync(path6.join(dirAbs, "meta", "_journal.json"));
  const n = sql.length;
  if (forced) return detectForced(forced, sql);
  if (prismaDirs.length > 0 && (lock || prismaDirs.length >= dieselDirs.length)) {
    return {
      key: "prisma",
      tool: "Prisma Migrate",
      layout: "prisma",
      reason: `found ${plural2(prismaDirs.length, "folder")} named <timestamp>_name/migration.sql${lock ? " with migration_lock.toml" : ""}: Prisma Migrate`
    };
  }
  if (dieselDirs.length > 0) {
    return { key: "diesel", tool: "Diesel", layout: "diesel", reason: `found ${plural2(dieselDirs.length, "folder")} named <version>_name/ holding up.sql (and down.sql): Diesel` };
  }
  if (n === 0 && !journal) return void 0;
  const popx = files.filter((f) => {
    const m = POPX_RE.exec(f.name);
    return m && (m[3] && (POPX_DIALECTS[m[3].slice(1)] || m[3] === ".autocommit") || m[4] || m[6] === "fizz");
  }).length;
  if (popx > 0) {
    return { key: "popx", tool: "ory/popx", layout: "popx", reason: `found ${plural2(popx, "file")} named <version>_name.<dialect|autocommit>.up.sql: ory/popx (Kratos, Keto, Hydra)` };
  }
  const dbmate = sql.filter((f) => hasDbmateMarker(read(ctx, f.abs).text)).length;
  if (dbmate > 0 && dbmate * 2 >= n) {
    return { key: "dbmate", tool: "dbmate", layout: "dbmate", reason: `found ${plural2(n, "file")} of which ${dbmate} have '-- migrate:up' / '-- migrate:down' sections: dbmate` };
  }
  const flyway = sql.filter((f) => FLYWAY_RE.test(f.name)).length;
  if (flyway > 0 && flyway * 2 >= n) {
    return { key: "flyway", tool: "Flyway", layout: "flyway", reason: `found ${plural2(flyway, "file")} named V<version>__name.sql / R__name.sql: Flyway` };
  }
  const updown = sql.filter((f) => UPDOWN_RE.test(f.name));
  if (updown.length > 0 && updown.length * 2 >= n) {
    const authelia = updown.filter((f) => AUTHELIA_RE.test(f.name)).length;
    if (authelia * 2 >= updown.length) {
      return { key: "authelia", tool: "Authelia's migrator", layout: "golang-migrate", reason: `found ${plural2(authelia, "file")} named V<NNNN>.Name.up.sql / .down.sql: Authelia's Go migrator (golang-migrate family)` };
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
        reason: `found ${plural2(updown.length, "file")} named NNNN_name.up.sql / .down.sql${dupes ? ` with ${plural2(dupes, "repeated number")}` : ""}${underscore ? " and _up.sql names" : ""}: maragudk/migrate (golang-migrate family, lexical order)`
      };
    }
    return { key: "golang-migrate", tool: "golang-migrate", layout: "golang-migrate", reason: `found ${plural2(updown.length, "file")} named N_name.up.sql / .down.sql: golang-migrate` };
  }
  const breakpoints = sql.filter((f) => read(ctx, f.abs).text.includes("--> statement-breakpoint")).length;
  if (journal || breakpoints > 0 && sql.every((f) => DRIZZLE_RE.test(f.name))) {
    const why = [journal ? "meta/_journal.json" : "", breakpoints ? `'--> statement-breakpoint' in ${plural2(breakpoints, "file")}` : ""].filter(Boolean).join(" and ");
    return { key: "drizzle", tool: "drizzle-kit", layout: "drizzle", reason: `found ${plural2(n, "file")} named NNNN_name.sql with ${why}: drizzle-kit` };
  }
  const dashed = sql.filter((f) => /^\d+-.+\.sql$/i.test(f.name)).length;
  const marker = sql.some((f) => read(ctx, f.abs).text.includes("-- postgres-migrations"));
  if (dashed > 0 && dashed * 2 >= n || marker) {
    return {
      key: "postgres-migrations",
      tool: "postgres-migrations",
      layout: "postgres-migrations",
      reason: `found ${plural2(n, "file")} named NNNN-name.sql${marker ? " and '-- postgres-migrations' comments" : ""}: postgres-migrations`
    };
  }
  const ts = sql.filter((f) => TS14_RE.test(f.name)).length;
  const inSupabase = /(^|[\\/])supabase[\\/]migrations$/.test(dirAbs);
  if (ts > 0 && ts * 2 >= n || inSupabase) {
    return {
      key: "supabase",
      tool: "the Supabase CLI",
      layout: "supabase",
      reason: `found ${plural2(n, "file")} named <timestamp>_name.sql${inSupabase ? " in supabase/migrations" : ""}: Supabase CLI`
    };
  }
  const numbered = sql.filter((f) => /^\d/.test(f.name)).length;
  return {
    key: "plain",
    tool: "psql",
    layout: "plain",
    reason: `found ${plural2(n, ".sql file")}${numbered ? ` (${numbered} numbered or timestamped)` : ""} and no marker of a known tool: plain SQL, applied in file-name order`
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
  const files = entries.filter((e) => !e.dir);
  const dirs = entries.filter((e) => e.dir);
  const skip = (e, reason) => ctx.skipped.push({ path: rel(ctx, e.abs), reason });
  const tool = det.tool;
  const nonSql = (e) => skip(e, `not a .sql file: ${tool} does not run it`);
  const out = [];
  const id = (stem) => idPrefix + stem;
  switch (det.key) {
    case "prisma":
    case "diesel": {
      const want = det.key === "prisma" ? "migration.sql" : "up.sql";
      for (const f of files) {
        if (det.key === "prisma" && f.name === "migration_lock.toml") skip(f, "Prisma lock file (records the provider), not a migration");
        else nonSql(f);
      }
      for (const d of dirs) {
        const up = path6.join(d.abs, want);
        if (!fs2.existsSync(up)) {
          skip(d, `folder without ${want}: ${tool} does not treat it as a migration`);
          continue;
        }
        if (det.key === "prisma") {
          const { version, name } = splitVersionName(d.name);
          out.push({ id: id(d.name), version, name, up });
        } else {
          const version = d.name.split("_")[0].replace(/-/g, "");
          const name = d.name.slice(d.name.indexOf("_") + 1);
          const down = path6.join(d.abs, "down.sql");
          const meta = path6.join(d.abs, "metadata.toml");
          out.push({
            id: id(d.name),
            version,
            name,
            up,
            down: fs2.existsSync(down) ? down : void 0,
            extra: fs2.existsSync(meta) ? meta : void 0
          });
        }
      }
      if (det.key === "prisma") out.sort((a, b) => byteCompare(a.id, b.id));
      else out.sort((a, b) => byteCompare(a.version, b.version) || byteCompare(a.id, b.id));
      return out;
    }
    case "golang-migrate":
    case "authelia":
    case "maragudk": {
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
      if (det.key === "maragudk") list2.sort((a, b) => byteCompare(path6.basename(a.up), path6.basename(b.up)));
      else list2.sort((a, b) => numericCompare(a.version, b.version));
      return list2;
    }
    case "dbmate": {
      for (const d of dirs) skip(d, `sub-folder: dbmate does not read it`);
      for (const f of files) {
        if (!SQL_RE.test(f.name)) nonSql(f);
        else if (!/^\d+.*\.sql$/.test(f.name)) skip(f, "name does not start with a version number: dbmate does not run it");
        else out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
      }
      return out.sort((a, b) => byteCompare(path6.basename(a.up), path6.basename(b.up)));
    }
    case "flyway": {
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
    case "drizzle": {
      for (const d of dirs) if (d.name !== "meta") skip(d, "sub-folder: drizzle-kit does not read it");
      const sqlFiles = files.filter((f) => SQL_RE.test(f.name));
      for (const f of files) if (!SQL_RE.test(f.name)) nonSql(f);
      const journalPath = path6.join(dirAbs, "meta", "_journal.json");
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
      return out.sort((a, b) => naturalCompare(path6.basename(a.up), path6.basename(b.up)));
    }
    case "postgres-migrations": {
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
    case "popx": {
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
          if (g.dialect === "all") skip(g.e, `replaced by ${path6.basename(pick.e.name)}: popx runs the .postgres. file for this version on PostgreSQL`);
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
    case "supabase": {
      for (const d of dirs) skip(d, "sub-folder: the Supabase CLI reads only the top of supabase/migrations");
      for (const f of files) {
        const m = SUPABASE_RE.exec(f.name);
        if (m) out.push({ id: id(stripSql(f.name)), version: m[1], name: m[2], up: f.abs });
        else if (SQL_RE.test(f.name)) skip(f, "name does not match <timestamp>_name.sql: the Supabase CLI skips it");
        else nonSql(f);
      }
      return out.sort((a, b) => byteCompare(path6.basename(a.up), path6.basename(b.up)));
    }
    default: {
      for (const d of dirs) skip(d, "sub-folder: not read (plain layout reads one folder)");
      for (const f of files) {
        if (SQL_RE.test(f.name)) out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
        else nonSql(f);
      }
      return out.sort((a, b) => naturalCompare(path6.basename(a.up), path6.basename(b.up)));
    }
  }
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
        problems.push({ reason: "unreadable", message: `cannot read ${path6.basename(u.extra)}` });
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
import { execFileSync } from "node:child_process";
import * as path7 from "node:path";
function git(cwd, args) {
  return execFileSync("git", ["-C", cwd, ...args], {
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
    return path7.relative(this.repoRoot, path7.join(this.top, p)).split(path7.sep).join("/");
  }
  toGit(rel2) {
    return path7.relative(this.top, path7.join(this.repoRoot, rel2)).split(path7.sep).join("/");
  }
  mergeBase(base) {
    return gitText(this.repoRoot, ["merge-base", base, "HEAD"]);
  }
  /** Files under `dirAbs` that differ from `rev`, keyed by repo-relative path. */
  changes(rev, dirAbs) {
    const out = /* @__PURE__ */ new Map();
    const spec = path7.relative(this.top, dirAbs).split(path7.sep).join("/") || ".";
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
function holdsMigrations(entries, dirAbs) {
  return entries.some((e) => !e.dir && /\.sql$/i.test(e.name)) || entries.some((e) => e.dir && (fs3.existsSync(path8.join(e.abs, "migration.sql")) || fs3.existsSync(path8.join(e.abs, "up.sql")))) || fs3.existsSync(path8.join(dirAbs, "meta", "_journal.json"));
}
function detectIn(ctx, dirAbs, entries) {
  if (ctx.settings.layout && !holdsMigrations(entries, dirAbs)) return void 0;
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
  return found.filter((p) => p.det.key !== "plain" || !found.some((q4) => q4 !== p && q4.dirAbs.startsWith(p.dirAbs + path8.sep)));
}
function groupHistories(ctx, root, parts) {
  const byParent = /* @__PURE__ */ new Map();
  for (const p of parts) {
    const parent = path8.dirname(p.dirAbs);
    byParent.set(parent, [...byParent.get(parent) ?? [], p]);
  }
  const out = [];
  for (const [parent, ps] of byParent) {
    const init = ps.filter((p) => INIT_RE.test(path8.basename(p.dirAbs)));
    if (ps.length === 2 && init.length === 1) {
      const other = ps.find((p) => p !== init[0]);
      out.push({ name: relTo(root, parent), parts: [init[0], other] });
    } else for (const p of ps) out.push({ name: relTo(root, p.dirAbs), parts: [p] });
  }
  void ctx;
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function relTo(root, abs) {
  return path8.relative(root, abs).split(path8.sep).join("/");
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
    current = fs3.readFileSync(path8.join(ctx.repoRoot, d.upFile));
  } catch {
    return true;
  }
  return !current.equals(baseBlob);
}
async function planMigrations(settings) {
  const dir = path8.resolve(settings.dir);
  const repoRoot = path8.resolve(settings.repoRoot || settings.dir);
  const ctx = {
    settings: { ...settings, exclude: settings.exclude ?? [] },
    repoRoot,
    reads: /* @__PURE__ */ new Map(),
    skipped: [],
    warnings: [],
    lists: /* @__PURE__ */ new Map()
  };
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
      const describe2 = (h) => h.parts.length > 1 ? `${h.name || "."}/ (${h.parts.map((p) => relTo(dir, p.dirAbs) + "/").join(" then ")}; ${main(h).reason})` : `${h.name}/ (${main(h).reason})`;
      if (histories.length === 1) {
        const h = histories[0];
        layoutReason = h.parts.length > 1 ? `${main(h).reason}; ${h.parts.map((p) => relTo(dir, p.dirAbs) + "/").join(" runs before ")}` : `migrations are in ${h.name}/: ${main(h).reason}`;
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
  const drafts = [];
  const historyInfo = [];
  const multi = histories.length > 1;
  for (const h of histories) {
    let count = 0;
    for (const p of h.parts) {
      const sub = relTo(dir, p.dirAbs);
      const idPrefix = sub ? sub + "/" : "";
      const ds = buildHistory(ctx, p.det, p.dirAbs, p.entries, idPrefix, multi ? h.name : void 0);
      count += ds.length;
      drafts.push(...ds);
    }
    if (multi) historyInfo.push({ name: h.name, dir: rel(ctx, path8.join(dir, h.name)), layout: h.parts[h.parts.length - 1].det.layout, migrations: count });
  }
  let changedSource = "all";
  const status = /* @__PURE__ */ new Map();
  const allAdded = () => drafts.forEach((d) => status.set(d, "added"));
  const rewrite = (d, base) => ctx.warnings.push({ path: d.upFile, kind: "history-rewrite", message: `${d.upFile} ${REWRITE.replace("the base branch", base)}` });
  if (settings.changed) {
    changedSource = "flag";
    const changed = new Set(settings.changed.map(normalizeRel));
    const changedDirs = [...changed].map((c) => `${c.replace(/\/+$/, "")}/`);
    let repo;
    let mb;
    if (settings.base) {
      try {
        repo = new GitRepo(repoRoot);
        mb = repo.mergeBase(settings.base);
      } catch (e) {
        repo = void 0;
        ctx.warnings.push({ path: ".", kind: "git", message: `could not find the merge base with ${settings.base} (${errorText(e)}): changed files are treated as added` });
      }
    }
    for (const d of drafts) {
      const touched = d.files.filter((f) => changed.has(f) || changedDirs.some((dir2) => f.startsWith(dir2)));
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
          return !fs3.readFileSync(path8.join(repoRoot, f)).equals(b);
        } catch {
          return true;
        }
      });
      status.set(d, differs ? "modified" : "base");
      if (differs && !d.migration.repeatable && upChanged(ctx, d, baseUp)) rewrite(d, settings.base);
    }
  } else if (settings.base) {
    try {
      const repo = new GitRepo(repoRoot);
      const mb = repo.mergeBase(settings.base);
      const changes = repo.changes(mb, dir);
      changedSource = "git";
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
              message: `${d.upFile} was renamed from ${up.from}, which exists on ${settings.base}: tools that track applied migrations by version or name will run it again where it already ran, or report the old one as missing.`
            });
          }
          continue;
        }
        status.set(d, "modified");
        if (up?.status === "M" && !d.migration.repeatable) {
          const baseUp = repo.show(mb, d.upFile);
          if (baseUp && upChanged(ctx, d, baseUp)) rewrite(d, settings.base);
        }
      }
      for (const [p, c] of changes) {
        if (c.status !== "D" || claimed.has(p) || !/\.sql$/i.test(p) || /(^|[._/])down(\.sql$|[._])/i.test(p)) continue;
        ctx.warnings.push({
          path: p,
          kind: "deleted",
          message: `${p} exists on ${settings.base} and is deleted here: databases where it ran keep its changes, new databases will not get them.`
        });
      }
    } catch (e) {
      ctx.warnings.push({ path: ".", kind: "git", message: `could not diff against ${settings.base} (${errorText(e)}): reviewing every migration as added` });
      changedSource = "all";
      allAdded();
    }
  } else allAdded();
  const migrations = drafts.map((d) => ({ ...d.migration, status: status.get(d) ?? "added" }));
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

// src/analysis/static.ts
import { createHash as createHash2 } from "node:crypto";
function parseMigrations(set) {
  const out = [];
  for (const m of set.migrations) {
    out.push(parseSource(m.up, { migration: m, direction: "up" }));
    if (m.down) out.push(parseSource(m.down, { migration: m, direction: "down" }));
  }
  return out;
}
var AUTH_FUNCS2 = /* @__PURE__ */ new Set(["uid", "jwt", "role", "email"]);
function usesSupabase(settings, set, sources) {
  if (settings.preset) return settings.preset === "supabase";
  if (set.layout === "supabase") return true;
  for (const src of sources) {
    for (const s of src.statements) {
      if (!s.sql.includes("auth.")) continue;
      if (funcCalls(s.node).some((f) => f.schema === "auth" && AUTH_FUNCS2.has(f.name))) return true;
      if (/\bauth\.users\b/i.test(s.sql)) return true;
    }
  }
  return false;
}
function exposedSchemasFor(settings, supabase) {
  if (settings.exposedSchemas) return settings.exposedSchemas;
  if (supabase || settings.preset === "neon") return ["public"];
  return [];
}
function fingerprint(f, stmtSql) {
  const normalizedSql = (stmtSql ?? "").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash2("sha256").update([f.ruleId, f.file, f.object ?? "", normalizedSql].join("\0")).digest("hex").slice(0, 20);
}
function runStatic(settings, set, rules2, sources = parseMigrations(set)) {
  const staticRules = rules2.filter((r) => r.phase === "static" && settings.rules[r.id] !== "off");
  const platformOf = /* @__PURE__ */ new Map();
  for (const key2 of new Set(set.migrations.map((m) => m.history ?? ""))) {
    const layout = set.histories?.find((h) => h.name === key2)?.layout ?? set.layout;
    const own = sources.filter((src) => (src.migration.history ?? "") === key2);
    const isSupabase = usesSupabase(settings, { ...set, layout }, own);
    platformOf.set(key2, { supabase: isSupabase, exposedSchemas: new Set(exposedSchemasFor(settings, isSupabase)) });
  }
  const platform = (history) => platformOf.get(history ?? "") ?? { supabase: false, exposedSchemas: /* @__PURE__ */ new Set() };
  const supabase = [...platformOf.values()].some((p) => p.supabase);
  const exposed = [...new Set([...platformOf.values()].flatMap((p) => [...p.exposedSchemas]))];
  const models = /* @__PURE__ */ new Map();
  const modelFor = (m) => {
    const key2 = m.history ?? "";
    let found = models.get(key2);
    if (!found) models.set(key2, found = new SchemaModel());
    return found;
  };
  const raw = [];
  const reviewed = [];
  const noOps = [];
  const unitOf2 = (m) => m.status === "base" ? "base" : set.changedSource === "all" ? `migration:${m.id}` : "pr";
  const isReviewed = (m) => m.status !== "base";
  const makeReport = (rule, migration, source2) => (input) => {
    raw.push({ stmt: input.stmt, source: source2, finding: toFinding(rule, input, "static", migration?.id) });
  };
  const upChecks = staticRules.filter((rule) => rule.check && (rule.directions ?? ["up"]).includes("up"));
  const downChecks = staticRules.filter((rule) => rule.check && (rule.directions ?? ["up"]).includes("down"));
  const byMigration = /* @__PURE__ */ new Map();
  for (const src of sources) {
    const list2 = byMigration.get(src.migration.id) ?? [];
    list2.push(src);
    byMigration.set(src.migration.id, list2);
  }
  for (const migration of set.migrations) {
    const unit = unitOf2(migration);
    const model = modelFor(migration);
    for (const source2 of byMigration.get(migration.id) ?? []) {
      const review2 = isReviewed(migration);
      const resolve3 = (name) => typeof name === "string" ? model.table(name.includes(".") ? name : `public.${name}`) : model.table(name?.qualified);
      const wrapped = migration.transactional || migration.transactionMode === "implicit" && source2.statements.length > 1;
      const tx = { wrapped, explicit: false, inTransaction: wrapped, lockTimeout: false, statementTimeout: false };
      const ctxBase = {
        settings,
        set,
        migration,
        source: source2,
        model,
        tx,
        statements: source2.statements,
        ...platform(migration.history),
        table: resolve3,
        isExisting: (name) => {
          const t = resolve3(name);
          return !t || t.origin.unit !== unit;
        },
        isNew: (name) => {
          const t = resolve3(name);
          return !!t && t.origin.unit === unit;
        }
      };
      const checks = review2 ? source2.direction === "up" ? upChecks : downChecks : [];
      let current = checks[0];
      const ctx = {
        ...ctxBase,
        report: (input) => {
          raw.push({ stmt: input.stmt, source: source2, finding: toFinding(current, input, "static", migration.id) });
        }
      };
      for (const stmt of source2.statements) {
        const noOp = source2.direction === "up" ? model.noOp(stmt) : void 0;
        if (noOp) {
          if (review2) noOps.push({ stmt, reason: noOp });
          updateTx(tx, stmt);
          continue;
        }
        if (review2) {
          if (source2.direction === "up") reviewed.push({ stmt, migration });
          for (const rule of checks) {
            current = rule;
            try {
              rule.check(stmt, ctx);
            } catch (e) {
              raw.push({
                stmt,
                source: source2,
                finding: internalError(rule.id, stmt, e)
              });
            }
          }
        }
        updateTx(tx, stmt);
        if (source2.direction === "up") {
          const origin = { phase: review2 ? "pr" : "base", migrationId: migration.id, unit, statement: stmt };
          model.apply(stmt, origin);
        }
      }
    }
  }
  const finishCtx = (rule, history, model) => ({
    settings,
    set,
    model,
    reviewed: reviewed.filter((r) => (r.migration.history ?? "") === history),
    ...platform(history),
    sources,
    migrations: set.migrations,
    createdInReview: (t) => t.origin.phase === "pr",
    report: makeReport(rule, void 0, void 0)
  });
  if (models.size === 0) modelFor({ history: void 0 });
  for (const [history, model] of models) {
    const historySources = sources.filter((s) => (s.migration.history ?? "") === history);
    for (const rule of staticRules) {
      if (!rule.finish) continue;
      try {
        const migrations = set.migrations.filter((m) => (m.history ?? "") === history);
        rule.finish({ ...finishCtx(rule, history, model), sources: historySources, migrations });
      } catch (e) {
        const anyStmt = reviewed[0]?.stmt;
        if (anyStmt) raw.push({ stmt: anyStmt, finding: internalError(rule.id, anyStmt, e) });
      }
    }
  }
  const findings = [];
  const suppressed = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { finding, stmt } of raw) {
    const full = finalizeFinding(settings, stmt ? withDisplayNames(finding, stmt) : finding, stmt?.sql, seen);
    const ignore = findIgnore(full, stmt, sources);
    if (ignore) {
      ignore.used = true;
      suppressed.push({ ...full, reason: ignore.reason });
    } else findings.push(full);
  }
  findings.push(...ignoreFindings(sources, set, staticRules, settings));
  findings.sort(compareFindings);
  return { findings, suppressed, sources, models, reviewed, noOps, exposedSchemas: exposed, supabase };
}
function toFinding(rule, input, phase, migrationId) {
  const stmt = input.stmt;
  const pos = input.location != null && stmt?.locate ? stmt.locate(input.location) : void 0;
  const at = input.at ?? (stmt ? void 0 : { file: "", line: 1, column: 1 });
  return {
    ruleId: rule.id,
    severity: input.severity ?? rule.severity,
    phase,
    category: rule.category,
    file: stmt?.file ?? at.file,
    line: pos?.line ?? input.line ?? stmt?.span.line ?? at.line,
    column: pos?.column ?? (input.line != null ? 1 : void 0) ?? stmt?.span.column ?? at.column,
    endLine: pos ? pos.line : input.line ?? stmt?.span.endLine ?? at.line,
    endColumn: pos ? void 0 : stmt?.span.endColumn,
    object: input.object,
    title: input.title ?? rule.title,
    message: input.message,
    fix: input.fix,
    evidence: input.evidence,
    migrationId: migrationId ?? stmt?.migrationId ?? at?.migrationId
  };
}
function finalizeFinding(settings, finding, stmtSql, seen) {
  let fp = fingerprint(finding, stmtSql);
  const n = seen.get(fp) ?? 0;
  seen.set(fp, n + 1);
  if (n > 0) fp = `${fp}-${n}`;
  const override = settings.rules[finding.ruleId];
  const object = finding.object === void 0 ? void 0 : displayName(finding.object);
  const shown = object !== void 0 && object !== finding.object ? { object, title: displayNamesIn(finding.title, finding.object), message: displayNamesIn(finding.message, finding.object) } : {};
  return { ...finding, ...shown, severity: override && override !== "off" ? override : finding.severity, fingerprint: fp };
}
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId);
}
function internalError(ruleId, stmt, e) {
  return {
    ruleId,
    severity: "info",
    phase: "static",
    category: "deploy",
    file: stmt.file,
    line: stmt.span.line,
    column: stmt.span.column,
    endLine: stmt.span.endLine,
    title: `Rule ${ruleId} could not check this statement`,
    message: `pgreview hit an internal error in rule ${ruleId}: ${e?.message ?? e}. The statement was not checked by this rule; please report it.`,
    migrationId: stmt.migrationId
  };
}
function updateTx(tx, stmt) {
  const n = stmt.node;
  if (stmt.kind === "TransactionStmt") {
    if (n.kind === "TRANS_STMT_BEGIN" || n.kind === "TRANS_STMT_START") tx.explicit = true;
    if (["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"].includes(n.kind)) {
      tx.explicit = false;
    }
  } else if (stmt.kind === "VariableSetStmt") {
    const disabled = n.kind === "VAR_RESET" || n.kind === "VAR_SET_DEFAULT" || isZero(n.args);
    if (n.name === "lock_timeout") tx.lockTimeout = !disabled;
    if (n.name === "statement_timeout") tx.statementTimeout = !disabled;
  }
  tx.inTransaction = tx.wrapped || tx.explicit;
}
function isZero(args) {
  const a = args?.[0]?.A_Const;
  if (!a) return false;
  if (a.ival) return (a.ival.ival ?? 0) === 0;
  if (a.sval) return /^0\s*(ms|s|min)?$/i.test(a.sval.sval ?? "");
  return false;
}
function findIgnore(f, stmt, sources) {
  const match = (i) => i.ruleId === f.ruleId;
  const onStmt = stmt?.ignores.find(match);
  if (onStmt) return onStmt;
  for (const src of withFileIgnores(sources)) if (src.source.file === f.file) {
    const fileIgnore = src.fileIgnores.find(match);
    if (fileIgnore) return fileIgnore;
  }
  return void 0;
}
var fileIgnoreSources = /* @__PURE__ */ new WeakMap();
function withFileIgnores(sources) {
  let found = fileIgnoreSources.get(sources);
  if (!found) fileIgnoreSources.set(sources, found = sources.filter((s) => s.fileIgnores.length > 0));
  return found;
}
function ignoreFindings(sources, set, rules2, settings) {
  const out = [];
  const reviewedIds = new Set(set.migrations.filter((m) => m.status !== "base").map((m) => m.id));
  const known = new Set(rules2.map((r) => r.id));
  const add2 = (ruleId, severity, title, file, ig, message) => {
    const override = settings.rules[ruleId];
    if (override === "off") return;
    const rule = rules2.find((r) => r.id === ruleId);
    const base = {
      ruleId,
      severity: override ?? rule?.severity ?? severity,
      phase: "static",
      category: rule?.category ?? "style",
      file,
      line: ig.line,
      column: 1,
      endLine: ig.line,
      title: rule?.title ?? title,
      message,
      object: ig.ruleId
    };
    out.push({ ...base, fingerprint: fingerprint(base, `${ig.scope}:${ig.ruleId}:${ig.reason}`) });
  };
  for (const src of sources) {
    if (!reviewedIds.has(src.migration.id)) continue;
    for (const ig of src.invalidIgnores) {
      if (!ig.reason)
        add2("ignore-without-reason", "low", "Ignore comment without a reason", src.source.file, ig, `\`pgreview-ignore ${ig.ruleId}\` has no reason, so it is not honoured. Write why the finding does not apply: \`-- pgreview-ignore ${ig.ruleId}: <reason>\`.`);
      else
        add2("unused-ignore", "low", "Ignore comment suppresses nothing", src.source.file, ig, `\`pgreview-ignore ${ig.ruleId}\` is not followed by a statement it could apply to.`);
    }
    const all = [...src.fileIgnores, ...src.statements.flatMap((s) => s.ignores)];
    for (const ig of all) {
      if (ig.used || !ig.reason) continue;
      const why = known.has(ig.ruleId) ? `rule ${ig.ruleId} raised nothing here, so the ignore is stale: remove it` : `there is no rule named ${ig.ruleId}: check the spelling`;
      add2("unused-ignore", "low", "Ignore comment suppresses nothing", src.source.file, ig, `\`pgreview-ignore${ig.scope === "file" ? "-file" : ""} ${ig.ruleId}\`: ${why}.`);
    }
  }
  return out;
}
function withDisplayNames(finding, stmt) {
  const names = /* @__PURE__ */ new Set();
  walk(stmt.node, (key2, value) => {
    if (typeof value?.relname !== "string") return;
    const q4 = rangeVarName(value);
    if (q4 && displayName(q4.qualified) !== q4.qualified) names.add(q4.qualified);
  });
  if (!names.size) return finding;
  let { title, message } = finding;
  for (const n of names) {
    title = displayNamesIn(title, n);
    message = displayNamesIn(message, n);
  }
  return { ...finding, title, message };
}

// src/analysis/objects.ts
var DROP_KINDS = {
  OBJECT_TABLE: "table",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "view",
  OBJECT_INDEX: "index",
  OBJECT_TYPE: "type",
  OBJECT_DOMAIN: "type",
  OBJECT_EXTENSION: "extension",
  OBJECT_SCHEMA: "schema",
  OBJECT_FUNCTION: "function",
  OBJECT_PROCEDURE: "function",
  OBJECT_TRIGGER: "trigger",
  OBJECT_POLICY: "policy",
  OBJECT_SEQUENCE: "sequence"
};
function staticObjectChanges(statements) {
  const created = [];
  const altered = [];
  const dropped = [];
  for (const { stmt, migration } of statements) {
    const n = stmt.node;
    const at = (ref) => ({ ...ref, migrationId: migration.id });
    switch (stmt.kind) {
      case "CreateStmt": {
        const q4 = rangeVarName(n.relation);
        if (!q4) break;
        const cols = (n.tableElts ?? []).filter((e) => e.ColumnDef).length;
        created.push(at({ kind: "table", name: q4.qualified, detail: `${cols} column${cols === 1 ? "" : "s"}` }));
        break;
      }
      case "ViewStmt": {
        const q4 = rangeVarName(n.view);
        if (q4) created.push(at({ kind: "view", name: q4.qualified }));
        break;
      }
      case "CreateTableAsStmt": {
        const q4 = rangeVarName(n.into?.rel);
        if (q4) created.push(at({ kind: n.objtype === "OBJECT_MATVIEW" ? "view" : "table", name: q4.qualified, detail: n.objtype === "OBJECT_MATVIEW" ? "materialized view" : void 0 }));
        break;
      }
      case "IndexStmt": {
        const q4 = rangeVarName(n.relation);
        if (!q4) break;
        const cols = (n.indexParams ?? []).map((p) => p?.IndexElem?.name ?? "expr").join(", ");
        created.push(
          at({
            kind: "index",
            name: `${q4.schema}.${n.idxname ?? `${q4.name}_idx`}`,
            detail: `${n.unique ? "unique " : ""}${n.accessMethod ?? "btree"} on ${q4.qualified} (${cols})${n.concurrent ? ", concurrently" : ""}`
          })
        );
        break;
      }
      case "CreatePolicyStmt": {
        const q4 = rangeVarName(n.table);
        if (q4) created.push(at({ kind: "policy", name: `${q4.qualified}.${n.policy_name}`, detail: `${(n.cmd_name ?? "all").toUpperCase()} ${n.permissive === true ? "permissive" : "restrictive"}` }));
        break;
      }
      case "CreateFunctionStmt": {
        const q4 = listName(n.funcname);
        if (q4) created.push(at({ kind: "function", name: q4.qualified, detail: n.is_procedure ? "procedure" : void 0 }));
        break;
      }
      case "CreateTrigStmt": {
        const q4 = rangeVarName(n.relation);
        if (q4) created.push(at({ kind: "trigger", name: `${q4.qualified}.${n.trigname}`, detail: `executes ${strings(n.funcname).join(".")}` }));
        break;
      }
      case "CreateEnumStmt": {
        const q4 = listName(n.typeName);
        if (q4) created.push(at({ kind: "type", name: q4.qualified, detail: `enum (${strings(n.vals).join(", ")})` }));
        break;
      }
      case "CompositeTypeStmt":
      case "CreateDomainStmt": {
        const q4 = stmt.kind === "CreateDomainStmt" ? listName(n.domainname) : rangeVarName(n.typevar);
        if (q4) created.push(at({ kind: "type", name: q4.qualified }));
        break;
      }
      case "CreateExtensionStmt":
        created.push(at({ kind: "extension", name: n.extname }));
        break;
      case "CreateSchemaStmt":
        if (n.schemaname) created.push(at({ kind: "schema", name: n.schemaname }));
        break;
      case "CreateSeqStmt": {
        const q4 = rangeVarName(n.sequence);
        if (q4) created.push(at({ kind: "sequence", name: q4.qualified }));
        break;
      }
      case "CreateRoleStmt":
        created.push(at({ kind: "role", name: n.role }));
        break;
      case "AlterEnumStmt": {
        const q4 = listName(n.typeName);
        if (q4) altered.push(at({ kind: "type", name: q4.qualified, detail: n.newVal ? `add value '${n.newVal}'` : `rename value '${n.oldVal}'` }));
        break;
      }
      case "AlterTableStmt": {
        const q4 = rangeVarName(n.relation);
        if (!q4) break;
        for (const c of n.cmds ?? []) {
          const cmd = c.AlterTableCmd;
          if (!cmd) continue;
          switch (cmd.subtype) {
            case "AT_AddColumn": {
              const col = cmd.def?.ColumnDef;
              if (col) created.push(at({ kind: "column", name: `${q4.qualified}.${col.colname}`, detail: typeInfo(col.typeName)?.display }));
              break;
            }
            case "AT_DropColumn":
              dropped.push(at({ kind: "column", name: `${q4.qualified}.${cmd.name}` }));
              break;
            case "AT_EnableRowSecurity":
            case "AT_ForceRowSecurity":
              altered.push(at({ kind: "rls", name: q4.qualified, detail: cmd.subtype === "AT_ForceRowSecurity" ? "RLS forced" : "RLS enabled" }));
              break;
            case "AT_DisableRowSecurity":
              altered.push(at({ kind: "rls", name: q4.qualified, detail: "RLS disabled" }));
              break;
            case "AT_AddConstraint": {
              const con = cmd.def?.Constraint;
              created.push(at({ kind: "constraint", name: `${q4.qualified}.${con?.conname ?? (con?.contype ?? "constraint").replace("CONSTR_", "").toLowerCase()}`, detail: con?.skip_validation ? "NOT VALID" : void 0 }));
              break;
            }
            case "AT_DropConstraint":
              dropped.push(at({ kind: "constraint", name: `${q4.qualified}.${cmd.name}` }));
              break;
            default:
              altered.push(at({ kind: cmd.name ? "column" : "table", name: cmd.name ? `${q4.qualified}.${cmd.name}` : q4.qualified, detail: describeSubtype(cmd.subtype) }));
          }
        }
        break;
      }
      case "RenameStmt": {
        const q4 = rangeVarName(n.relation);
        const what = n.renameType === "OBJECT_COLUMN" ? "column" : "table";
        if (q4) altered.push(at({ kind: what, name: what === "column" ? `${q4.qualified}.${n.subname}` : q4.qualified, detail: `renamed to ${n.newname}` }));
        break;
      }
      case "DropStmt": {
        const kind = DROP_KINDS[n.removeType];
        if (!kind) break;
        for (const obj of n.objects ?? []) {
          const parts = strings(obj.List?.items ?? (obj.String ? [obj] : obj.ObjectWithArgs?.objname ?? []));
          if (parts.length) dropped.push(at({ kind, name: parts.join("."), detail: n.behavior === "DROP_CASCADE" ? "CASCADE" : void 0 }));
        }
        break;
      }
      case "GrantStmt": {
        const privs = (n.privileges ?? []).map((p) => p?.AccessPriv?.priv_name?.toUpperCase()).filter(Boolean);
        const grantees = (n.grantees ?? []).map((g) => g?.RoleSpec?.rolename ?? "PUBLIC");
        const targets = (n.objects ?? []).map((o) => rangeVarName(o.RangeVar)?.qualified ?? strings(o.List?.items ?? (o.String ? [o] : [])).join(".")).filter(Boolean);
        for (const t of targets)
          (n.is_grant ? created : dropped).push(at({ kind: "grant", name: t, detail: `${privs.length ? privs.join(", ") : "ALL"} ${n.is_grant ? "to" : "from"} ${grantees.join(", ")}` }));
        break;
      }
      default:
        break;
    }
  }
  return { created, altered, dropped, source: "static" };
}
function describeSubtype(subtype) {
  return subtype.replace(/^AT_/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

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
  const created = createdRelations(objects);
  const out = [];
  for (const m of migrations) {
    if (m.status === "base") continue;
    for (const lock of m.locks) {
      if (lock.relkind === "index" || lock.relkind === "toast") continue;
      if (lock.preexisting ?? !created.has(normName(lock.relation))) out.push({ migration: m, lock });
    }
  }
  return out;
}
function rewritesOfExisting(migrations, objects) {
  const created = createdRelations(objects);
  const out = [];
  for (const m of migrations) {
    if (m.status === "base") continue;
    for (const r of m.rewrites) if (!created.has(normName(r))) out.push({ migration: m, relation: r });
  }
  return out;
}
function splitQualified(name) {
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
function plural3(n, word, pluralWord = `${word}s`) {
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
  const add2 = (factor, raw, detail) => {
    const penalty = Math.ceil(raw - 1e-9);
    if (penalty > 0) factors.push({ factor, penalty, detail });
  };
  const total = Math.max(0, coverage.statementsTotal);
  const ratio = (n) => total === 0 ? 0 : Math.min(1, Math.max(0, n) / total);
  const unparsed = total - coverage.statementsParsed;
  add2(
    "unparsed statements",
    WEIGHTS.unparsedStatements * ratio(unparsed),
    `${unparsed} of ${plural3(total, "statement")} could not be parsed; rules did not see them`
  );
  add2(
    "unparseable files",
    WEIGHTS.unparseableFile * coverage.filesUnparseable,
    `${plural3(coverage.filesUnparseable, "changed file")} could not be read as SQL`
  );
  if (!coverage.liveRan) {
    add2(
      "live run did not happen",
      WEIGHTS.liveNotRun,
      `no statement was executed: locks, rewrites, timing and probes are unverified${coverage.liveSkippedReason ? ` (${coverage.liveSkippedReason})` : ""}`
    );
  } else {
    const unexecuted = total - coverage.statementsExecuted;
    add2(
      "statements not executed",
      WEIGHTS.unexecutedStatements * ratio(unexecuted),
      `${unexecuted} of ${plural3(total, "statement")} did not run live (skipped, or after a failure)`
    );
    const reachable = coverage.objectsProbed + coverage.objectsNotProbed;
    add2(
      "objects not probed",
      reachable === 0 ? 0 : WEIGHTS.unprobedObjects * coverage.objectsNotProbed / reachable,
      `${coverage.objectsNotProbed} of ${plural3(reachable, "object")} were not reached by probes`
    );
    add2(
      "probes not run",
      WEIGHTS.probeNotRun * coverage.probesNotRun,
      `${plural3(coverage.probesNotRun, "probe")} could not run`
    );
    const legacyFailed = migrations.filter((m) => m.status === "base" && m.applied === "failed");
    baseHistory ??= legacyFailed.length ? { status: "partial", total: legacyFailed.length, applied: 0, partial: 0, failed: legacyFailed.length, skipped: 0, gaps: [], standIns: [] } : void 0;
    if (baseHistory && baseHistory.status === "partial") {
      const notBuilt = baseHistory.partial + baseHistory.failed;
      add2(
        "base history failed",
        WEIGHTS.baseFailed,
        `${plural3(notBuilt, "base migration")} of ${baseHistory.total} did not fully apply on the review engine (${plural3(baseHistory.gaps.length, "statement")} left out, first: ${baseHistory.gaps[0] ? `${baseHistory.gaps[0].file}:${baseHistory.gaps[0].line}, ${baseHistory.gaps[0].cause}` : "see the migrations"}): the live schema differs from production`
      );
    }
    const unverified = migrations.filter((m) => m.status !== "base" && m.couldNotVerify);
    add2(
      "could not verify",
      WEIGHTS.baseFailed * unverified.length,
      `${plural3(unverified.length, "changed migration")} could not be verified because of an environment gap${unverified[0] ? ` (${unverified[0].file}: ${unverified[0].couldNotVerify})` : ""}`
    );
  }
  for (const limit of coverage.engineLimits) add2("engine limit", WEIGHTS.engineLimit, limit);
  const confidence = Math.max(0, Math.min(100, 100 - factors.reduce((s, f) => s + f.penalty, 0)));
  return { confidence, factors };
}

// src/report/escape.ts
var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
var ZWSP = "&#8203;";
var MARK = "";
function sanitize(s) {
  return String(s).replace(/\r\n?/g, "\n").replace(BIDI, "�").replace(CONTROL, "�");
}
function oneLine2(s) {
  return sanitize(s).replace(/[\n\t]+/g, " ");
}
function markAutolinks(s) {
  return s.replace(/\uE000/g, "").replace(/@(?=[A-Za-z0-9_])/g, `@${MARK}`).replace(/#(?=\d)/g, `#${MARK}`).replace(/\b(GH)-(?=\d)/gi, `$1${MARK}-`).replace(/\b(https?|ftp|mailto):/gi, `$1${MARK}:`).replace(/\bwww\./gi, `www${MARK}.`);
}
function unmark(s) {
  return s.replace(/\uE000/g, ZWSP);
}
function md(s) {
  let out = markAutolinks(oneLine2(s)).replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[`*_[\]~|$]/g, (c) => `\\${c}`);
  out = out.replace(/^\s+/, "").replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  return unmark(out);
}
function html(s) {
  const out = markAutolinks(oneLine2(s)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  return unmark(out);
}
function longestRun(s, ch) {
  let best = 0;
  let cur = 0;
  for (const c of s) {
    cur = c === ch ? cur + 1 : 0;
    if (cur > best) best = cur;
  }
  return best;
}
function code(s) {
  const text = oneLine2(s);
  if (text.length === 0) return "*(empty)*";
  const fence = "`".repeat(longestRun(text, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function cellCode(s) {
  const text = oneLine2(s);
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
function urlPath(path12) {
  return path12.split("/").map((seg) => encodeURIComponent(seg).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function linkTarget(url) {
  const u = oneLine2(url).trim();
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
    seen.set(JSON.stringify(parts), parts);
  }
  return [...seen.values()];
}
function byKind(refs, kind) {
  return refs.filter((r) => r.kind === kind);
}
function rows(n) {
  return plural3(n, "row");
}
function validationQueries(objects) {
  const out = [];
  const created = objects.created;
  const all = [...objects.created, ...objects.altered];
  const schemas = uniqueRows(byKind(created, "schema"), 1);
  if (schemas.length) {
    out.push({
      title: `${plural3(schemas.length, "schema")} created`,
      sql: `SELECT schema_name
FROM information_schema.schemata
WHERE schema_name IN (${schemas.map((r) => sqlLiteral(r[0])).join(", ")});`,
      expect: rows(schemas.length)
    });
  }
  const tables = uniqueRows(byKind(created, "table"), 2);
  if (tables.length) {
    out.push({
      title: `${plural3(tables.length, "table")} created`,
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
      title: `${plural3(views.length, "view")} created`,
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
      title: `${plural3(columns.length, "column")} added or changed`,
      sql: `SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default
FROM information_schema.columns
WHERE (table_schema, table_name, column_name) IN (${tuples(columns)});`,
      expect: `${rows(columns.length)}, with the types and defaults the migration declares`
    });
  }
  const indexes = uniqueRows(byKind(created, "index"), 2);
  if (indexes.length) {
    out.push({
      title: `${plural3(indexes.length, "index", "indexes")} created`,
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
      title: `${plural3(constraints.length, "constraint")} created`,
      sql: `SELECT n.nspname, c.relname, k.conname, k.contype, k.convalidated
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname, c.relname, k.conname) IN (${tuples(constraints)});`,
      expect: `${rows(constraints.length)}; convalidated = false means a NOT VALID constraint still needs VALIDATE CONSTRAINT`
    });
  }
  const rls = byKind(all, "rls");
  if (rls.length) {
    const on = uniqueRows(rls.filter((r) => !/disabl|off|false/i.test(r.detail ?? "")), 2);
    const off = uniqueRows(rls.filter((r) => /disabl|off|false/i.test(r.detail ?? "")), 2);
    if (on.length) {
      out.push({
        title: `Row level security enabled on ${plural3(on.length, "table")}`,
        sql: `SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname, c.relname) IN (${tuples(on)});`,
        expect: `${rows(on.length)}, all with relrowsecurity = true`
      });
    }
    if (off.length) {
      out.push({
        title: `Row level security disabled on ${plural3(off.length, "table")}`,
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
      title: `${plural3(policies.length, "policy", "policies")} created`,
      sql: `SELECT schemaname, tablename, policyname, cmd, roles
FROM pg_policies
WHERE (schemaname, tablename, policyname) IN (${tuples(policies)});`,
      expect: rows(policies.length)
    });
  }
  const triggers = uniqueRows(byKind(created, "trigger"), 3);
  if (triggers.length) {
    out.push({
      title: `${plural3(triggers.length, "trigger")} created`,
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
      title: `${plural3(functions.length, "function")} created`,
      sql: `SELECT DISTINCT n.nspname, p.proname
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE (n.nspname, p.proname) IN (${tuples(functions)});`,
      expect: rows(functions.length)
    });
  }
  const types2 = uniqueRows(byKind(created, "type"), 2);
  if (types2.length) {
    out.push({
      title: `${plural3(types2.length, "type")} created`,
      sql: `SELECT n.nspname, t.typname, t.typtype
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE (n.nspname, t.typname) IN (${tuples(types2)});`,
      expect: rows(types2.length)
    });
  }
  const extensions = uniqueRows(byKind(created, "extension"), 1);
  if (extensions.length) {
    out.push({
      title: `${plural3(extensions.length, "extension")} installed`,
      sql: `SELECT extname, extversion
FROM pg_extension
WHERE extname IN (${extensions.map((r) => sqlLiteral(r[0])).join(", ")});`,
      expect: rows(extensions.length)
    });
  }
  const droppedRelations = uniqueRows(objects.dropped.filter((r) => ["table", "view", "index", "sequence"].includes(r.kind)), 2);
  if (droppedRelations.length) {
    out.push({
      title: `${plural3(droppedRelations.length, "dropped relation")} gone`,
      sql: `SELECT n.nspname, c.relname, c.relkind
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname, c.relname) IN (${tuples(droppedRelations)});`,
      expect: "0 rows"
    });
  }
  const droppedColumns = uniqueRows(byKind(objects.dropped, "column"), 3);
  if (droppedColumns.length) {
    out.push({
      title: `${plural3(droppedColumns.length, "dropped column")} gone`,
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
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
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
      reason: `The base history did not build on the review engine: ${base.length} of ${plural3(total, "base migration")} ${input.baseHistory ? "did not fully apply" : "failed"} (first ${first.file}${err})${then}. The PR was not checked against production's schema.`,
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
  const scope = `${plural3(n, "changed migration")} (${plural3(input.coverage.statementsTotal, "statement")})`;
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
    c.statementsParsed >= c.statementsTotal && c.filesUnparseable === 0 ? { item: "Parse coverage", status: "ok", priority: "-", action: `All ${plural3(c.statementsTotal, "statement")} read by the Postgres parser` } : {
      item: "Parse coverage",
      status: "warn",
      priority: "medium",
      action: `Review by hand: ${c.statementsTotal - c.statementsParsed} unparsed ${c.statementsTotal - c.statementsParsed === 1 ? "statement" : "statements"}, ${plural3(c.filesUnparseable, "unreadable file")}`
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
      c.statementsExecuted >= c.statementsTotal ? { item: "Live verification", status: "ok", priority: "-", action: `All ${plural3(c.statementsTotal, "statement")} executed on ${engine}` } : {
        item: "Live verification",
        status: "warn",
        priority: "medium",
        action: `${c.statementsExecuted} of ${plural3(c.statementsTotal, "statement")} executed on ${engine}; verify the rest in staging`
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
          action: `${c.probesRun} of ${plural3(probesTotal, "probe")} ran, ${c.objectsProbed} of ${plural3(c.objectsProbed + c.objectsNotProbed, "object")} reached; check the rest by hand`
        } : { item: "Probes", status: "ok", priority: "-", action: `${plural3(c.probesRun, "probe")} passed over ${plural3(c.objectsProbed, "object")}` }
      );
    }
  }
  if (input.set.warnings.length) {
    rows2.push({
      item: "Migration history",
      status: "warn",
      priority: "high",
      action: `Do not edit applied migrations: ${input.set.warnings.length === 1 ? input.set.warnings[0].path : plural3(input.set.warnings.length, "base file")} changed`
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
      action: `Add down migrations: ${missing.length} of ${plural3(changed.length, "changed migration")} ${missing.length === 1 ? "has" : "have"} none`
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
        mitigation = failed.length ? baseFailures(input).length ? `${failed[0].file} failed after a base history that did not build: not judged` : `Fix ${failed[0].file}: it failed to apply` : !live ? "Not applied by pgreview: apply in staging first" : nonTx.length ? `Applied cleanly; ${plural3(nonTx.length, "migration")} run outside a transaction: make each step re-runnable` : "Applied cleanly in one transaction per migration";
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
  const reversibility = input.probes.find((p) => p.probe === "reversibility");
  const rollbackFindings = findings.filter((f) => ROLLBACK_RULE.test(f.ruleId));
  if (reversibility?.status === "passed") {
    items.push({ text: "Rollback rehearsed: up → down → up succeeded", source: "probe:reversibility", done: true });
  } else if (!rollbackFindings.length && input.rollback?.verified && changed.some((m) => !m.down)) {
    items.push({ text: rollbackProvenText(input.rollback), source: "live:rollback", done: input.rollback.caveats.length === 0 });
  } else if (!rollbackFindings.length) {
    const missing = changed.filter((m) => !m.down);
    items.push({
      text: missing.length ? `Write a rollback plan: ${missing.length} of ${plural3(changed.length, "changed migration")} ${missing.length === 1 ? "has" : "have"} no down migration` : "Rehearse the down migrations on a copy: reversibility was not verified",
      source: "coverage:rollback",
      done: false
    });
  }
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
  for (const p of input.probes) {
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
  if (input.objects.created.length || input.objects.altered.length || input.objects.dropped.length) {
    items.push({ text: "After deploying, run the validation queries and compare with the expected results", source: "validation", done: false });
  }
  return items;
}
function rollbackProvenText(r) {
  const caveats = r.caveats.length ? `; read its ${plural3(r.caveats.length, "caveat")} (what it cannot undo) before relying on it` : "";
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
  const line = Object.entries(e).filter(([, v]) => v !== null && v !== void 0 && v !== "").map(([k, v]) => `${k}: ${value(v, 0)}`).join(" · ");
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
  const parts = [`${b.applied} of ${plural3(b.total, "migration")} applied`];
  if (b.partial) parts.push(`${b.partial} applied with statements left out`);
  if (b.failed) parts.push(`${b.failed} did not apply`);
  if (b.skipped) parts.push(`${b.skipped} not replayed`);
  const g = b.gaps[0];
  const gap = g ? ` ${plural3(b.gaps.length, "statement")} the review engine could not run ${b.gaps.length === 1 ? "was" : "were"} left out (environment gaps, not this PR's; first ${fmt(`${g.file}:${g.line}`)}: ${g.cause}).` : "";
  const stand = b.standIns.length ? ` Platform stand-ins used: ${b.standIns.map((s) => fmt(s.split(" ")[0])).join(", ")}.` : "";
  return `Base history: ${parts.join(", ")}.${gap}${stand}`;
}
function notReviewedLine(files, fmt) {
  const shown = files.slice(0, 5).map((f) => `${fmt(f.file)} (${f.reason})`);
  return `Not reviewed: ${plural3(files.length, "file")} under the migrations folder: ${shown.join("; ")}${files.length > shown.length ? `; +${files.length - shown.length} more (all in the JSON report)` : ""}.`;
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
    findingMode(["low", "info"], "none", `${plural3(lowInfo, "low/info finding")}`),
    set({ trace: false }, "per-statement traces"),
    set({ suppressedList: false }, "the list of suppressed findings"),
    noFixSql(["medium"], "fix SQL for medium findings"),
    findingMode(["medium"], "none", `${plural3(n("medium"), "medium finding")}`),
    set({ objectsList: false }, "the object lists (counts kept)"),
    noFixSql(["high"], "fix SQL for high findings"),
    findingMode(["high"], "compact", "details of high findings"),
    set({ migrationRows: 50 }, "per-migration rows beyond 50"),
    findingMode(["high"], "none", `${plural3(n("high"), "high finding")}`),
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
    `${s.changed} changed of ${plural3(s.migrations, "migration")} (${plural3(s.statements, "statement")})`,
    report2.engine && ranLive ? `applied on ${md(report2.engine.description)}` : "not applied live",
    `${code(report2.layout.id)} layout`
  ];
  const lines = [facts.join(" · ")];
  if (report2.confidenceFactors.length) {
    const byFactor = /* @__PURE__ */ new Map();
    for (const f of report2.confidenceFactors) byFactor.set(f.factor, (byFactor.get(f.factor) ?? 0) + f.penalty);
    const parts = [...byFactor].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${md(k)} −${n}`);
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
  if (s.newRelations) lines.push(`<sub>+${plural3(s.newRelations, "new relation")} (created here: blocks nobody)</sub>`);
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
      `Base history: ${plural3(baseRows.length, "migration")} applied first${ms ? ` in ${duration(ms)}` : ""}${failed.length ? `; ${failed.length} failed (${failed.slice(0, 3).map((m) => code(m.file)).join(", ")})` : ""}.`
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
  if (rest) body.push(`*${plural3(rest, "other statement")} only created or changed objects new in this PR, quickly and without touching existing relations.*`);
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
  if (fix.tool) out.push(`**With ${md(TOOL_NAME[report2.layout.id] ?? report2.layout.id)}:** ${once(said, fix.tool, label, () => md(clip2(fix.tool, 600)))}`);
  if (sql && d.fixSql[sev] && sqlNote) out.push(sqlNote);
  let text = out.join("<br>\n");
  if (sql && d.fixSql[sev]) text += `
${codeBlock(clip2(sql, 3e3), "sql")}`;
  return text;
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
  const what = (x) => ownTitles ? `${md(x.title)}${x.object && !x.title.includes(x.object) ? ` (${code(x.object)})` : ""}` : x.object ? code(x.object) : "";
  const places = fs5.map((x) => {
    const ev = d.evidence && x.evidence && Object.keys(x.evidence).length ? ` <sub>${md(evidenceLine(x.evidence, 160))}</sub>` : "";
    return `- ${labels.get(x.fingerprint)} ${link(code(location(x)), fileLink(report2, x.file, x.line))}${what(x) ? ` · ${what(x)}` : ""}${ev}`;
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
    } else out.push(`*${plural3(report2.suppressed.length, "suppressed finding")} not listed.*`);
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
  const last2 = (o) => kind === "grant" ? o.name.slice(o.name.lastIndexOf(":") + 1) : qualifiedParts(o.name, 3)[2];
  const names = (max2) => {
    const ns = [...new Set(refs.map(last2))];
    return `${ns.slice(0, max2).map(cellCode).join(", ")}${ns.length > max2 ? `, +${ns.length - max2}` : ""}`;
  };
  switch (kind) {
    case "table":
      return "**table**";
    case "rls":
      return `RLS ${refs.map((r) => cell(r.detail ?? "changed")).join(", ")}`;
    case "column":
      return `${plural3(refs.length, "column")}: ${names(8)}`;
    case "policy":
      return `${plural3(refs.length, "policy", "policies")}: ${names(4)}`;
    case "trigger":
      return `${plural3(refs.length, "trigger")}: ${names(4)}`;
    case "grant":
      return `grants to ${names(4)}`;
    case "index":
      return plural3(refs.length, "index", "indexes");
    default:
      return plural3(refs.length, kind);
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
    const sorted = [...rows2].sort((a, b) => Number(!!b[1].created?.some((x) => x.kind === "table")) - Number(!!a[1].created?.some((x) => x.kind === "table")) || a[0].localeCompare(b[0]));
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
  const summary = e ? `Live run: ${applied} of ${plural3(changed.length, "changed migration")} applied${failed ? `, ${failed} failed` : ""} on ${html(e.description)}` : "Live run: not run";
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
  const body = report2.validationQueries.map((q4, i) => `**${i + 1}. ${md(q4.title)}**: expect ${md(q4.expect)}

${codeBlock(clip2(q4.sql, 4e3), "sql")}`);
  return [details(`Validation: ${plural3(report2.validationQueries.length, "query", "queries")} to run after deploying`, body)];
}
function footer(report2) {
  const t = report2.timings;
  return `<sub>pgreview ${html(report2.tool.version)} · ${duration(t.totalMs)} (parse ${duration(t.parseMs)}, static ${duration(t.staticMs)}, live ${duration(t.liveMs)}) · findings link to their rule docs</sub>`;
}

// src/report/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
function renderText(report2, options2 = {}) {
  const color = options2.color ?? false;
  const verbose = options2.verbose ?? false;
  const paint = (s2, ...styles) => color ? `${styles.map((x) => `\x1B[${CODES[x]}m`).join("")}${s2}\x1B[0m` : s2;
  const sevStyle = { critical: "red", high: "red", medium: "yellow", low: "blue", info: "dim" };
  const verdictStyle = report2.verdict === "pass" ? "green" : report2.verdict === "fail" ? "red" : "yellow";
  const labels = findingLabels(report2);
  const label = (f) => labels.get(f.fingerprint) ?? "";
  const lines = [];
  const h = (title) => lines.push("", paint(title.toUpperCase(), "bold"), paint("─".repeat(title.length), "dim"));
  const indent = (s2, n = 4) => s2.split("\n").map((l) => " ".repeat(n) + l).join("\n");
  const s = report2.summary;
  lines.push(paint(`pgreview: ${VERDICT_LABEL[report2.verdict].toUpperCase()}`, "bold", verdictStyle) + `  confidence ${report2.confidence}/100`);
  lines.push(term(report2.verdictReason));
  if (report2.nextStep) lines.push(paint(`What to do: ${term(report2.nextStep)}`, "bold"));
  const counts = ["critical", "high", "medium", "low", "info"].filter((x) => s.findings[x] > 0).map((x) => paint(`${s.findings[x]} ${x}`, sevStyle[x]));
  const changedRan = changedMigrations(report2).some((m) => m.applied === "applied" || m.applied === "failed");
  lines.push(
    `${counts.length ? counts.join(", ") : "no findings"}${s.suppressed ? ` (${s.suppressed} suppressed)` : ""} · ${s.changed} changed of ${plural3(s.migrations, "migration")} (${plural3(s.statements, "statement")}) · ${report2.engine && changedRan ? `applied on ${term(report2.engine.description)}` : "not applied live"}`
  );
  const notJudged = new Set(report2.checklist.filter((c) => c.source === NOT_JUDGED).flatMap((c) => c.refs ?? []));
  const blocking = report2.findings.filter((f) => (f.severity === "critical" || f.severity === "high") && !notJudged.has(f.fingerprint));
  const rest = report2.findings.filter((f) => !blocking.includes(f));
  if (blocking.length) {
    h("Fix");
    for (const e of groupFindings(blocking)) lines.push(...e.kind === "one" ? finding(e.finding) : group(e.findings));
  }
  if (rest.length) {
    h(blocking.length ? "Also recommended" : "Recommended");
    if (verbose) for (const e of groupFindings(rest)) lines.push(...e.kind === "one" ? finding(e.finding) : group(e.findings));
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
    lines.push("", `Confidence lowered by: ${[...report2.confidenceFactors].sort((a, b) => b.penalty - a.penalty).map((f) => `${term(f.factor)} −${f.penalty}`).join(", ")}`);
    if (verbose) for (const f of report2.confidenceFactors) lines.push(`  -${String(f.penalty).padStart(2)}  ${term(f.detail)}`);
  }
  if (!verbose) {
    lines.push(paint("Run with --verbose for why each finding matters, evidence, matrices, the per-statement trace and probes; --format markdown for the PR comment.", "dim"));
    return `${lines.join("\n")}
`;
  }
  h("Decision matrix");
  const statusWord = { ok: "OK", warn: "WARN", fail: "FAIL", unknown: "??" };
  const statusStyle = { ok: "green", warn: "yellow", fail: "red", unknown: "dim" };
  const itemW = Math.max(4, ...report2.decisionMatrix.map((r) => r.item.length));
  for (const r of report2.decisionMatrix) {
    lines.push(
      `  ${term(r.item).padEnd(itemW)}  ${paint(statusWord[r.status].padEnd(4), statusStyle[r.status])}  ${(r.priority === "-" ? "-" : r.priority).padEnd(8)}  ${term(r.action)}${r.refs?.length ? ` → ${refList(labels, r.refs)}` : ""}`
    );
  }
  h("Migrations");
  const changed = changedMigrations(report2);
  if (!changed.length) lines.push("  No changed migrations.");
  for (const m of changed) {
    const status = m.couldNotVerify ? `could not verify (line ${m.error?.line ?? "?"}): ${m.couldNotVerify}` : m.applied === "failed" && m.error ? `FAILED at line ${m.error.line}` : APPLY_LABEL[m.applied];
    lines.push(`  ${term(m.file)}  [${m.status}] ${plural3(m.statements, "statement")}, ${paint(status, m.applied === "failed" ? "red" : m.applied === "applied" ? "green" : "dim")}, ${duration(m.durationMs)}${m.transactional ? "" : ", no transaction"}`);
    const locks = lockSummary(m.locks, report2);
    for (const l of [...locks.tables, ...locks.others]) {
      lines.push(`      lock ${l.mode} on ${l.kind === "table" ? "" : `${l.kind} `}${term(l.relation)}${l.heldMs !== void 0 ? ` for ${duration(l.heldMs)}` : ""}`);
    }
    if (locks.newRelations) lines.push(paint(`      + locks on ${plural3(locks.newRelations, "relation")} created here (they block nobody)`, "dim"));
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
  else if (baseRows.length) lines.push(`  Base history: ${plural3(baseRows.length, "migration")} applied first; ${baseRows.filter((m) => m.applied === "failed").length} failed.`);
  function finding(f) {
    const out = [
      `  ${label(f).padEnd(4)} ${paint(f.severity, sevStyle[f.severity])}  ${term(f.title)}`,
      paint(`       ${term(location(f))}:${f.column}  ${f.ruleId}${f.object && !f.title.includes(f.object) && f.object !== location(f) ? `  ${term(f.object)}` : ""}`, "dim")
    ];
    if (verbose) out.push(indent(term(f.message), 7));
    if (f.fix) {
      out.push(`       Fix: ${term(f.fix.description)}`);
      if (f.fix.tool) out.push(`       With ${report2.layout.id}: ${term(f.fix.tool)}`);
      if (f.fix.sql) out.push(indent(term(f.fix.sql), 9));
    }
    if (verbose && f.evidence && Object.keys(f.evidence).length) out.push(indent(`Evidence: ${term(evidenceLine(f.evidence, 400))}`, 7));
    if (verbose) out.push(paint(`       docs: ${docLink(report2, f.ruleId)}`, "dim"));
    return out;
  }
  function group(fs5) {
    const f = fs5[0];
    const out = [`  ${paint(f.severity, sevStyle[f.severity])}  ${term(groupTitle(fs5))} (${fs5.length} places)  ${paint(f.ruleId, "dim")}`];
    const ownTitles = new Set(fs5.map((x) => x.title)).size > 1;
    for (const x of fs5) out.push(`    ${label(x).padEnd(4)} ${term(location(x))}:${x.column}${ownTitles ? `  ${term(x.title)}` : x.object ? `  ${term(x.object)}` : ""}`);
    if (verbose) out.push(indent(term(f.message), 7));
    const fix = fs5.find((x) => x.fix)?.fix;
    if (fix) {
      out.push(`       Fix: ${term(fix.description)}`);
      if (fix.tool) out.push(`       With ${report2.layout.id}: ${term(fix.tool)}`);
      const sql = groupFixSql(fs5);
      if (sql) out.push(...sql.all ? [] : [`       (for ${term(f.object ?? location(f))}; the others alike)`], indent(term(sql.sql), 9));
    }
    if (verbose) out.push(paint(`       docs: ${docLink(report2, f.ruleId)}`, "dim"));
    return out;
  }
  const o = report2.objects;
  if (o.created.length + o.altered.length + o.dropped.length) {
    h("Objects");
    for (const [label2, refs] of [["created", o.created], ["altered", o.altered], ["dropped", o.dropped]]) {
      if (!refs.length) continue;
      lines.push(`  ${label2} (${refs.length}):`);
      for (const k of [...new Set(refs.map((r) => r.kind))]) {
        lines.push(`    ${k}: ${refs.filter((r) => r.kind === k).map((r) => term(r.name)).join(", ")}`);
      }
    }
  }
  h("Risk matrix");
  for (const r of report2.riskMatrix) {
    lines.push(`  ${RISK_LABEL[r.risk].padEnd(28)} likelihood ${r.likelihood.padEnd(6)} impact ${r.impact.padEnd(8)} ${term(r.mitigation)}${r.refs?.length ? ` → ${refList(labels, r.refs)}` : ""}`);
  }
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
    report2.validationQueries.forEach((q4, i) => {
      lines.push("", `  -- ${i + 1}. ${term(q4.title)}: expect ${term(q4.expect)}`, indent(term(q4.sql), 2));
    });
  }
  const t = report2.timings;
  lines.push("", paint(`pgreview ${report2.tool.version}: ${duration(t.totalMs)} (parse ${duration(t.parseMs)}, static ${duration(t.staticMs)}, live ${duration(t.liveMs)})`, "dim"));
  return `${lines.join("\n")}
`;
}

// src/report/render/json.ts
function renderJson(report2, options2 = {}) {
  return `${JSON.stringify(report2, null, options2.pretty === false ? void 0 : 2)}
`;
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

// src/live/presets.ts
import { existsSync as existsSync7, readFileSync as readFileSync6 } from "node:fs";
import path9 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var PRESET_IDS = ["supabase", "neon", "plain"];
function presetsDir() {
  if (process.env.PGREVIEW_PRESETS_DIR) return path9.resolve(process.env.PGREVIEW_PRESETS_DIR);
  for (const rel2 of ["./presets", "../../presets"]) {
    const p = fileURLToPath2(new URL(rel2 + "/", import.meta.url));
    if (existsSync7(path9.join(p, "plain.sql"))) return p;
  }
  throw new Error("presets folder not found (set PGREVIEW_PRESETS_DIR)");
}
function loadPreset(id) {
  if (!PRESET_IDS.includes(id)) throw new Error(`unknown preset ${id}`);
  const file = path9.join(presetsDir(), `${id}.sql`);
  return { id, sql: readFileSync6(file, "utf8"), file };
}
function standInExtensions(id) {
  const sql = loadPreset(id).sql;
  const at = sql.indexOf("INSERT INTO pgreview_admin.standin_extensions");
  if (at < 0) return [];
  return [...sql.slice(at).matchAll(/^\('([\w-]+)', '/gm)].map((m) => m[1]);
}
function presetPrepare(id) {
  return { key: `preset-${id}`, sql: loadPreset(id).sql };
}
var SUPABASE_SQL = /\bauth\s*\.\s*(?:uid|jwt|role|email)\s*\(|\bauth\s*\.\s*users\b|\bstorage\s*\.\s*(?:objects|buckets)\b|\bto\s+(?:anon|authenticated|service_role)\b/i;
function choosePreset(layout, statements) {
  if (layout === "supabase") return { id: "supabase", reason: "the migrations use the Supabase CLI layout" };
  for (const s of statements) {
    const m = SUPABASE_SQL.exec(s.sql);
    if (m) return { id: "supabase", reason: `${s.file}:${s.span.line} uses ${m[0].replace(/\s+/g, " ")}, which a Supabase project provides` };
  }
  return { id: "plain", reason: "no Supabase layout or Supabase objects referenced" };
}

// src/migrations/runner.ts
var lit3 = (s) => `'${s.replace(/'/g, "''")}'`;
function runnerSetup(layout, migrations) {
  const base = migrations.filter((m) => m.status === "base");
  const values = (f) => base.length ? base.map((m) => `(${f(m)})`).join(", ") : "";
  const insert2 = (table2, cols, f) => base.length ? `
INSERT INTO ${table2} (${cols}) VALUES ${values(f)} ON CONFLICT DO NOTHING;` : "";
  const note = migrations[0]?.transactionNote ?? "";
  switch (layout) {
    case "diesel":
      return {
        table: "__diesel_schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);" + insert2("__diesel_schema_migrations", "version", (m) => lit3(m.version.replace(/\D/g, "") || m.version))
      };
    case "golang-migrate": {
      if (!/golang-migrate/.test(note)) return void 0;
      const last2 = base[base.length - 1];
      return {
        table: "schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);" + (last2 && /^\d+$/.test(last2.version) ? `
INSERT INTO schema_migrations (version, dirty) VALUES (${last2.version}, false) ON CONFLICT DO NOTHING;` : "")
      };
    }
    case "dbmate":
      return {
        table: "schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY);" + insert2("schema_migrations", "version", (m) => lit3(m.version))
      };
    case "prisma":
      return {
        table: "_prisma_migrations",
        sql: "CREATE TABLE IF NOT EXISTS _prisma_migrations (id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);" + insert2("_prisma_migrations", "id, checksum, finished_at, migration_name, applied_steps_count", (m) => `md5(${lit3(m.version + m.name)})::uuid::text, md5(${lit3(m.name)}), now(), ${lit3(`${m.version}_${m.name}`)}, 1`)
      };
    case "flyway":
      return {
        table: "flyway_schema_history",
        sql: "CREATE TABLE IF NOT EXISTS flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);\nCREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success);" + (base.length ? `
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success) VALUES ${base.map((m, i) => `(${i + 1}, ${lit3(m.version)}, ${lit3(m.name)}, 'SQL', ${lit3(`V${m.version}__${m.name}.sql`)}, current_user, 0, true)`).join(", ")} ON CONFLICT DO NOTHING;` : "")
      };
    case "postgres-migrations":
      return {
        table: "migrations",
        sql: "CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name varchar(100) UNIQUE NOT NULL, hash varchar(40) NOT NULL, executed_at timestamp DEFAULT current_timestamp);" + (base.length ? `
INSERT INTO migrations (id, name, hash) VALUES ${base.map((m, i) => `(${Number(m.version) > 0 && Number(m.version) < 2 ** 31 ? Number(m.version) : i + 1}, ${lit3(m.name)}, md5(${lit3(m.name)}))`).join(", ")} ON CONFLICT DO NOTHING;` : "")
      };
    case "drizzle":
      return {
        table: "drizzle.__drizzle_migrations",
        sql: "CREATE SCHEMA IF NOT EXISTS drizzle;\nCREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);" + insert2("drizzle.__drizzle_migrations", "hash, created_at", (m) => `md5(${lit3(m.name)}), ${Number(m.version) || 0}`)
      };
    case "supabase":
      return {
        table: "supabase_migrations.schema_migrations",
        sql: "CREATE SCHEMA IF NOT EXISTS supabase_migrations;\nCREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text);" + insert2("supabase_migrations.schema_migrations", "version, name", (m) => `${lit3(m.version)}, ${lit3(m.name)}`)
      };
    case "popx":
      return {
        table: "schema_migration",
        sql: "CREATE TABLE IF NOT EXISTS schema_migration (version varchar(48) NOT NULL, version_self integer NOT NULL DEFAULT 0);\nCREATE UNIQUE INDEX IF NOT EXISTS schema_migration_version_idx ON schema_migration (version);" + insert2("schema_migration", "version", (m) => lit3(m.version))
      };
    default:
      return void 0;
  }
}

// src/live/probes/rls-isolation.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/live/probes/policy-paths.ts
var pgQuery3 = __toESM(require_wasm(), 1);

// src/live/probes/util.ts
import { randomUUID } from "node:crypto";
var q3 = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
var qn2 = (...parts) => parts.map(q3).join(".");
var lit4 = (s) => `'${s.replace(/'/g, "''")}'`;
var spCounter = 0;
async function rolledBack(db, fn, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 3e4;
  if (db.rollbackOnly || opts.nested) {
    const name = `pgreview_probe_${++spCounter}`;
    await db.query(`savepoint ${name}`, void 0, { timeoutMs });
    try {
      return await fn();
    } finally {
      if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs }).catch(() => void 0);
    }
  }
  await db.query("begin", void 0, { timeoutMs });
  try {
    return await fn();
  } finally {
    if (db.alive) await db.query("rollback", void 0, { timeoutMs }).catch(() => void 0);
  }
}
async function attempt(db, sql, params, opts = {}) {
  const name = `pgreview_try_${++spCounter}`;
  const timeoutMs = opts.timeoutMs ?? 3e4;
  await db.query(`savepoint ${name}`, void 0, { timeoutMs });
  try {
    const r = await db.query(sql, params, { timeoutMs });
    await db.exec(opts.keep ? `release savepoint ${name}` : `rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs });
    return { ok: true, rows: r.rows, affected: r.affectedRows ?? r.rows.length };
  } catch (e) {
    if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs }).catch(() => void 0);
    return { ok: false, error: DbError.from(e) };
  }
}
function changedUp(sources) {
  return sources.filter((s) => s.direction === "up" && s.migration.status !== "base");
}
var Shapes = class {
  constructor(db) {
    this.db = db;
  }
  db;
  cache = /* @__PURE__ */ new Map();
  /** Resolve a (possibly unqualified) relation name to its qualified form, as the session sees it. */
  async resolve(name) {
    const r = await this.db.query(
      `select n.nspname as n, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass($1)`,
      [name]
    );
    const row = r.rows[0];
    return row ? qn2(row.n, row.t) : void 0;
  }
  async get(table2) {
    if (this.cache.has(table2)) return this.cache.get(table2);
    const shape2 = await this.load(table2).catch(() => void 0);
    this.cache.set(table2, shape2);
    return shape2;
  }
  async load(table2) {
    const rel2 = (await this.db.query(
      `select c.oid::int as oid, c.relrowsecurity as rls, n.nspname as n, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass($1) and c.relkind in ('r', 'p')`,
      [table2]
    )).rows[0];
    if (!rel2) return void 0;
    const cols = await this.db.query(
      `select a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull, a.atthasdef, a.attidentity::text as identity,
              a.attgenerated::text as generated,
              format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), case when t.typbasetype <> 0 then t.typtypmod else a.atttypmod end) as base,
              coalesce(bt.typcategory, t.typcategory)::text as category,
              (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = coalesce(nullif(t.typbasetype, 0), a.atttypid)) as labels,
              (select array_agg(pg_get_constraintdef(dc.oid)) from pg_constraint dc where dc.contypid = a.atttypid and dc.contype = 'c') as domain_checks
         from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_type bt on bt.oid = nullif(t.typbasetype, 0)
        where a.attrelid = $1 and a.attnum > 0 and not a.attisdropped order by a.attnum`,
      [rel2.oid]
    );
    const checks = await this.db.query(
      `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = $1 and contype = 'c'`,
      [rel2.oid]
    );
    const fks = await this.db.query(
      `select k.conname as name,
              array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as cols,
              rn.nspname as rschema, r.relname as rtable,
              array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) as rcols
         from pg_constraint k join pg_class r on r.oid = k.confrelid join pg_namespace rn on rn.oid = r.relnamespace
        where k.conrelid = $1 and k.contype = 'f'`,
      [rel2.oid]
    );
    const pk = await this.db.query(
      `select array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as cols
         from pg_constraint k where k.conrelid = $1 and k.contype = 'p'`,
      [rel2.oid]
    );
    return {
      name: qn2(rel2.n, rel2.t),
      oid: rel2.oid,
      rowSecurity: rel2.rls,
      columns: cols.rows.map((c) => ({
        name: c.attname,
        type: c.type,
        base: c.base,
        category: c.category,
        notNull: c.attnotnull,
        hasDefault: c.atthasdef,
        identity: c.identity ?? "",
        generated: c.generated ?? "",
        labels: c.labels ?? void 0,
        isArray: c.category === "A" || /\[\]$/.test(c.base),
        domainChecks: c.domain_checks ?? void 0
      })),
      checks: checks.rows,
      fks: fks.rows.map((f) => ({ name: f.name, cols: f.cols, ref: qn2(f.rschema, f.rtable), refCols: f.rcols })),
      pk: pk.rows[0]?.cols ?? []
    };
  }
};
function checkLimits(checks) {
  const out = /* @__PURE__ */ new Map();
  const get = (c) => {
    let l = out.get(c);
    if (!l) out.set(c, l = {});
    return l;
  };
  const COL = String.raw`\(*"?([A-Za-z_][\w$]*)"?\)*(?:::[\w ]+(?:\[\])?\)*)?`;
  for (const { def } of checks) {
    for (const m of def.matchAll(new RegExp(`${COL}\\s*=\\s*ANY\\s*\\(+ARRAY\\[([^\\]]*)\\]`, "g"))) {
      const vals = [...m[2].matchAll(/'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)/g)].map((v) => v[1] != null ? v[1].replace(/''/g, "'") : v[2]);
      if (vals.length) get(m[1]).values = vals;
    }
    for (const m of def.matchAll(new RegExp(`^CHECK \\(\\(?${COL}\\s*=\\s*'((?:[^']|'')*)'`, "g"))) get(m[1]).values ??= [m[2].replace(/''/g, "'")];
    for (const m of def.matchAll(new RegExp(`${COL}\\s*(>=|>|<=|<)\\s*\\(*'?(-?\\d+(?:\\.\\d+)?)'?`, "g"))) {
      const n = Number(m[3]);
      const l = get(m[1]);
      if (m[2] === ">=") l.min = Math.max(l.min ?? -Infinity, n);
      else if (m[2] === ">") l.min = Math.max(l.min ?? -Infinity, Math.floor(n) + 1);
      else if (m[2] === "<=") l.max = Math.min(l.max ?? Infinity, n);
      else l.max = Math.min(l.max ?? Infinity, Math.ceil(n) - 1);
    }
    for (const m of def.matchAll(new RegExp(`\\(\\s*'?(-?\\d+(?:\\.\\d+)?)'?(?:::\\w+)?\\s*(>=|>|<=|<)\\s*${COL}`, "g"))) {
      const n = Number(m[1]);
      const l = get(m[3]);
      if (m[2] === "<=") l.min = Math.max(l.min ?? -Infinity, n);
      else if (m[2] === "<") l.min = Math.max(l.min ?? -Infinity, Math.floor(n) + 1);
      else if (m[2] === ">=") l.max = Math.min(l.max ?? Infinity, n);
      else l.max = Math.min(l.max ?? Infinity, Math.ceil(n) - 1);
    }
    for (const m of def.matchAll(new RegExp(`${COL}\\s*~\\s*'((?:[^']|'')*)'`, "g"))) get(m[1]).pattern = m[2].replace(/''/g, "'");
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*(<=|<)\\s*(\\d+)`, "g"))) {
      get(m[1]).maxLength = Number(m[3]) - (m[2] === "<" ? 1 : 0);
    }
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*(>=|>)\\s*(\\d+)`, "g"))) {
      get(m[1]).minLength = Number(m[3]) + (m[2] === ">" ? 1 : 0);
    }
  }
  return out;
}
function limitsOf(shape2) {
  const domain = shape2.columns.flatMap((c) => (c.domainChecks ?? []).map((def) => ({ def: def.replace(/\bVALUE\b/g, q3(c.name)) })));
  return checkLimits([...shape2.checks, ...domain]);
}
function typmodLength(type) {
  const m = /^(?:character varying|varchar|character|char|bpchar|bit|bit varying)\((\d+)\)/.exec(type);
  return m ? Number(m[1]) : void 0;
}
function valueFor(col, n, limits, variant = 0) {
  if (limits?.values?.length) return limits.values[(n + variant) % limits.values.length];
  if (col.labels?.length) return col.labels[(n + variant) % col.labels.length];
  if (col.isArray) return "{}";
  const base = col.base.toLowerCase();
  const num = () => {
    const lo = limits?.min ?? (variant === 2 ? -1e3 : 1);
    const hi = limits?.max ?? Infinity;
    let v = lo + n;
    if (v > hi) v = lo + n % Math.max(1, hi - lo + 1);
    if (v > hi || !Number.isFinite(v)) v = Number.isFinite(hi) ? hi : lo;
    return v;
  };
  if (base === "uuid") return randomUUID();
  if (/^(smallint|integer|bigint|int\d?|oid)$/.test(base)) {
    const v = num();
    return String(base === "smallint" ? Math.min(v, 32767) : Math.trunc(v));
  }
  const numeric = /^numeric(?:\((\d+)(?:,(\d+))?\))?$/.exec(base);
  if (numeric) {
    const p = numeric[1] ? Number(numeric[1]) : 0;
    const s = numeric[2] ? Number(numeric[2]) : 0;
    let v = num();
    if (p) v = v % 10 ** Math.max(0, p - s);
    return String(v);
  }
  if (/^(real|double precision|money)$/.test(base)) return String(num());
  if (base === "boolean") return variant % 2 ? "true" : "false";
  if (/^(text|citext|name|character varying|character|bpchar|varchar|char)/.test(base)) {
    const matching = limits?.pattern !== void 0 ? exampleFor(limits.pattern, n + variant, limits.minLength) : void 0;
    if (matching !== void 0) return matching;
    const len = Math.min(typmodLength(base) ?? Infinity, limits?.maxLength ?? Infinity);
    const full = `${col.name}_${n}`;
    if (full.length <= len) return full;
    const tail = String(n);
    return tail.length <= len ? tail.padStart(len, "x") : tail.slice(-len);
  }
  if (base.startsWith("timestamp")) return new Date(Date.UTC(2024, 0, 1) + n * 6e4 + variant * 864e5).toISOString();
  if (base === "date") return new Date(Date.UTC(2024, 0, 1) + (n + variant) * 864e5).toISOString().slice(0, 10);
  if (base.startsWith("time")) return "12:00:00";
  if (base === "interval") return "1 day";
  if (base === "json" || base === "jsonb") return "{}";
  if (base === "bytea") return "\\x00";
  if (base === "inet" || base === "cidr") return `10.${n >> 16 & 255}.${n >> 8 & 255}.${n & 255}`;
  if (base === "macaddr") return "08:00:2b:01:02:03";
  if (base === "tsvector" || base === "tsquery") return "probe";
  if (base === "xml") return "<probe/>";
  if (base === "point") return "(0,0)";
  const bits = /^bit(?: varying)?(?:\((\d+)\))?$/.exec(base);
  if (bits) return "0".repeat(bits[1] ? Number(bits[1]) : 1);
  const vec = /^(?:vector|halfvec)\((\d+)\)$/.exec(base);
  if (vec) return `[${Array.from({ length: Number(vec[1]) }, () => "0.1").join(",")}]`;
  if (col.category === "S") return `${col.name}_${n}`;
  if (col.category === "N") return String(num());
  return void 0;
}
function exampleFor(pattern, n, minLength = 0) {
  const once2 = generate(pattern, n, 0);
  if (once2 === void 0 || once2.length >= minLength) return once2;
  return generate(pattern, n, minLength - once2.length);
}
function generate(pattern, n, extra) {
  let i = 0;
  const p = pattern;
  const atom = () => {
    const c = p[i];
    if (c === "\\") {
      const e = p[i + 1];
      i += 2;
      if (e === "d") return ["0123456789"[n % 10]];
      if (e === "w") return ["abcdefghij"[n % 10]];
      if (e === "s") return [" "];
      if (e && /[^A-Za-z0-9]/.test(e)) return [e];
      return void 0;
    }
    if (c === "[") {
      const end = p.indexOf("]", i + 2);
      if (end < 0 || p[i + 1] === "^") return void 0;
      const body = p.slice(i + 1, end);
      i = end + 1;
      const chars = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && body[k + 2] !== void 0) {
          for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) chars.push(String.fromCharCode(x));
          k += 2;
        } else if (body[k] === "\\") chars.push(body[++k] === "d" ? "0" : body[k]);
        else chars.push(body[k]);
      }
      return chars.length ? [chars[n % chars.length]] : void 0;
    }
    if (c === "(") {
      const start = ++i;
      let depth = 1;
      while (i < p.length && depth) {
        if (p[i] === "\\") i++;
        else if (p[i] === "(") depth++;
        else if (p[i] === ")") depth--;
        i++;
      }
      const inner = p.slice(start + (p.startsWith("?:", start) ? 2 : 0), i - 1);
      if (/\|/.test(inner.replace(/\\./g, ""))) return void 0;
      const sub = exampleFor(`^${inner}$`, n);
      return sub === void 0 ? void 0 : [sub];
    }
    if (c === ".") {
      i++;
      return ["x"];
    }
    if ("|)*+?{".includes(c)) return void 0;
    i++;
    return [c];
  };
  let out = "";
  if (p[i] === "^") i++;
  while (i < p.length) {
    if (p[i] === "$" && i === p.length - 1) break;
    const a = atom();
    if (a === void 0) return void 0;
    let times = 1;
    const q4 = p[i];
    if (q4 === "?") {
      times = 0;
      i++;
    } else if (q4 === "*" || q4 === "+") {
      times = (q4 === "+" ? 1 : 0) + extra;
      extra = 0;
      i++;
    } else if (q4 === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(p.slice(i));
      if (!m) return void 0;
      times = Number(m[1]);
      i += m[0].length;
    }
    out += a[0].repeat(times);
  }
  return out;
}
var RowFactory = class {
  constructor(db, shapes) {
    this.db = db;
    this.shapes = shapes;
  }
  db;
  shapes;
  n = 1;
  /** SQLSTATE of the last failed insert. */
  lastCode;
  limitsCache = /* @__PURE__ */ new Map();
  next() {
    return this.n++;
  }
  limits(shape2) {
    let l = this.limitsCache.get(shape2.name);
    if (!l) this.limitsCache.set(shape2.name, l = limitsOf(shape2));
    return l;
  }
  /**
   * Insert one row into `table` as the current (owner) role, with `overrides` fixed, FK columns
   * pointing at the context's parent rows (created first when missing), NOT NULL columns filled.
   * `fill` names nullable columns to fill too. Returns the row or why it could not be made.
   */
  async insert(table2, ctx, overrides = {}, opts = {}) {
    const depth = opts.depth ?? 0;
    if (depth > 6) return `foreign keys nest too deep at ${table2}`;
    const shape2 = await this.shapes.get(table2);
    if (!shape2) return `${table2} is not a table`;
    const limits = this.limits(shape2);
    const values = {};
    const fkOf = /* @__PURE__ */ new Map();
    for (const fk2 of shape2.fks) for (const c of fk2.cols) fkOf.set(c, fk2);
    for (const col of shape2.columns) {
      if (col.generated || col.identity === "a") continue;
      if (col.name in overrides) {
        values[col.name] = overrides[col.name];
        continue;
      }
      const fk2 = fkOf.get(col.name);
      const wanted = col.notNull || opts.fill?.has(col.name) || opts.fillFks && !!fk2;
      if (fk2 && wanted) {
        if (fk2.ref === shape2.name) {
          if (col.notNull) return `${table2}.${col.name} must reference another row of the same table`;
          continue;
        }
        let parent = ctx.rows.get(fk2.ref);
        if (!parent) {
          const made = await this.insert(fk2.ref, ctx, {}, { depth: depth + 1 });
          if (typeof made === "string") return `parent row in ${fk2.ref}: ${made}`;
          parent = made;
          ctx.rows.set(fk2.ref, parent);
        }
        values[col.name] = parent[fk2.refCols[fk2.cols.indexOf(col.name)]] ?? null;
        continue;
      }
      if (!wanted || col.hasDefault && !opts.fill?.has(col.name) || col.identity === "d") continue;
      values[col.name] = null;
    }
    let lastError = "";
    for (let variant = 0; variant < 4; variant++) {
      const n = this.next();
      const cols = Object.keys(values);
      const vals = [];
      for (const c of cols) {
        if (c in overrides || fkOf.has(c)) {
          vals.push(values[c]);
          continue;
        }
        const col = shape2.columns.find((x) => x.name === c);
        const v = valueFor(col, n, limits.get(c), variant);
        if (v === void 0) return `no value generator for ${table2}.${c} (${col.type})`;
        vals.push(v);
      }
      const castCols = cols.map((c, i) => `$${i + 1}::text::${shape2.columns.find((x) => x.name === c).type}`);
      const ret = opts.returning === false ? "" : ` returning ${returning(shape2)}`;
      const sql = cols.length ? `insert into ${shape2.name} (${cols.map(q3).join(", ")}) values (${castCols.join(", ")})${ret}` : `insert into ${shape2.name} default values${ret}`;
      const r = await attempt(this.db, sql, vals, { keep: true });
      if (r.ok) return r.rows[0] ?? { ...Object.fromEntries(cols.map((c, i) => [c, vals[i]])), __ctid: "" };
      this.lastCode = r.error.code;
      lastError = r.error.message;
      if (!/^(23514|23505|22)/.test(r.error.code ?? "")) break;
    }
    return lastError || `could not insert into ${table2}`;
  }
};
function returning(shape2) {
  return ["ctid::text as __ctid", ...shape2.columns.map((c) => `${q3(c.name)}::text as ${q3(c.name)}`)].join(", ");
}
function walkNodes(node, fn) {
  if (Array.isArray(node)) {
    for (const x of node) walkNodes(x, fn);
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === "object") {
      fn(k, v);
      walkNodes(v, fn);
    }
  }
}
var WORKS_ON_DATA = /* @__PURE__ */ new Set(["IndexStmt", "AlterTableStmt", "UpdateStmt", "DeleteStmt", "InsertStmt", "ClusterStmt", "RefreshMatViewStmt", "ReindexStmt"]);
async function runStatements(db, src, opts) {
  const { transactionControl: transactionControl2, cannotRunInTransaction: cannotRunInTransaction3 } = await import("./chunk-transaction-YZTYR5Y3.js");
  const { screenStatement: screenStatement2, createScreenContext: createScreenContext2 } = await import("./chunk-screen-J7KYVZBH.js");
  const screen = createScreenContext2();
  const out = [];
  for (const stmt of src.statements) {
    if (!db.alive) {
      out.push({ stmt, ok: false, skipped: "the engine stopped", ms: 0 });
      continue;
    }
    const hits = screenStatement2(stmt, screen);
    if (hits.length) {
      out.push({ stmt, ok: true, skipped: `not executed: ${[...new Set(hits.map((h) => h.capability))].join(", ")} (${hits.map((h) => h.detail).join("; ")})`, ms: 0 });
      continue;
    }
    const tx = transactionControl2(stmt.kind, stmt.node);
    if (tx) {
      out.push({ stmt, ok: true, skipped: "transaction control (the probe runs everything in a transaction it rolls back)", ms: 0 });
      continue;
    }
    let sql = stmt.sql;
    const noTx = cannotRunInTransaction3(stmt.kind, stmt.node, opts.versionNum);
    if (noTx) {
      if ((stmt.kind === "IndexStmt" || stmt.kind === "DropStmt" || stmt.kind === "ReindexStmt") && /\bconcurrently\b/i.test(sql)) {
        sql = sql.replace(/\bconcurrently\b/i, "").replace(/\(\s*concurrently\s*\)/i, "");
      } else {
        out.push({ stmt, ok: true, skipped: noTx, ms: 0 });
        continue;
      }
    }
    const trials = [];
    let timedOut;
    if ((opts.timings ?? 1) > 1 && WORKS_ON_DATA.has(stmt.kind)) {
      const name = `pgreview_timing_${++spCounter}`;
      for (let i = 1; i < opts.timings && db.alive; i++) {
        await db.query(`savepoint ${name}`, void 0, { timeoutMs: opts.timeoutMs });
        const t2 = performance.now();
        const err = await db.query(sql, void 0, { timeoutMs: opts.timeoutMs }).then(() => void 0, (e) => e);
        const ms = performance.now() - t2;
        if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs: opts.timeoutMs });
        if (err instanceof QueryTimeoutError) timedOut = err;
        if (err) break;
        trials.push(ms);
        if (ms >= 1e3) break;
      }
    }
    if (timedOut) {
      out.push({ stmt, ok: false, error: timedOut, ms: timedOut.timeoutMs });
      continue;
    }
    const t = performance.now();
    const r = await attempt(db, sql, void 0, { keep: true, timeoutMs: opts.timeoutMs });
    const last2 = performance.now() - t;
    if (!r.ok && r.error.code === "42501" && !db.rollbackOnly) {
      out.push({ stmt, ok: true, skipped: `not re-run: the probe role may not do this (${r.error.message})`, ms: last2 });
      continue;
    }
    const all = [...trials, last2].sort((a, b) => a - b);
    out.push(r.ok ? { stmt, ok: true, affected: r.affected, ms: all[Math.floor(all.length / 2)] } : { stmt, ok: false, error: r.error, ms: last2 });
  }
  return out;
}
async function serverVersionNum(db) {
  return Number((await db.query(`select current_setting('server_version_num') as n`)).rows[0].n);
}
function describeDelta(d, verbs = { created: "left behind", dropped: "missing", altered: "differs" }) {
  return [
    ...d.created.map((o) => `${o.kind} ${o.name} ${verbs.created}${o.detail ? ` (${o.detail})` : ""}`),
    ...d.dropped.map((o) => `${o.kind} ${o.name} ${verbs.dropped}${o.detail ? ` (${o.detail})` : ""}`),
    ...d.altered.map((o) => `${o.kind} ${o.name} ${verbs.altered}${o.detail ? ` (${o.detail})` : ""}`)
  ];
}

// src/live/probes/policy-paths.ts
var str = (n) => n?.String?.sval ?? "";
function isUidCall(n) {
  const f = n?.FuncCall;
  if (!f) return false;
  const name = (f.funcname ?? []).map(str);
  return name.length === 2 && name[0] === "auth" && name[1] === "uid" || name.length === 1 && name[0] === "uid";
}
async function ownershipPaths(table2, policies, shapes) {
  const out = { uidCols: /* @__PURE__ */ new Map(), links: [], refTables: [], targetCols: /* @__PURE__ */ new Set(), opaqueCalls: [] };
  const trees = [];
  const names = /* @__PURE__ */ new Set();
  for (const p of policies) {
    for (const expr of [p.qual, p.withCheck]) {
      if (!expr) continue;
      try {
        const tree = pgQuery3.parseSync(`select 1 from ${table2} where ${expr}`);
        const sel = tree.stmts?.[0]?.stmt?.SelectStmt;
        if (!sel) continue;
        trees.push(sel);
        collectRangeVars(sel.whereClause, names);
      } catch {
      }
    }
  }
  const resolved = /* @__PURE__ */ new Map();
  for (const n of names) {
    const r = await shapes.resolve(n);
    if (r) resolved.set(n, r);
  }
  const columns = /* @__PURE__ */ new Map();
  for (const t of /* @__PURE__ */ new Set([table2, ...resolved.values()])) {
    const s = await shapes.get(t);
    columns.set(t, new Set(s?.columns.map((c) => c.name) ?? []));
  }
  const shortName = table2.split(".").pop().replace(/"/g, "");
  const top = { entries: [{ alias: shortName, table: table2 }] };
  const refs = /* @__PURE__ */ new Set();
  const scopeOf = (sel) => {
    const entries = [];
    const add2 = (n) => {
      if (n?.RangeVar) {
        const rv = n.RangeVar;
        const key2 = rvKey(rv);
        const t = resolved.get(key2);
        if (t) {
          entries.push({ alias: rv.alias?.aliasname ?? rv.relname, table: t });
          if (t !== table2) refs.add(t);
        }
      } else if (n?.JoinExpr) {
        add2(n.JoinExpr.larg);
        add2(n.JoinExpr.rarg);
      }
    };
    for (const f of sel.fromClause ?? []) add2(f);
    return { entries };
  };
  const resolveCol = (fields, scopes) => {
    const parts = fields.map(str).filter(Boolean);
    if (!parts.length) return void 0;
    const col = parts[parts.length - 1];
    const alias = parts.length >= 2 ? parts[parts.length - 2] : void 0;
    for (let i = scopes.length - 1; i >= 0; i--) {
      for (const e of scopes[i].entries) {
        if (alias ? e.alias === alias : columns.get(e.table)?.has(col)) return { table: e.table, col };
      }
    }
    return void 0;
  };
  const side = (n, scopes) => {
    if (!n) return void 0;
    if (n.TypeCast) return side(n.TypeCast.arg, scopes);
    if (isUidCall(n)) return { uid: true };
    if (n.ColumnRef) {
      const c = resolveCol(n.ColumnRef.fields ?? [], scopes);
      return c ? { col: c } : void 0;
    }
    if (n.SubLink?.subLinkType === "EXPR_SUBLINK" || n.SubLink?.subLinkType === "ARRAY_SUBLINK") return targetOf(n.SubLink.subselect?.SelectStmt, scopes);
    return void 0;
  };
  const targetOf = (sel, scopes) => {
    if (!sel) return void 0;
    const inner = [...scopes, scopeOf(sel)];
    const t = sel.targetList?.[0]?.ResTarget?.val;
    return side(t, inner);
  };
  const record = (a, b) => {
    if (!a || !b) return;
    if ("uid" in a && "col" in b) addUid(b.col);
    else if ("col" in a && "uid" in b) addUid(a.col);
    else if ("col" in a && "col" in b && (a.col.table !== b.col.table || a.col.col !== b.col.col)) out.links.push([a.col, b.col]);
  };
  const addUid = (c) => {
    let s = out.uidCols.get(c.table);
    if (!s) out.uidCols.set(c.table, s = /* @__PURE__ */ new Set());
    s.add(c.col);
  };
  const walk2 = (n, scopes) => {
    if (Array.isArray(n)) {
      for (const x of n) walk2(x, scopes);
      return;
    }
    if (!n || typeof n !== "object") return;
    if (n.SelectStmt) {
      const inner = [...scopes, scopeOf(n.SelectStmt)];
      walk2(n.SelectStmt.whereClause, inner);
      walk2(n.SelectStmt.targetList, inner);
      for (const f of n.SelectStmt.fromClause ?? []) if (f.JoinExpr) walk2(f.JoinExpr.quals, inner);
      return;
    }
    if (n.A_Expr && (n.A_Expr.kind === "AEXPR_OP" || n.A_Expr.kind === "AEXPR_IN") && ["=", "IN"].includes(str(n.A_Expr.name?.[0]))) {
      const r = n.A_Expr.rexpr;
      if (Array.isArray(r?.List?.items)) for (const item of r.List.items) record(side(n.A_Expr.lexpr, scopes), side(item, scopes));
      else record(side(n.A_Expr.lexpr, scopes), side(r, scopes));
    }
    if (n.SubLink?.subLinkType === "ANY_SUBLINK" && n.SubLink.testexpr) record(side(n.SubLink.testexpr, scopes), targetOf(n.SubLink.subselect?.SelectStmt, scopes));
    if (n.ColumnRef) {
      const c = resolveCol(n.ColumnRef.fields ?? [], scopes);
      if (c?.table === table2) out.targetCols.add(c.col);
    }
    if (n.FuncCall && !isUidCall(n)) {
      const name = (n.FuncCall.funcname ?? []).map(str).join(".");
      if (!/^(auth\.|pg_catalog\.)|^(coalesce|lower|upper|now|current_setting|array_agg|any)$/.test(name)) out.opaqueCalls.push(name);
    }
    for (const v of Object.values(n)) if (v && typeof v === "object") walk2(v, scopes);
  };
  for (const sel of trees) walk2(sel.whereClause, [top]);
  out.refTables = [...refs];
  out.opaqueCalls = [...new Set(out.opaqueCalls)];
  return out;
}
function collectRangeVars(n, out) {
  if (Array.isArray(n)) {
    for (const x of n) collectRangeVars(x, out);
    return;
  }
  if (!n || typeof n !== "object") return;
  if (n.RangeVar) out.add(rvKey(n.RangeVar));
  for (const v of Object.values(n)) if (v && typeof v === "object") collectRangeVars(v, out);
}
var rvKey = (rv) => rv.schemaname ? qn2(rv.schemaname, rv.relname) : q3(rv.relname);

// src/live/probes/rls-isolation.ts
function splitName3(name) {
  const parts = name.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [name];
  const un = (s) => s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
  return [un(parts[0]), un(parts[parts.length - 1])];
}
function rlsCandidates(input) {
  const { before, after } = input.trace;
  if (!before || !after) return [];
  const exposed = new Set(input.staticResult.exposedSchemas);
  const policiesOf = (snap, t) => JSON.stringify(
    Object.entries(snap.policies).filter(([, p]) => p.table === t).sort(([a], [b]) => a.localeCompare(b))
  );
  const out = [];
  for (const [name, rel2] of Object.entries(after.relations)) {
    if (rel2.kind !== "table" && rel2.kind !== "partitioned table") continue;
    if (!exposed.has(splitName3(name)[0])) continue;
    const b = before.relations[name];
    if (!b || b.rowSecurity !== rel2.rowSecurity || policiesOf(before, name) !== policiesOf(after, name)) out.push(name);
  }
  return out.sort();
}
function applies(p, role, op) {
  return (p.cmd === "ALL" || p.cmd === op) && (p.roles.includes(role) || p.roles.includes("public"));
}
function declaredShared(policies, role, names) {
  return policies.some(
    (p, i) => p.permissive && (p.cmd === "SELECT" || p.cmd === "ALL") && p.qual?.trim() === "true" && (p.roles.includes(role) && !p.roles.includes("public") || INTENT.test(names[i] ?? ""))
  );
}
var rlsIsolationProbe = {
  id: "rls-isolation",
  async run(input) {
    const { db } = input;
    const after = input.trace.after;
    const tables = rlsCandidates(input);
    const out = { result: { probe: "rls-isolation", status: "passed", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    if (!tables.length) {
      out.result = { probe: "rls-isolation", status: "not-applicable", summary: "no table in an API-exposed schema was created or had its policies or RLS changed" };
      return out;
    }
    const roles = (await db.query(`select rolname as r from pg_roles where rolname in ('anon', 'authenticated')`)).rows.map((r) => r.r);
    if (!roles.includes("anon") || !roles.includes("authenticated")) {
      out.result = {
        probe: "rls-isolation",
        status: "not-run",
        summary: `no anon/authenticated API roles on this database (preset ${input.preset}): isolation of ${tables.length} table(s) was not tested as real roles`,
        notProbed: tables.map((t) => `${t}: no API roles to act as`)
      };
      out.objectsNotProbed = tables.length;
      return out;
    }
    const details2 = [];
    const notProbed = [];
    const shapes = new Shapes(db);
    const factory = new RowFactory(db, shapes);
    const policyEntries = Object.entries(after.policies);
    await rolledBack(db, async () => {
      const users = [];
      const hasAuthUsers = !!await shapes.get("auth.users");
      for (const label of ["A", "B"]) {
        const uid = randomUUID2();
        const ctx = { label, rows: /* @__PURE__ */ new Map() };
        if (hasAuthUsers) {
          const u = await factory.insert("auth.users", ctx, { id: uid, email: `probe-${label.toLowerCase()}-${uid.slice(0, 8)}@example.invalid` });
          if (typeof u !== "string") ctx.rows.set("auth.users", u);
          else details2.push(`could not create auth.users row for user ${label}: ${u}`);
        }
        users.push({ ctx, uid });
      }
      for (const table2 of tables) {
        const policies = policyEntries.filter(([, p]) => p.table === table2);
        const snapshot = users.map((u) => new Map(u.ctx.rows));
        try {
          await rolledBack(
            db,
            async () => {
              const r = await probeTable(table2, policies);
              if (r) {
                out.objectsProbed++;
              }
            },
            { nested: true }
          );
        } catch (e) {
          notProbed.push(`${table2}: ${e.message}`);
          out.objectsNotProbed++;
        }
        users.forEach((u, i) => u.ctx.rows = snapshot[i]);
      }
      async function probeTable(table2, entries) {
        const shape2 = await shapes.get(table2);
        if (!shape2) {
          notProbed.push(`${table2}: not a plain table`);
          out.objectsNotProbed++;
          return false;
        }
        const policies = entries.map(([, p]) => p);
        const names = entries.map(([k]) => splitName3(k)[1]);
        const paths = shape2.rowSecurity ? await ownershipPaths(table2, policies, shapes) : emptyPaths();
        const perUser = [];
        for (const u of users) {
          const made = await ownRows(table2, u, paths);
          if (typeof made === "string") {
            notProbed.push(`${table2}: could not insert representative rows (${made})`);
            out.objectsNotProbed++;
            return false;
          }
          perUser.push(made);
        }
        const [rowsA, rowsB] = perUser;
        const ctids = (rows2) => rows2.map((r) => r.__ctid);
        const all = [...ctids(rowsA), ...ctids(rowsB)];
        const claims = (role, uid) => JSON.stringify(uid ? { sub: uid, role, aud: role } : { role });
        const asRole = async (role, uid, fn) => rolledBack(
          db,
          async () => {
            await db.query(`select set_config('request.jwt.claims', $1, true), set_config('request.jwt.claim.sub', $2, true), set_config('request.jwt.claim.role', $3, true)`, [
              claims(role, uid),
              uid ?? "",
              role
            ]);
            await db.query(`set local role ${q3(role)}`);
            return fn();
          },
          { nested: true }
        );
        const errors = [];
        const visible = async (role, uid) => asRole(role, uid, async () => {
          const r = await attempt(db, `select ctid::text as c from ${shape2.name} where ctid = any($1::tid[])`, [all]);
          if (!r.ok) errors.push({ role, signedIn: !!uid, op: "SELECT", message: r.error.message, code: r.error.code, where: r.error.where });
          return new Set(r.ok ? r.rows.map((x) => x.c) : []);
        });
        const affected = async (role, uid, sql, target) => asRole(role, uid, async () => {
          const r = await attempt(db, sql, [target]);
          if (!r.ok) errors.push({ role, signedIn: !!uid, op: /^update/i.test(sql) ? "UPDATE" : "DELETE", message: r.error.message, code: r.error.code, where: r.error.where });
          return r.ok ? r.affected : 0;
        });
        const setCol = shape2.columns.find((c) => !c.generated && c.identity !== "a" && !shape2.pk.includes(c.name)) ?? shape2.columns.find((c) => !c.generated && c.identity !== "a");
        const canInsertFor = async (role, uid, owner) => asRole(role, uid, async () => {
          const made = await factory.insert(table2, owner.ctx, overridesFor(table2, owner, paths), { returning: false, fillFks: true, fill: paths.targetCols });
          if (typeof made === "string") errors.push({ role, signedIn: !!uid, op: "INSERT", message: made, code: factory.lastCode });
          return typeof made !== "string";
        });
        const seenA = await visible("authenticated", users[0].uid);
        const seenB = await visible("authenticated", users[1].uid);
        const seenAnon = await visible("anon");
        const ownA = ctids(rowsA).some((c) => seenA.has(c));
        const ownB = ctids(rowsB).some((c) => seenB.has(c));
        const breaches = [];
        const count = (seen, rows2) => ctids(rows2).filter((c) => seen.has(c)).length;
        const crossRead = count(seenB, rowsA) + count(seenA, rowsB);
        if (crossRead && !declaredShared(policies, "authenticated", names)) {
          breaches.push({ role: "authenticated", actor: "another tenant’s user", operation: "SELECT", rows: crossRead, of: all.length });
        }
        const anonRead = count(seenAnon, [...rowsA, ...rowsB]);
        if (anonRead && !declaredShared(policies, "anon", names)) breaches.push({ role: "anon", actor: "anon (no sign-in)", operation: "SELECT", rows: anonRead, of: all.length });
        if (setCol) {
          const upd = `update ${shape2.name} set ${q3(setCol.name)} = ${q3(setCol.name)} where ctid = any($1::tid[])`;
          const del = `delete from ${shape2.name} where ctid = any($1::tid[])`;
          const bUpd = await affected("authenticated", users[1].uid, upd, ctids(rowsA));
          if (bUpd) breaches.push({ role: "authenticated", actor: "another tenant’s user", operation: "UPDATE", rows: bUpd, of: rowsA.length });
          const aUpd = await affected("anon", void 0, upd, all);
          if (aUpd) breaches.push({ role: "anon", actor: "anon (no sign-in)", operation: "UPDATE", rows: aUpd, of: all.length });
          const bDel = await affected("authenticated", users[1].uid, del, ctids(rowsA));
          if (bDel) breaches.push({ role: "authenticated", actor: "another tenant’s user", operation: "DELETE", rows: bDel, of: rowsA.length });
          const aDel = await affected("anon", void 0, del, all);
          if (aDel) breaches.push({ role: "anon", actor: "anon (no sign-in)", operation: "DELETE", rows: aDel, of: all.length });
        }
        const ownerCol = [...paths.uidCols.get(table2) ?? []].find((c) => shape2.columns.some((x) => x.name === c && !x.generated));
        if (ownerCol && shape2.rowSecurity && ctids(rowsA).length) {
          const handover = await affected("authenticated", users[0].uid, `update ${shape2.name} set ${q3(ownerCol)} = ${lit4(users[1].uid)} where ctid = any($1::tid[])`, ctids(rowsA));
          if (handover) breaches.push({ role: "authenticated", actor: "a signed-in user", operation: "UPDATE", rows: handover, of: rowsA.length, handover: true });
        }
        if (await canInsertFor("authenticated", users[1].uid, users[0])) breaches.push({ role: "authenticated", actor: "another tenant’s user", operation: "INSERT", rows: 1, of: 1 });
        if (await canInsertFor("anon", void 0, users[0])) breaches.push({ role: "anon", actor: "anon (no sign-in)", operation: "INSERT", rows: 1, of: 1 });
        const tenantPath = describePath(table2, paths);
        const failing = roleErrorFindings(table2, errors, entries, shape2.rowSecurity, input);
        out.findings.push(...failing);
        for (const f of failing) details2.push(`${table2}: ${f.title}: ${f.evidence.error}`);
        if (!breaches.length && failing.length) return true;
        if (!breaches.length) {
          if (shape2.rowSecurity && !ownA && !ownB && policies.length) {
            notProbed.push(
              `${table2}: neither test user could read their own rows, so the ownership path was not exercised${paths.opaqueCalls.length ? ` (policies call ${paths.opaqueCalls.join(", ")})` : ""}; no cross-tenant access was seen`
            );
            out.objectsNotProbed++;
            return false;
          }
          details2.push(`${table2}: isolated for anon and across tenants (SELECT/INSERT/UPDATE/DELETE)${tenantPath ? `; ownership via ${tenantPath}` : ""}${!policies.length && shape2.rowSecurity ? "; RLS on with no policy: nobody reads it through the API" : ""}`);
          return true;
        }
        const anon = breaches.filter((b) => b.role === "anon");
        const cross = breaches.filter((b) => b.role !== "anon" && !b.handover);
        const moved = breaches.filter((b) => b.handover);
        const applicable = entries.filter(([, p]) => p.permissive && breaches.some((b) => applies(p, b.role, b.operation)));
        const open = applicable.filter(([, p]) => p.qual?.trim() === "true" || p.withCheck?.trim() === "true");
        const granting = open.length ? open : applicable;
        const grantingNames = granting.map(([k, p]) => `${splitName3(k)[1]} (${p.cmd}${p.roles.includes("public") ? ", no TO clause: every role" : ` TO ${p.roles.join(", ")}`}, USING ${p.qual ?? "—"}${p.withCheck ? `, WITH CHECK ${p.withCheck}` : ""})`);
        const worst = anon.find((b) => b.operation === "SELECT") ?? cross.find((b) => b.operation === "SELECT") ?? breaches[0];
        const rlsOff = !shape2.rowSecurity;
        const say = (bs) => bs.map(
          (b) => b.operation === "SELECT" ? `read ${b.rows} of ${b.of} rows` : b.operation === "INSERT" ? rlsOff ? "insert rows" : "insert rows into the other tenant" : `${b.operation.toLowerCase()} ${b.rows} of ${b.of} rows`
        ).join(", ");
        const parts = [];
        if (anon.length) parts.push(`anon (the public API key, no sign-in) could ${say(anon)}`);
        if (cross.length) parts.push(rlsOff ? `any signed-in user could ${say(cross)}` : `a signed-in user of another tenant could ${say(cross)}`);
        for (const b of moved) parts.push(`a signed-in user could move ${b.rows} of ${b.of} of their own rows into another user's ownership (UPDATE … SET ${ownerCol} = <other user>: no WITH CHECK refuses it)`);
        const stmt = placeFor2(table2, granting.map(([k]) => splitName3(k)[1]), input);
        out.findings.push({
          ruleId: "rls-isolation-breach",
          // Reading is high with RLS off and reads only; handing one's own rows to another user (WITH CHECK) is high.
          severity: rlsOff && !breaches.some((b) => b.operation !== "SELECT") || breaches.every((b) => b.handover) ? "high" : "critical",
          phase: "live",
          category: "security",
          file: stmt.file,
          line: stmt.line,
          column: 1,
          endLine: stmt.endLine,
          migrationId: stmt.migrationId,
          object: table2,
          title: anon.length || cross.length ? `Rows of ${table2} leak ${anon.length ? "to anon" : "across tenants"}` : `Users can hand their rows of ${table2} to other users`,
          message: `Acting as the real API roles on rows inserted ${rlsOff ? "as the owner" : "for two users in different tenants"}, ${parts.join("; ")} in ${table2}. ${rlsOff ? "Row level security is off on this table, so the table grants alone decide." : grantingNames.length ? `Permissive policies are ORed: ${grantingNames.join("; ")} let${granting.length === 1 ? "s" : ""} it through${granting.some(([, p]) => p.roles.includes("public")) ? " — a policy without TO applies to every role, anon included" : ""}.` : ""}`,
          fix: {
            description: rlsOff ? "Enable row level security and add policies that filter by owner or tenant." : "Give open policies an explicit role (TO service_role for backend jobs; service_role bypasses RLS anyway), or filter them by owner/tenant like the other policies.",
            sql: rlsOff ? `ALTER TABLE ${table2} ENABLE ROW LEVEL SECURITY;` : granting.filter(([, p]) => p.qual?.trim() === "true" || p.withCheck?.trim() === "true").map(([k]) => `DROP POLICY ${q3(splitName3(k)[1])} ON ${table2};  -- service_role bypasses RLS and needs no policy`).join("\n") || void 0
          },
          evidence: {
            role: worst.role,
            table: table2,
            operation: worst.operation,
            rows: worst.rows,
            breaches: breaches.map((b) => ({ role: b.role, operation: b.operation, rows: b.rows, of: b.of })),
            policies: grantingNames,
            ownership: tenantPath || void 0
          }
        });
        details2.push(`${table2}: LEAK — ${parts.join("; ")}`);
        return true;
      }
      async function ownRows(table2, u, paths) {
        for (const ref of paths.refTables) {
          if (u.ctx.rows.has(ref) || ref === "auth.users") continue;
          const uidCols = paths.uidCols.get(ref);
          if (uidCols?.size) {
            const where = [...uidCols].map((c) => `${q3(c)}::text = $1`).join(" and ");
            const existing = await attempt(db, `select ctid::text as __ctid, * from ${ref} where ${where} limit 1`, [u.uid]);
            if (existing.ok && existing.rows[0]) {
              const row = Object.fromEntries(Object.entries(existing.rows[0]).map(([k, v]) => [k, v == null ? null : String(v)]));
              u.ctx.rows.set(ref, row);
              continue;
            }
          }
          const made = await factory.insert(ref, u.ctx, overridesFor(ref, u, paths), { fillFks: true, fill: colsOf(ref, paths) });
          if (typeof made === "string") return `row in ${ref} for the policy's ownership path: ${made}`;
          u.ctx.rows.set(ref, made);
        }
        const rows2 = [];
        for (let i = 0; i < 2; i++) {
          const made = await factory.insert(table2, u.ctx, overridesFor(table2, u, paths), { fillFks: true, fill: paths.targetCols });
          if (typeof made === "string") {
            if (i === 0) return made;
            break;
          }
          rows2.push(made);
        }
        return rows2;
      }
      function overridesFor(table2, u, paths) {
        const o = {};
        for (const c of paths.uidCols.get(table2) ?? []) o[c] = u.uid;
        for (const [a, b] of paths.links) {
          for (const [mine, other] of [
            [a, b],
            [b, a]
          ]) {
            if (mine.table !== table2 || mine.col in o) continue;
            const row = other.table === table2 ? void 0 : u.ctx.rows.get(other.table);
            const v = row?.[other.col];
            if (v != null) o[mine.col] = v;
          }
        }
        return o;
      }
    });
    const leaks = out.findings.filter((f) => f.ruleId === "rls-isolation-breach");
    const failures = out.findings.filter((f) => f.ruleId === "role-request-failed");
    out.result = {
      probe: "rls-isolation",
      status: out.findings.length ? "failed" : notProbed.length ? "partial" : "passed",
      summary: out.findings.length ? [
        leaks.length ? `${leaks.length} of ${tables.length} table(s) leak rows to anon or across tenants: ${leaks.map((f) => f.object).join(", ")}` : "",
        failures.length ? `${failures.length} request kind(s) fail as the API roles: ${failures.map((f) => f.title).join("; ")}` : ""
      ].filter(Boolean).join("; ") : `${out.objectsProbed} of ${tables.length} table(s) isolated as anon and across two tenants (SELECT/INSERT/UPDATE/DELETE)${notProbed.length ? `; ${notProbed.length} not probed` : ""}`,
      details: details2,
      notProbed
    };
    return out;
  }
};
var EVERY_REQUEST = /^(42|2F|0A)/;
function roleErrorFindings(table2, errors, entries, rowSecurity, input) {
  const opened = (role, op) => entries.some(([, p]) => p.permissive && applies(p, role, op));
  const before = input.trace.before?.triggers ?? {};
  const probedTriggerFns = Object.entries(input.trace.after?.triggers ?? {}).filter(([k, t]) => t.table === table2 && before[k]?.definition !== t.definition).map(([, t]) => t.function);
  const real = errors.filter((e) => {
    if (e.where && probedTriggerFns.some((fn) => e.where.includes(`function ${fn}(`) || e.where.includes(`function ${fn.split(".").pop()}(`))) return false;
    if (/row-level security/i.test(e.message)) return false;
    if (e.code?.startsWith("23") || /violates (unique|not-null|foreign key|check|exclusion) constraint/.test(e.message)) return false;
    if (/permission denied for (table|relation|view|sequence|schema)/.test(e.message)) return rowSecurity && opened(e.role, e.op);
    return true;
  });
  const groups = /* @__PURE__ */ new Map();
  for (const e of real) {
    const key2 = `${e.code ?? ""}\0${e.message}`;
    groups.set(key2, [...groups.get(key2) ?? [], e]);
  }
  const out = [];
  for (const list2 of groups.values()) {
    const e = list2[0];
    const roles = [...new Set(list2.map((x) => x.role))];
    const ops = [...new Set(list2.map((x) => x.op))];
    const who = roles.map((r) => r === "anon" ? "anon (no sign-in)" : list2.some((x) => x.role === r && x.signedIn) ? `${r} (a signed-in user)` : r).join(" and ");
    const every = EVERY_REQUEST.test(e.code ?? "") || /infinite recursion detected in policy|permission denied for/.test(e.message);
    const policyNames = entries.filter(([, p]) => p.permissive && roles.some((r) => ops.some((o) => applies(p, r, o)))).map(([k]) => splitName3(k)[1]);
    const why = e.code === "42P17" || /infinite recursion detected in policy/.test(e.message) ? `A policy on ${table2} reads a table whose policy reads ${table2} back (or ${table2} itself), so PostgreSQL cannot evaluate it: every ${ops.join("/")} of ${table2} by ${roles.join(" or ")} fails in production, the owner's own rows included.` : /permission denied for/.test(e.message) ? `The policies on ${table2} (${policyNames.join(", ") || "permissive ones"}) open ${ops.join("/")} to ${roles.join(" and ")}, but the role lacks the privilege, so every such request fails before any policy is read.` : every ? `The error does not depend on the rows: every ${ops.join("/")} of ${table2} by ${roles.join(" or ")} fails in production.` : `Requests like the probe's fail in production${e.where ? ` (raised in ${e.where.split("\n")[0]})` : ""}.`;
    const place = placeFor2(table2, policyNames, input);
    out.push({
      ruleId: "role-request-failed",
      severity: every ? "critical" : "high",
      phase: "live",
      category: "security",
      file: place.file,
      line: place.line,
      column: 1,
      endLine: place.endLine,
      migrationId: place.migrationId,
      object: table2,
      title: `${ops.join("/")} on ${table2} fails for ${roles.join(", ")}`,
      message: `Acting as ${who}, ${ops.join(", ")} on ${table2} failed: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ""}. ${why}`,
      fix: {
        description: e.code === "42P17" || /infinite recursion/.test(e.message) ? `Do not query a table protected by RLS from its own policy (directly or through another table's policy): read memberships through a SECURITY DEFINER function with an empty search_path, and call it from the policy.` : /permission denied for/.test(e.message) ? `GRANT ${ops.join(", ")} ON ${table2} TO ${roles.join(", ")}; the policies then decide which rows.` : `Fix what raises the error (a function a policy, default or trigger calls) so that ${ops.join("/")} by ${roles.join(", ")} succeeds or is refused by a policy.`
      },
      evidence: { table: table2, roles, commands: ops, error: e.message, code: e.code, where: e.where, policies: policyNames }
    });
  }
  return out;
}
function emptyPaths() {
  return { uidCols: /* @__PURE__ */ new Map(), links: [], refTables: [], targetCols: /* @__PURE__ */ new Set(), opaqueCalls: [] };
}
function colsOf(table2, paths) {
  const s = new Set(paths.uidCols.get(table2) ?? []);
  for (const [a, b] of paths.links) for (const c of [a, b]) if (c.table === table2) s.add(c.col);
  return s;
}
function describePath(table2, paths) {
  const parts = [];
  for (const [t, cols] of paths.uidCols) for (const c of cols) parts.push(`${t === table2 ? "" : `${t}.`}${c} = auth.uid()`);
  for (const [a, b] of paths.links) parts.push(`${a.table === table2 ? "" : `${a.table}.`}${a.col} = ${b.table === table2 ? "" : `${b.table}.`}${b.col}`);
  return parts.join(", ");
}
function placeFor2(table2, policyNames, input) {
  const [, rel2] = splitName3(table2);
  const stmts = changedUp(input.sources).flatMap((s) => s.statements);
  const onTable = (st, node) => node?.relname === rel2;
  const pick = stmts.find((st) => st.kind === "CreatePolicyStmt" && onTable(st, st.node.table?.RangeVar ?? st.node.table) && policyNames.includes(st.node.policy_name)) ?? stmts.find((st) => st.kind === "CreateStmt" && onTable(st, st.node.relation?.RangeVar ?? st.node.relation)) ?? stmts.find((st) => new RegExp(`\\b${rel2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(st.sql)) ?? stmts[0];
  if (!pick) {
    const m = input.set.migrations.find((x) => x.status !== "base");
    return { file: m?.path ?? "", line: 1, endLine: 1, migrationId: m?.id };
  }
  return { file: pick.file, line: pick.span.line, endLine: pick.span.endLine, migrationId: pick.migrationId };
}

// src/live/probes/trigger.ts
var TIMESTAMP_COLS = ["updated_at", "modified_at", "updated_on", "last_modified", "last_modified_at", "updatedat", "updatedAt", "modified", "date_updated"];
function parseTriggerDef(def) {
  const m = /\b(BEFORE|AFTER|INSTEAD OF)\s+(.+?)\s+ON\s+/i.exec(def);
  if (!m) return void 0;
  const events = m[2].split(/\s+OR\s+/i).map((e) => {
    const u = /^UPDATE\s+OF\s+(.+)$/i.exec(e.trim());
    return u ? { op: "UPDATE", cols: u[1].split(",").map((c) => c.trim().replace(/^"|"$/g, "")) } : { op: e.trim().toUpperCase() };
  });
  return { timing: m[1].toUpperCase(), events, row: /FOR EACH ROW/i.test(def) };
}
var triggerProbe = {
  id: "trigger",
  async run(input) {
    const { db, trace } = input;
    const before = trace.before;
    const after = trace.after;
    const out = { result: { probe: "trigger", status: "passed", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const triggers = Object.entries(after.triggers).filter(([k, t]) => before.triggers[k]?.definition !== t.definition);
    if (!triggers.length) {
      out.result = { probe: "trigger", status: "not-applicable", summary: "the PR adds no triggers" };
      return out;
    }
    const shapes = new Shapes(db);
    const factory = new RowFactory(db, shapes);
    const details2 = [];
    const notProbed = [];
    for (const [key2, trg] of triggers) {
      const name = key2.split(".").pop().replace(/"/g, "");
      const parsed = parseTriggerDef(trg.definition);
      const shape2 = await shapes.get(trg.table);
      if (!parsed || !shape2) {
        notProbed.push(`${key2}: ${!shape2 ? `${trg.table} is not a plain table (view or foreign table)` : "could not read its definition"}`);
        out.objectsNotProbed++;
        continue;
      }
      if (trg.enabled === "D") {
        notProbed.push(`${key2}: disabled`);
        out.objectsNotProbed++;
        continue;
      }
      const problems = [];
      const everyRow = /* @__PURE__ */ new Set();
      const ok = [];
      let skipped = "";
      const fnName = trg.function.split(".").pop();
      const blame = (e) => e.where && e.where.includes(fnName) ? `${e.message} (in ${trg.function})` : e.message;
      await rolledBack(db, async () => {
        const ctx = { label: "trigger", rows: /* @__PURE__ */ new Map() };
        const fires = (op) => parsed.events.some((e) => e.op === op);
        const row = await factory.insert(trg.table, ctx, {}, { fillFks: false });
        if (typeof row === "string") {
          const causedByTrigger = fires("INSERT") && await insertsWithout(db, trg.table, name, () => factory.insert(trg.table, { label: "trigger-off", rows: /* @__PURE__ */ new Map() }, {}, { fillFks: false }));
          if (causedByTrigger) {
            problems.push(`INSERT failed: ${row}`);
            if (failsForEveryRow({ message: row })) everyRow.add("INSERT");
          } else skipped = `could not build a valid probe row for ${trg.table} (${row})`;
          return;
        }
        if (fires("INSERT")) ok.push("INSERT");
        if (fires("UPDATE")) {
          const ofCols = parsed.events.find((e) => e.op === "UPDATE")?.cols;
          const stampCol = shape2.columns.find((c) => TIMESTAMP_COLS.includes(c.name) && /^(timestamp|date)/.test(c.base));
          const promisesStamp = /updat|modif|touch|timestamp|stamp/i.test(`${name} ${fnName}`) && !!stampCol && parsed.timing === "BEFORE" && parsed.row;
          const setCol = ofCols?.[0] ?? shape2.columns.find((c) => !c.generated && c.identity !== "a" && !shape2.pk.includes(c.name) && c.name !== stampCol?.name)?.name ?? shape2.columns.find((c) => !c.generated)?.name;
          if (promisesStamp && stampCol) {
            const old = "2000-01-01 00:00:00+00";
            const quiet = await attempt(db, `set local session_replication_role = replica`, void 0, { keep: true });
            if (quiet.ok) {
              await db.query(`update ${shape2.name} set ${q3(stampCol.name)} = $1 where ctid = $2::tid`, [old, row.__ctid]);
              await db.query(`set local session_replication_role = origin`);
            }
            const u = await attempt(
              db,
              quiet.ok ? `update ${shape2.name} set ${q3(setCol)} = ${q3(setCol)} where ${q3(stampCol.name)} = $1 returning ${q3(stampCol.name)}::text as v` : `update ${shape2.name} set ${q3(stampCol.name)} = $1 where ctid = $2::tid returning ${q3(stampCol.name)}::text as v`,
              quiet.ok ? [old] : [old, row.__ctid],
              { keep: true }
            );
            if (!u.ok) {
              problems.push(`UPDATE failed: ${blame(u.error)}`);
              if (failsForEveryRow(u.error)) everyRow.add("UPDATE");
            } else if (!u.rows.length) problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
            else {
              const moved = new Date(u.rows[0].v).getTime() !== new Date(old).getTime();
              if (moved) ok.push(`UPDATE (${stampCol.name} moved from ${old.slice(0, 10)} to ${u.rows[0].v})`);
              else problems.push(`UPDATE ran but ${stampCol.name} stayed at ${old}: the trigger does not set it`);
            }
          } else if (setCol) {
            const u = await attempt(db, `update ${shape2.name} set ${q3(setCol)} = ${q3(setCol)} where ctid = $1::tid`, [row.__ctid], { keep: true });
            if (!u.ok) {
              problems.push(`UPDATE failed: ${blame(u.error)}`);
              if (failsForEveryRow(u.error)) everyRow.add("UPDATE");
            } else if (!u.affected && parsed.timing === "BEFORE" && parsed.row) problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
            else ok.push("UPDATE");
          }
        }
        if (fires("DELETE")) {
          const byPk = shape2.pk.length && shape2.pk.every((c) => row[c] != null);
          const d = byPk ? await attempt(db, `delete from ${shape2.name} where ${shape2.pk.map((c, i) => `${q3(c)}::text = $${i + 1}`).join(" and ")}`, shape2.pk.map((c) => row[c]), { keep: true }) : await attempt(db, `delete from ${shape2.name} where ctid = (select ctid from ${shape2.name} order by ctid desc limit 1)`, void 0, { keep: true });
          if (!d.ok) {
            problems.push(`DELETE failed: ${blame(d.error)}`);
            if (failsForEveryRow(d.error)) everyRow.add("DELETE");
          } else ok.push("DELETE");
        }
        if (fires("TRUNCATE")) notProbed.push(`${key2}: TRUNCATE event not fired (it would lock the whole table)`);
      });
      if (skipped && !problems.length) {
        notProbed.push(`${key2}: ${skipped}`);
        out.objectsNotProbed++;
        continue;
      }
      out.objectsProbed++;
      if (!problems.length) {
        details2.push(`${key2}: fired on ${ok.join(", ") || "nothing"} without error`);
        continue;
      }
      details2.push(`${key2}: ${problems.join("; ")}`);
      const at = placeFor2(trg.table, [], input);
      const stmt = input.sources.filter((s) => s.direction === "up" && s.migration.status !== "base").flatMap((s) => s.statements).find((s) => s.kind === "CreateTrigStmt" && s.node.trigname === name);
      const f = {
        ruleId: "trigger-failed",
        // docs/severity.md: a failure that hits every write of a table in production is critical.
        severity: everyRow.size ? "critical" : problems.some((p) => /failed|skips the write/.test(p)) ? "high" : "medium",
        phase: "live",
        category: "integrity",
        file: stmt?.file ?? at.file,
        line: stmt?.span.line ?? at.line,
        column: 1,
        endLine: stmt?.span.endLine ?? at.endLine,
        migrationId: stmt?.migrationId ?? at.migrationId,
        object: key2,
        title: `Trigger ${name} on ${trg.table} ${problems.some((p) => /failed/.test(p)) ? "fails when it fires" : "does not do what its name says"}`,
        message: `Fired on a probe row: ${problems.join("; ")}. ` + (everyRow.size ? `The error does not depend on the row's values, so every ${[...everyRow].join("/")} on ${trg.table} fails in production once this trigger is deployed.` : `Every ${parsed.events.map((e) => e.op).join("/")} on ${trg.table} with a row like the probe's will hit this in production.`),
        fix: { description: `Fix the trigger function ${trg.function} and test it with a row of ${trg.table}.` },
        evidence: { trigger: key2, function: trg.function, problems, failsForEveryRow: [...everyRow] }
      };
      out.findings.push(f);
    }
    out.result = {
      probe: "trigger",
      status: out.findings.length ? "failed" : notProbed.length ? "partial" : "passed",
      summary: out.findings.length ? `${out.findings.length} of ${triggers.length} trigger(s) failed or had no effect: ${out.findings.map((f) => f.object).join(", ")}` : `${out.objectsProbed} of ${triggers.length} trigger(s) fired on a probe row without error`,
      details: details2,
      notProbed
    };
    return out;
  }
};
async function insertsWithout(db, table2, trigger, insert2) {
  await db.query("savepoint pgreview_trigger_off");
  try {
    await db.query(`alter table ${table2} disable trigger ${q3(trigger)}`);
    return typeof await insert2() !== "string";
  } catch {
    return false;
  } finally {
    await db.exec("rollback to savepoint pgreview_trigger_off; release savepoint pgreview_trigger_off").catch(() => void 0);
  }
}
function failsForEveryRow(e) {
  if (e.code) return /^(42|2F|2D|39)/.test(e.code) || e.code === "0A000";
  return /record "(new|old)" has no field|column .* does not exist|relation .* does not exist|function .* does not exist|control reached end of trigger procedure without RETURN|permission denied/.test(e.message);
}

// src/live/probes/reapply.ts
function reapplySeverity(m, statements) {
  const p = partialApply(m, statements);
  if (p.possible) return { severity: "medium", why: `This matters: ${p.why}, and re-running the file then fails at the first statement that already ran.` };
  return { severity: "low", why: `Low risk: the file cannot be half-applied, since ${p.why}. Nothing re-runs it on its own; it fails only if someone applies it by hand a second time.` };
}
var reapplyProbe = {
  id: "reapply",
  async run(input) {
    const { db, trace } = input;
    const out = { result: { probe: "reapply", status: "passed", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const applied = new Set(trace.migrations.filter((m) => m.status !== "base" && m.applied === "applied").map((m) => m.id));
    const all = changedUp(input.sources);
    const sources = all.filter((s) => applied.has(s.migration.id) && !s.error);
    const notProbed = all.filter((s) => !sources.includes(s)).map((s) => `${s.source.file}: ${s.error ? "could not be parsed" : "did not apply the first time"}`);
    if (!sources.length) {
      out.result = { probe: "reapply", status: "not-run", summary: "no changed migration applied cleanly, so none could be re-applied", notProbed };
      out.objectsNotProbed = notProbed.length;
      return out;
    }
    const versionNum = await serverVersionNum(db);
    const details2 = [];
    let idempotent = 0;
    await rolledBack(db, async () => {
      for (const src of sources) {
        const before = await snapshotCatalog(db, { timeoutMs: 6e4 });
        const runs = await runStatements(db, src, { timeoutMs: input.settings.statementTimeoutMs, versionNum });
        const after = await snapshotCatalog(db, { timeoutMs: 6e4 });
        const failed = runs.filter((r) => !r.ok);
        const reinserted = runs.filter((r) => r.ok && !r.skipped && r.stmt.kind === "InsertStmt" && (r.affected ?? 0) > 0);
        const skipped = runs.filter((r) => r.skipped && !/transaction control/.test(r.skipped));
        const delta = describeDelta(diffCatalog(before, after), { created: "created again", dropped: "dropped", altered: "changed" });
        out.objectsProbed++;
        for (const s of skipped) notProbed.push(`${src.source.file}:${s.stmt.span.line}: ${s.skipped}`);
        if (!failed.length && !reinserted.length && !delta.length) {
          idempotent++;
          details2.push(`${src.source.file}: re-applied cleanly (${runs.filter((r) => !r.skipped).length} statements)`);
          continue;
        }
        const { severity, why } = reapplySeverity(src.migration, src.statements);
        const first = failed[0] ?? reinserted[0];
        const problems = [
          ...failed.slice(0, 5).map((r) => `line ${r.stmt.span.line}: ${r.error.message}`),
          ...reinserted.slice(0, 5).map((r) => `line ${r.stmt.span.line}: INSERT added ${r.affected} row(s) again`),
          ...delta.slice(0, 5)
        ];
        details2.push(`${src.source.file}: NOT idempotent — ${problems.join("; ")}`);
        const finding = {
          ruleId: "not-idempotent",
          severity,
          phase: "live",
          category: "deploy",
          file: src.source.file,
          line: first?.stmt.span.line ?? src.source.startLine,
          column: 1,
          endLine: first?.stmt.span.endLine ?? src.source.startLine,
          migrationId: src.migration.id,
          object: src.source.file,
          title: `${src.source.file} cannot be applied twice`,
          message: `Applied a second time on top of itself, ${failed.length ? `${failed.length} statement(s) failed (first at line ${failed[0].stmt.span.line}: ${failed[0].error.message})` : "every statement ran"}${reinserted.length ? `; ${reinserted.length} INSERT(s) added their rows again` : ""}${delta.length ? `; the catalog changed again: ${delta.slice(0, 3).join(", ")}` : ""}. ${why}`,
          fix: {
            description: "Make each statement safe to re-run: CREATE … IF NOT EXISTS, DROP … IF EXISTS, CREATE OR REPLACE, DROP POLICY IF EXISTS before CREATE POLICY, INSERT … ON CONFLICT DO NOTHING."
          },
          evidence: {
            failures: failed.slice(0, 10).map((r) => ({ line: r.stmt.span.line, error: r.error.message, code: r.error.code })),
            reinserted: reinserted.map((r) => ({ line: r.stmt.span.line, rows: r.affected })),
            catalog: delta.slice(0, 10),
            transactionMode: src.migration.transactionMode ?? (src.migration.transactional ? "per-migration" : "none")
          }
        };
        out.findings.push(finding);
      }
    });
    const bad = out.findings.length;
    const serious = out.findings.some((f) => f.severity !== "low" && f.severity !== "info");
    out.result = {
      probe: "reapply",
      // A probe that found a problem has not passed, however low the problem ranks: `severity` says how much it matters.
      status: bad ? "failed" : notProbed.length ? "partial" : "passed",
      summary: bad ? `${bad} of ${sources.length} changed migration(s) are not idempotent: ${out.findings.map((f) => f.file).join(", ")}${serious ? "" : " (low risk: none of them can be half-applied, so only a manual second run would fail)"}` : `all ${idempotent} changed migration(s) re-apply cleanly on top of themselves`,
      details: details2,
      notProbed
    };
    out.objectsNotProbed = notProbed.length;
    return out;
  }
};

// src/live/probes/reversibility.ts
var reversibilityProbe = {
  id: "reversibility",
  async run(input) {
    const { db, trace } = input;
    const out = { result: { probe: "reversibility", status: "not-run", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const historyIds = new Set(input.sources.map((s) => s.migration.id));
    const changed = input.set.migrations.filter((m) => m.status !== "base" && historyIds.has(m.id));
    const withDown = changed.filter((m) => m.down);
    if (!withDown.length) {
      out.result.summary = `no down migrations in this ${input.set.layout} layout: rollback was not rehearsed (write a rollback plan)`;
      return out;
    }
    const notProbed = changed.filter((m) => !m.down).map((m) => `${m.path}: has no down migration`);
    if (notProbed.length) {
      out.result = { probe: "reversibility", status: "not-run", summary: `${notProbed.length} of ${changed.length} changed migration(s) have no down migration, so the PR cannot be rolled back as a whole`, notProbed };
      out.objectsNotProbed = notProbed.length;
      return out;
    }
    const failedUp = trace.migrations.filter((m) => m.status !== "base" && m.applied !== "applied");
    if (failedUp.length || !trace.before || !trace.after) {
      out.result = { probe: "reversibility", status: "not-run", summary: `not run: ${failedUp.map((m) => m.file).join(", ") || "the catalog"} did not apply cleanly, so there is nothing to roll back` };
      out.objectsNotProbed = changed.length;
      return out;
    }
    const downs = [...changed].reverse().map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === "down"));
    const ups = changed.map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === "up"));
    const versionNum = await serverVersionNum(db);
    const details2 = [];
    const limit = { timeoutMs: input.settings.statementTimeoutMs, versionNum };
    await rolledBack(db, async () => {
      for (const src of downs) {
        if (!src) continue;
        if (src.error) {
          out.findings.push(failure(src.source.file, src.migration.id, src.error.line, `cannot be parsed: ${src.error.message}`, "down"));
          return;
        }
        const runs = await runStatements(db, src, limit);
        for (const r of runs) if (r.skipped && !/transaction control/.test(r.skipped)) notProbed.push(`${src.source.file}:${r.stmt.span.line}: ${r.skipped}`);
        const bad = runs.find((r) => !r.ok);
        if (bad) {
          out.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error.message, "down", bad.stmt.span.endLine));
          details2.push(`${src.source.file}: down failed at line ${bad.stmt.span.line}: ${bad.error.message}`);
          return;
        }
        details2.push(`${src.source.file}: down ran (${runs.filter((r) => !r.skipped).length} statements)`);
      }
      const afterDown = await snapshotCatalog(db, { timeoutMs: 6e4 });
      const leftover = diffCatalog(trace.before, afterDown);
      const diffs = describeDelta(leftover);
      out.objectsProbed = changed.length;
      const notReRun = notProbed.filter((n) => /: not (re-run|executed)/.test(n)).length;
      if (diffs.length && notReRun) {
        details2.push(`after down: ${diffs.length} difference(s) from the base, not judged: ${notReRun} down statement(s) were not run (${diffs.slice(0, 3).join("; ")})`);
      } else if (diffs.length) {
        const newest = downs[0];
        const mentions2 = (name) => {
          const last2 = name.split(".").pop().replace(/"/g, "");
          return downs.find((d) => d && d.statements.some((s) => s.sql.includes(last2))) ?? newest;
        };
        const first = [...leftover.created, ...leftover.dropped, ...leftover.altered][0];
        const where = mentions2(first.name);
        out.findings.push({
          ruleId: "down-migration-incomplete",
          severity: "medium",
          phase: "live",
          category: "deploy",
          file: where.source.file,
          line: where.source.startLine,
          column: 1,
          endLine: where.source.startLine,
          migrationId: where.migration.id,
          object: first.name,
          title: `Down migration leaves the schema different from before: ${first.kind} ${first.name}`,
          message: `After up → down, the catalog differs from the base: ${diffs.slice(0, 8).join("; ")}${diffs.length > 8 ? `; +${diffs.length - 8} more` : ""}. Rolling back would leave these behind (or missing), and applying the migration again may then fail.`,
          fix: { description: "Make the down migration undo everything the up migration does (in reverse order), e.g. DROP INDEX IF EXISTS for every index the up creates." },
          evidence: { differences: diffs.slice(0, 30) }
        });
        details2.push(`after down: ${diffs.length} difference(s) from the base: ${diffs.slice(0, 5).join("; ")}`);
      } else details2.push("after down: the catalog matches the base exactly");
      for (const src of ups) {
        if (!src) continue;
        const runs = await runStatements(db, src, limit);
        const bad = runs.find((r) => !r.ok);
        if (bad) {
          out.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error.message, "up-again", bad.stmt.span.endLine));
          details2.push(`${src.source.file}: up after down failed at line ${bad.stmt.span.line}: ${bad.error.message}`);
          return;
        }
      }
      const again = describeDelta(diffCatalog(trace.after, await snapshotCatalog(db, { timeoutMs: 6e4 })), { created: "extra", dropped: "missing", altered: "differs" });
      details2.push(again.length ? `up again: differs from the first up: ${again.slice(0, 5).join("; ")}` : "up again: same catalog as the first up");
    });
    const failed = out.findings.length > 0;
    out.result = {
      probe: "reversibility",
      status: failed ? "failed" : notProbed.length ? "partial" : "passed",
      summary: failed ? out.findings.map((f) => f.title).join("; ") : `up → down → up succeeded for ${changed.length} migration(s); the catalog after down matches the base`,
      details: details2,
      notProbed
    };
    out.objectsNotProbed += notProbed.length;
    return out;
    function failure(file, migrationId, line, message, phase, endLine = line) {
      return {
        ruleId: "down-migration-failed",
        severity: "high",
        phase: "live",
        category: "deploy",
        file,
        line,
        column: 1,
        endLine,
        migrationId,
        object: file,
        title: phase === "down" ? `Down migration fails: ${file}` : `Migration cannot be applied again after its down migration: ${file}`,
        message: phase === "down" ? `Running the down migrations after the up ones failed at ${file}:${line}: ${message}. A rollback in production would stop there.` : `After up → down, applying ${file} again failed at line ${line}: ${message}. The down migration does not restore the state the up migration expects.`,
        fix: { description: "Rehearse up → down → up locally and make the down migration the exact inverse of the up migration." },
        evidence: { phase, line, error: message }
      };
    }
  }
};

// src/live/probes/data-volume.ts
var DEFAULT_ROWS = 2e3;
var INTEGRITY = /* @__PURE__ */ new Set(["23502", "23505", "23514", "23503", "23P01"]);
var LOCKS_SQL2 = `select n.nspname, c.relname, l.mode from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384 and c.relkind in ('r', 'p', 'm')`;
var modeName = (m) => m.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
async function touchedTables(shapes, stmts) {
  const names = /* @__PURE__ */ new Set();
  for (const st of stmts) {
    walkNodes(st.node, (k, v) => {
      if ((k === "RangeVar" || k === "relation" || k === "table") && v?.relname) names.add(v.schemaname ? `${q3(v.schemaname)}.${q3(v.relname)}` : q3(v.relname));
    });
  }
  const out = /* @__PURE__ */ new Set();
  for (const n of names) {
    const s = await shapes.get(n);
    if (s && !/^(pg_catalog|information_schema)\./.test(s.name)) out.add(s.name);
  }
  return [...out].sort();
}
function seedExpr(col, limits) {
  const l = limits.get(col.name);
  const arr = (vals) => `(array[${vals.map(lit4).join(", ")}])[1 + (g % ${vals.length})]`;
  if (l?.values?.length) return `${arr(l.values)}::${col.type}`;
  if (col.labels?.length) return `${arr(col.labels)}::${col.type}`;
  if (col.isArray) return `'{}'::${col.type}`;
  const base = col.base.toLowerCase();
  const intExpr = () => {
    const lo = l?.min ?? 1;
    const hi = l?.max;
    return hi != null && Number.isFinite(hi) ? `(${lo} + (g % ${Math.max(1, hi - lo + 1)}))` : `(${lo} + g)`;
  };
  if (base === "uuid") return `gen_random_uuid()`;
  if (/^(smallint|integer|bigint|int\d?)$/.test(base)) return `${base === "smallint" ? `least(${intExpr()}, 32767)` : intExpr()}::${col.type}`;
  const numeric = /^numeric(?:\((\d+)(?:,(\d+))?\))?$/.exec(base);
  if (numeric) return numeric[1] ? `(${intExpr()} % ${10 ** Math.max(0, Number(numeric[1]) - Number(numeric[2] ?? 0))})::${col.type}` : `${intExpr()}::${col.type}`;
  if (/^(real|double precision)$/.test(base)) return `${intExpr()}::${col.type}`;
  if (base === "boolean") return `(g % 2 = 0)`;
  if (/^(text|citext|character varying|varchar)/.test(base)) {
    const matching = l?.pattern !== void 0 ? Array.from({ length: 10 }, (_, k) => exampleFor(l.pattern, k, l.minLength)) : [];
    if (matching.length && matching.every((m) => m !== void 0)) return `${arr([...new Set(matching)])}::${col.type}`;
    const len = /\((\d+)\)/.exec(base)?.[1];
    const max2 = Math.min(len ? Number(len) : Infinity, l?.maxLength ?? Infinity);
    return Number.isFinite(max2) ? `right(${lit4(col.name + "_")} || g, ${max2})::${col.type}` : `(${lit4(col.name + "_")} || g)::${col.type}`;
  }
  if (base.startsWith("timestamp")) return `(timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute')::${col.type}`;
  if (base === "date") return `(date '2024-01-01' + (g % 3650))`;
  if (base === "jsonb" || base === "json") return `jsonb_build_object('n', g)::${col.type}`;
  const v = valueFor(col, 1, l);
  return v === void 0 ? void 0 : `${lit4(v)}::${col.type}`;
}
async function seedTable(db, shapes, table2, n, seeding, timeoutMs) {
  const shape2 = await shapes.get(table2);
  if (!shape2) return "not a table";
  seeding.add(table2);
  const limits = limitsOf(shape2);
  const fkOf = /* @__PURE__ */ new Map();
  const ctes = [];
  const joins = [];
  for (const [i, fk2] of shape2.fks.entries()) {
    if (fk2.ref === table2) continue;
    const count = Number((await db.query(`select count(*)::text as c from (select 1 from ${fk2.ref} limit 1) s`)).rows[0].c);
    if (!count) {
      if (seeding.has(fk2.ref)) continue;
      const why = await seedTable(db, shapes, fk2.ref, n, seeding, timeoutMs);
      if (why) return `parent ${fk2.ref}: ${why}`;
    }
    if (shape2.pk.length && shape2.pk.every((c) => fk2.cols.includes(c))) {
      const parents = Number((await db.query(`select count(*)::text as c from ${fk2.ref}`)).rows[0].c);
      n = Math.min(n, parents);
    }
    ctes.push(`p${i} as (select ${fk2.refCols.map((c, j) => `${q3(c)} as c${j}`).join(", ")}, row_number() over () as rn from (select * from ${fk2.ref} limit ${n}) x), n${i} as (select count(*) as c from p${i})`);
    joins.push(`cross join n${i} left join p${i} on p${i}.rn = 1 + ((g - 1) % greatest(n${i}.c, 1))`);
    fk2.cols.forEach((c, j) => fkOf.set(c, { i, ref: fk2.ref, col: `c${j}` }));
  }
  const cols = [];
  const exprs = [];
  for (const col of shape2.columns) {
    if (col.generated || col.identity) continue;
    const fk2 = fkOf.get(col.name);
    if (fk2) {
      cols.push(q3(col.name));
      exprs.push(col.notNull ? `p${fk2.i}.${fk2.col}` : `case when g % 10 = 0 then null else p${fk2.i}.${fk2.col} end`);
      continue;
    }
    if (col.hasDefault) continue;
    const e = seedExpr(col, limits);
    if (e === void 0) {
      if (col.notNull) return `no value generator for ${col.name} (${col.type})`;
      continue;
    }
    cols.push(q3(col.name));
    exprs.push(col.notNull ? e : `case when g % 10 = 0 then null else ${e} end`);
  }
  const sql = `${ctes.length ? `with ${ctes.join(", ")} ` : ""}insert into ${shape2.name} (${cols.join(", ")}) select ${exprs.join(", ")} from generate_series(1, ${n}) g ${joins.join(" ")}`;
  const r = await attempt(db, cols.length ? sql : `insert into ${shape2.name} select from generate_series(1, ${n})`, void 0, { keep: true, timeoutMs });
  return r.ok ? void 0 : r.error.message;
}
async function countViolations(db, shapes, st, err) {
  const rel2 = st.node?.relation ?? st.node?.table;
  const table2 = rel2?.relname ? await shapes.resolve(rel2.schemaname ? `${q3(rel2.schemaname)}.${q3(rel2.relname)}` : q3(rel2.relname)) : void 0;
  if (!table2) return {};
  let sql;
  if (err.code === "23502") {
    const col = /column "([^"]+)"/.exec(err.message)?.[1];
    const shape2 = await shapes.get(table2);
    sql = col && shape2?.columns.some((c) => c.name === col) ? `select count(*) from ${table2} where ${q3(col)} is null` : `select count(*) from ${table2}`;
  } else if (err.code === "23505") {
    const cols = /Key \((.+?)\)=/.exec(err.detail ?? "")?.[1];
    if (cols) sql = `select coalesce(sum(c), 0) from (select count(*) as c from ${table2} group by ${cols} having count(*) > 1) s`;
  } else if (err.code === "23503") {
    const m = /Key \((.+?)\)=.*not present in table "([^"]+)"/.exec(err.detail ?? "");
    const con = (st.node?.cmds ?? []).map((c) => c?.AlterTableCmd?.def?.Constraint).find((c) => c?.contype === "CONSTR_FOREIGN");
    if (m && con?.pktable) {
      const parent = await shapes.resolve(con.pktable.schemaname ? `${q3(con.pktable.schemaname)}.${q3(con.pktable.relname)}` : q3(con.pktable.relname));
      const pshape = parent ? await shapes.get(parent) : void 0;
      const refCols = (con.pk_attrs ?? []).map((a) => a?.String?.sval).filter(Boolean);
      const pk = refCols.length ? refCols : pshape?.pk ?? [];
      const fkCols = m[1].split(",").map((s) => s.trim());
      if (parent && pk.length === fkCols.length)
        sql = `select count(*) from ${table2} t where ${fkCols.map((c) => `t.${c} is not null`).join(" and ")} and not exists (select 1 from ${parent} p where ${fkCols.map((c, i) => `p.${q3(pk[i])} = t.${c}`).join(" and ")})`;
    }
  } else if (err.code === "23514") {
    const name = /check constraint "([^"]+)"/.exec(err.message)?.[1];
    const cmds = st.node?.cmds ?? [];
    if (name && st.kind === "AlterTableStmt" && cmds.length === 1) {
      const n = await rolledBack(
        db,
        async () => {
          const add2 = await attempt(db, `${st.sql} NOT VALID`, void 0, { keep: true });
          if (!add2.ok) return void 0;
          const def = (await db.query(`select pg_get_constraintdef(oid) as d from pg_constraint where conrelid = $1::regclass and conname = $2`, [table2, name])).rows[0]?.d;
          const expr = def && /^CHECK \((.*)\)$/s.exec(def)?.[1];
          return expr ? `select count(*) from ${table2} where not (${expr})` : void 0;
        },
        { nested: true }
      );
      sql = n;
    }
  }
  if (!sql) return {};
  const r = await attempt(db, sql);
  if (!r.ok) return { sql };
  const v = r.rows[0] ? Object.values(r.rows[0])[0] : void 0;
  return { n: v == null ? void 0 : Number(v), sql };
}
async function rehearse(input) {
  const { db, settings } = input;
  const n = Math.max(1, settings.rows ?? DEFAULT_ROWS);
  const shapes = new Shapes(db);
  const sources = changedUp(input.sources).filter((s) => !s.error);
  const tables = await touchedTables(
    shapes,
    sources.flatMap((s) => s.statements)
  );
  const out = { rows: n, engine: db.engine, tableRows: {}, seeded: !db.rollbackOnly, notSeeded: [], statements: [] };
  const versionNum = Number((await db.query(`select current_setting('server_version_num') as n`)).rows[0].n);
  const timeoutMs = settings.statementTimeoutMs;
  await rolledBack(db, async () => {
    if (!db.rollbackOnly) {
      const seeding = /* @__PURE__ */ new Set();
      for (const t of tables) {
        if (seeding.has(t)) continue;
        const why = await seedTable(db, shapes, t, n, seeding, timeoutMs);
        if (why) out.notSeeded.push(`${t}: ${why}`);
      }
      await attempt(db, `analyze ${tables.join(", ")}`, void 0, { keep: true }).catch(() => void 0);
    }
    for (const t of tables) {
      const r = await attempt(db, db.rollbackOnly ? `select greatest(reltuples, 0)::bigint::text as c from pg_class where oid = $1::regclass` : `select count(*)::text as c from ${t}`, db.rollbackOnly ? [t] : void 0);
      if (r.ok) out.tableRows[t] = Number(r.rows[0]?.c ?? 0);
    }
    const held = /* @__PURE__ */ new Set();
    for (const l of (await db.query(LOCKS_SQL2)).rows) held.add(`${l.nspname}.${l.relname}:${l.mode}`);
    for (const src of sources) {
      const ownTx = src.statements.some((s) => ["begin", "commit", "rollback"].includes(transactionControl(s.kind, s.node) ?? ""));
      const wraps = ownTx || runnerWraps2(src.migration, src.statements.length, ownTx);
      const first = out.statements.length;
      for (const st of src.statements) {
        const [run2] = await runStatements(db, { ...src, statements: [st] }, { timeoutMs, versionNum, timings: settings.rehearsalTimings });
        const timing = { file: st.file, migrationId: st.migrationId, line: st.span.line, endLine: st.span.endLine, kind: st.kind, ms: run2.ms, heldMs: run2.ms, locks: [] };
        if (run2.skipped) timing.skipped = run2.skipped;
        if (!run2.ok && run2.error) {
          timing.error = { message: run2.error.message, code: run2.error.code, detail: run2.error.detail };
          if (INTEGRITY.has(run2.error.code ?? "")) {
            const v = await countViolations(db, shapes, st, timing.error);
            timing.violating = v.n;
            timing.violatingQuery = v.sql;
          }
        }
        if (!run2.skipped && db.alive) {
          const locks = await db.query(LOCKS_SQL2);
          for (const l of locks.rows) {
            const key2 = `${l.nspname}.${l.relname}:${l.mode}`;
            if (held.has(key2)) continue;
            held.add(key2);
            timing.locks.push({ relation: `${q3(l.nspname)}.${q3(l.relname)}`, mode: modeName(l.mode) });
          }
        }
        out.statements.push(timing);
      }
      if (wraps) {
        const mine = out.statements.slice(first);
        for (let i = 0; i < mine.length; i++) mine[i].heldMs = mine.slice(i).reduce((s, t) => s + t.ms, 0);
      }
    }
  });
  return out;
}
var fmtMs = (ms) => ms >= 6e4 ? `${(ms / 6e4).toFixed(1)} min` : ms >= 1e3 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms)} ms`;
function expectedFor(expected, table2) {
  if (!expected) return void 0;
  const bare2 = table2.split(".").pop().replace(/"/g, "");
  const unq = table2.replace(/"/g, "");
  return expected[table2] ?? expected[unq] ?? expected[bare2];
}
var dataVolumeProbe = {
  id: "data-volume",
  prepare: rehearse,
  async run(input) {
    const out = { result: { probe: "data-volume", status: "passed", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const prepared = input.prepared?.["data-volume"];
    if (!prepared) {
      out.result = { probe: "data-volume", status: "not-run", summary: "not run: the rehearsal between base and changed migrations did not happen (no afterBase hook)" };
      return out;
    }
    if (prepared instanceof Error) {
      out.result = { probe: "data-volume", status: "not-run", summary: `not run: ${prepared.message}` };
      return out;
    }
    const r = prepared;
    const tables = Object.keys(r.tableRows);
    if (!tables.length) {
      out.result = { probe: "data-volume", status: "not-applicable", summary: "the changed migrations touch no table that existed before them: nothing to fill with data" };
      return out;
    }
    const details2 = [];
    const notProbed = [...r.notSeeded];
    const basis = r.seeded ? `synthetic rows on the ${r.engine} engine` : "the real data of the url database";
    for (const t of r.statements) {
      if (t.error && INTEGRITY.has(t.error.code ?? "")) {
        const named = /relation "([^"]+)"/.exec(t.error.message)?.[1];
        const rel2 = tables.find((x) => x === named || x.endsWith(`.${named}`)) ?? t.locks[0]?.relation ?? tables[0];
        out.findings.push({
          ruleId: "data-dependent-failure",
          severity: "high",
          phase: "live",
          category: "deploy",
          file: t.file,
          line: t.line,
          column: 1,
          endLine: t.endLine,
          migrationId: t.migrationId,
          object: rel2,
          title: `Fails on existing data: ${t.error.message}`,
          message: `With ${tables.map((x) => `${(r.tableRows[x] ?? 0).toLocaleString("en-US")} rows in ${x}`).join(", ")} (${basis}), this statement failed: ${t.error.message}${t.error.detail ? ` (${t.error.detail})` : ""}.${t.violating != null ? ` ${t.violating} row(s) violate it.` : ""} On an empty database it passes; on a database with such rows the deploy fails here.${r.seeded ? " The synthetic data leaves NULL in one row of ten of every nullable column and repeats low-cardinality values, as real data tends to." : ""}`,
          fix: {
            description: "Clean or backfill the violating rows before adding the constraint (in an earlier migration), or add it NOT VALID and VALIDATE it after the data is fixed. Count the violating rows in production first:",
            sql: t.violatingQuery
          },
          evidence: { error: t.error, violatingRows: t.violating, query: t.violatingQuery, tableRows: r.tableRows, basis }
        });
        details2.push(`${t.file}:${t.line}: FAILS on data: ${t.error.message}${t.violating != null ? ` (${t.violating} violating rows)` : ""}`);
      }
    }
    for (const t of r.statements) {
      if (t.skipped || t.error) continue;
      const onTouched = t.locks.filter((l) => tables.includes(l.relation));
      if (!onTouched.length) continue;
      const strongest = onTouched.sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode))[0];
      const rows2 = r.tableRows[strongest.relation] ?? 0;
      let line = `${t.file}:${t.line} ${t.kind}: ${fmtMs(t.ms)} at ${rows2.toLocaleString("en-US")} rows of ${strongest.relation}, ${strongest.mode} held ${fmtMs(t.heldMs)}`;
      const expected = expectedFor(input.settings.expectedRows, strongest.relation);
      if (expected && rows2 > 0) {
        const f = expected / rows2;
        line += `; estimate at ${expected.toLocaleString("en-US")} rows: ~${fmtMs(t.ms * f)} (lock ~${fmtMs(t.heldMs * f)}), linear from ${rows2.toLocaleString("en-US")} ${basis} — an estimate, not a measurement`;
      }
      details2.push(line);
    }
    out.objectsProbed = tables.length - r.notSeeded.length;
    out.objectsNotProbed = r.notSeeded.length;
    const failures = out.findings.length;
    const slowest = r.statements.filter((t) => !t.skipped && !t.error).sort((a, b) => b.heldMs - a.heldMs)[0];
    out.result = {
      probe: "data-volume",
      status: failures ? "failed" : notProbed.length ? "partial" : "passed",
      summary: failures ? `${failures} statement(s) fail on existing data (${basis}): ${out.findings.map((f) => `${f.file}:${f.line}`).join(", ")}` : `rehearsed on ${tables.map((x) => `${(r.tableRows[x] ?? 0).toLocaleString("en-US")} rows of ${x}`).slice(0, 4).join(", ")}${tables.length > 4 ? ", …" : ""} (${basis}); longest lock hold ${slowest ? `${fmtMs(slowest.heldMs)} (${slowest.file}:${slowest.line})` : "none"}${input.settings.expectedRows ? "; estimates in the details" : "; give --expected-rows table=count for estimates at production size"}`,
      details: details2,
      notProbed
    };
    return out;
  }
};

// src/live/probes.ts
var probes = [rlsIsolationProbe, triggerProbe, reapplyProbe, reversibilityProbe, dataVolumeProbe];
async function prepareProbes(input, list2 = probes) {
  const out = {};
  for (const probe of list2) {
    if (!probe.prepare || !input.db.alive) continue;
    try {
      out[probe.id] = await probe.prepare(input);
    } catch (e) {
      out[probe.id] = new Error(`prepare failed: ${e.message}`);
    }
  }
  return out;
}
async function runProbes(input, list2 = probes) {
  const out = { results: [], findings: [], objectsProbed: 0, objectsNotProbed: 0 };
  for (const probe of list2) {
    if (!input.db.alive) {
      out.results.push({ probe: probe.id, status: "not-run", summary: "not run: the engine stopped" });
      continue;
    }
    try {
      const r = await probe.run(input);
      const kept = r.findings.filter((f) => input.settings.rules[f.ruleId] !== "off");
      const worst = worstSeverity(kept.map((f) => input.settings.rules[f.ruleId] ?? f.severity));
      const status = kept.length && r.result.status === "passed" ? "failed" : r.result.status;
      out.results.push(worst ? { ...r.result, status, severity: worst } : r.result);
      out.findings.push(...kept);
      out.objectsProbed += r.objectsProbed;
      out.objectsNotProbed += r.objectsNotProbed;
    } catch (e) {
      out.results.push({ probe: probe.id, status: "not-run", summary: `not run: ${e.message}` });
    }
  }
  return out;
}
function worstSeverity(list2) {
  return list2.reduce((w, s) => w === void 0 || SEVERITY_RANK[s] > SEVERITY_RANK[w] ? s : w, void 0);
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
function calibrationsFrom(rehearsal, migrations) {
  if (!rehearsal) return [];
  const out = [];
  for (const t of rehearsal.statements) {
    if (t.error || t.skipped) continue;
    const touched = t.locks.filter((l) => l.relation in rehearsal.tableRows).sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode));
    const traced = migrations.find((m) => m.file === t.file)?.trace?.find((x) => x.line === t.line && !x.error && !x.skipped);
    out.push({ file: t.file, line: t.line, endLine: t.endLine, relation: touched[0]?.relation, tableRows: rehearsal.tableRows, ms: t.ms, emptyMs: traced?.durationMs, engine: rehearsal.engine, seeded: rehearsal.seeded });
  }
  return out;
}
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
        basis: `calibrated on the ${cal.engine} engine: ${fmtMs2(cal.ms)} on ${calRows.toLocaleString("en-US")} ${cal.seeded ? "synthetic" : "real"} rows${cal.emptyMs !== void 0 ? `, ${fmtMs2(fixed)} on the empty table` : ""} → ${(perRow * 1e3).toFixed(2)} µs/row${growth !== 1 ? `, × ${growth.toFixed(2)} for the sort (n log n)` : ""}`
      };
    }
    why ??= `the rehearsal on ${calRows.toLocaleString("en-US")} rows took too little time to measure a per-row cost`;
  } else if (cal) why ??= `the rehearsal had only ${calRows} rows of ${cal.relation ?? relation}`;
  const us = DEFAULT_US_PER_ROW[op];
  return { ms: us * rows2 / 1e3, usPerRow: us, calibrated: false, basis: `default rate for ${OP_NAME[op]} (${us} µs/row, docs/severity-by-size.md) because ${why ?? "this statement was not timed on data"}` };
}
var OP_NAME = { "index-build": "an index build", rewrite: "a table rewrite", validation: "a constraint validation (full scan)", backfill: "a backfill" };
function fmtMs2(ms) {
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
    const op = SIZE_SCALED_RULES[f.ruleId];
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
      text += ` Estimated duration of ${OP_NAME[op]} there: ~${fmtMs2(est.ms)} (${est.basis}; an estimate, not a measurement).`;
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

// src/live/probe-role.ts
var PROBE_ROLE = "pgreview_prober";
var OUTSIDE_ROLES = ["pg_execute_server_program", "pg_read_server_files", "pg_write_server_files", "pg_signal_backend"];
function probeRoleSql(migrator) {
  const lit5 = (s) => `'${s.replace(/'/g, "''")}'`;
  return `DO $pgreview$
DECLARE
  v int := current_setting('server_version_num')::int;
  r record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${lit5(PROBE_ROLE)}) THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION BYPASSRLS INHERIT', ${lit5(PROBE_ROLE)});
  END IF;
  IF v >= 150000 THEN
    EXECUTE format('GRANT SET ON PARAMETER session_replication_role TO %I', ${lit5(PROBE_ROLE)});
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${lit5(migrator)}) THEN
    RETURN;
  END IF;
  IF v >= 160000 THEN
    EXECUTE format('GRANT %I TO %I WITH INHERIT TRUE, SET FALSE', ${lit5(migrator)}, ${lit5(PROBE_ROLE)});
  ELSE
    EXECUTE format('GRANT %I TO %I', ${lit5(migrator)}, ${lit5(PROBE_ROLE)});
  END IF;
  -- The roles the migration role may become (API roles), unless they carry attributes of their own.
  FOR r IN
    SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = ${lit5(migrator)} AND NOT g.rolsuper AND NOT g.rolcreaterole AND NOT g.rolreplication
       AND g.rolname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('GRANT %I TO %I', r.rolname, ${lit5(PROBE_ROLE)});
  END LOOP;
END
$pgreview$;`;
}
async function outsideReach(db, role, opts = {}) {
  const r = await db.query(
    `with v as (select current_setting('server_version_num')::int as n),
          target as (select oid from pg_catalog.pg_roles where rolname = $1),
          can_become as (
            select s.rolname, s.rolsuper, s.rolcreaterole from pg_catalog.pg_roles s, target t, v
             where pg_catalog.pg_has_role(t.oid, s.oid, case when v.n >= 160000 then 'SET' else 'MEMBER' end))
     select 'can become ' || rolname || ', a superuser' as problem from can_become where rolsuper
     union all
     select 'can become ' || rolname || ', which has CREATEROLE' from can_become where rolcreaterole and not $2
     union all
     select 'is a member of ' || p.rolname from pg_catalog.pg_roles p, target t
      where p.rolname = any($3::text[]) and pg_catalog.pg_has_role(t.oid, p.oid, 'MEMBER')
     order by 1`,
    [role, opts.allowCreateRole ?? false, [...OUTSIDE_ROLES]],
    { timeoutMs: opts.timeoutMs ?? 3e4 }
  );
  return r.rows.map((x) => `${role} ${x.problem}`);
}
var ProbeSession = class _ProbeSession {
  constructor(conn, role, usable = true) {
    this.conn = conn;
    this.role = role;
    this.usable = usable;
  }
  conn;
  role;
  usable;
  /** What went wrong switching roles (said in the engine notes). */
  notes = [];
  /** PR code switched the PGlite session away from the probe role (a finding). */
  escapes = [];
  /**
   * Create the probe role (superuser `main`, before the migrations) and log in as it where the
   * engine can. Without the role (no migration role in the preset, url engine) probes run on `main`.
   */
  static async open(engine, main, migrator) {
    if (main.rollbackOnly) return new _ProbeSession(void 0, "");
    try {
      await main.exec(probeRoleSql(migrator), { timeoutMs: 3e4 });
    } catch (e) {
      const s = new _ProbeSession(void 0, "", false);
      s.notes.push(`probes were not run: the probe role could not be created (${e.message})`);
      return s;
    }
    if (!engine.connectAs) return new _ProbeSession(void 0, PROBE_ROLE);
    try {
      return new _ProbeSession(await engine.connectAs(PROBE_ROLE), PROBE_ROLE);
    } catch (e) {
      const s = new _ProbeSession(void 0, "", false);
      s.notes.push(`probes were not run: no login as ${PROBE_ROLE} (${e.message})`);
      return s;
    }
  }
  /** Run `fn` with the database probes use; `main` is the superuser connection of the moment (PGlite restarts replace it). */
  async run(main, fn) {
    if (this.conn) return fn(this.conn);
    if (!this.role) return fn(main);
    const original = (await main.query("select session_user::text as s", void 0, { timeoutMs: 3e4 })).rows[0].s;
    await main.query(`set session authorization ${PROBE_ROLE}`, void 0, { timeoutMs: 3e4 });
    const guarded = new GuardedDatabase(main, async () => {
      const row = (await main.query("select session_user::text as s", void 0, { timeoutMs: 3e4 }).catch(() => void 0))?.rows[0];
      if (!row || row.s === PROBE_ROLE) return;
      this.escapes.push(`a probe's session became ${row.s} instead of ${PROBE_ROLE}: code of the pull request switched it (SET SESSION AUTHORIZATION); it was switched back after that statement`);
      await main.query(`set session authorization ${PROBE_ROLE}`, void 0, { timeoutMs: 3e4 }).catch(() => void 0);
    });
    try {
      return await fn(guarded);
    } finally {
      if (main.alive) {
        await main.query(`set session authorization "${original.replace(/"/g, '""')}"`, void 0, { timeoutMs: 3e4 }).catch((e) => this.notes.push(`could not switch back from ${PROBE_ROLE}: ${e.message}`));
      }
    }
  }
  async close() {
    await this.conn?.close().catch(() => void 0);
  }
};
var GuardedDatabase = class {
  constructor(inner, check) {
    this.inner = inner;
    this.check = check;
  }
  inner;
  check;
  get engine() {
    return this.inner.engine;
  }
  get alive() {
    return this.inner.alive;
  }
  get rollbackOnly() {
    return this.inner.rollbackOnly;
  }
  async query(sql, params, opts) {
    try {
      return await this.inner.query(sql, params, opts);
    } finally {
      if (this.inner.alive) await this.check();
    }
  }
  async exec(sql, opts) {
    try {
      return await this.inner.exec(sql, opts);
    } finally {
      if (this.inner.alive) await this.check();
    }
  }
  backendPid() {
    return this.inner.backendPid();
  }
  close() {
    return this.inner.close();
  }
};

// src/live/review.ts
function addBaseHistory(into, trace) {
  const out = into ?? { status: "complete", total: 0, applied: 0, partial: 0, failed: 0, skipped: 0, gaps: [], standIns: [] };
  for (const m of trace.migrations.filter((r) => r.status === "base")) {
    out.total++;
    if (m.applied === "applied" && m.gaps) out.partial++;
    else if (m.applied === "applied") out.applied++;
    else if (m.applied === "failed") out.failed++;
    else out.skipped++;
  }
  out.gaps.push(...trace.gaps);
  for (const s of trace.standIns) if (!out.standIns.includes(s)) out.standIns.push(s);
  out.status = out.total > 0 && out.skipped === out.total ? "not-applied" : out.partial || out.failed || out.gaps.length ? "partial" : "complete";
  return out;
}
var notRun = (reason, engine = null) => ({
  ran: false,
  skippedReason: reason,
  engine,
  migrations: [],
  findings: [],
  suppressed: [],
  probes: [],
  statementsExecuted: 0,
  objectsProbed: 0,
  objectsNotProbed: 0,
  calibrations: []
});
function choosePresetFor(settings, set, staticResult) {
  if (settings.preset) return { id: settings.preset, reason: settings.configPath ? `set in ${settings.configPath} or on the command line` : "requested" };
  if (staticResult.supabase) {
    const picked = choosePreset(set.layout, staticResult.reviewed.map((r) => r.stmt));
    return picked.id === "supabase" ? picked : { id: "supabase", reason: "the SQL uses Supabase auth functions" };
  }
  return choosePreset(set.layout, staticResult.reviewed.map((r) => r.stmt));
}
async function runLive(input) {
  const { settings, set, sources, staticResult } = input;
  if (settings.engine === "none") return notRun("static review only (--engine none)");
  if (!set.migrations.some((m) => m.status !== "base")) return notRun("no changed migrations");
  const preset = choosePresetFor(settings, set, staticResult);
  const histories = /* @__PURE__ */ new Map();
  for (const m of set.migrations) {
    const key2 = m.history ?? "";
    histories.set(key2, [...histories.get(key2) ?? [], m]);
  }
  const out = { ...notRun(""), ran: true, skippedReason: void 0, preset };
  const objects = { created: [], altered: [], dropped: [], source: "live" };
  const seen = /* @__PURE__ */ new Map();
  const liveRules2 = input.rules.filter((r) => r.phase === "live" && settings.rules[r.id] !== "off");
  const rollbacks = [];
  for (const [history, migrations] of histories) {
    if (!migrations.some((m) => m.status !== "base")) continue;
    const ids = new Set(migrations.map((m) => m.id));
    const historySources = sources.filter((s) => ids.has(s.migration.id));
    let engine;
    let db;
    let probeSession;
    try {
      const needsExtensions = historySources.flatMap((src) => src.statements).filter((st) => st.kind === "CreateExtensionStmt").map((st) => String(st.node.extname));
      const prepare = presetPrepare(preset.id);
      const started = await startEngine(settings, { prepare: { key: `${prepare.key}-probes`, sql: `${prepare.sql}
${probeRoleSql(MIGRATOR_ROLE)}` }, needsExtensions, standIns: standInExtensions(preset.id) });
      if (!started) return notRun("no engine selected");
      ({ engine, db } = started);
      out.engine = engine.describe();
      for (const f of started.failures) settings.onProgress?.(`the ${f.id} engine could not start: ${f.error.split("\n")[0]}`);
      settings.onProgress?.(`engine ${out.engine.id} started: ${out.engine.description}${history ? ` (history ${history})` : ""}`);
      const serverMajor = Number(/(\d+)/.exec(out.engine.serverVersion ?? "")?.[1] ?? NaN);
      if (serverMajor && serverMajor !== settings.pgVersion) {
        out.engine = {
          ...out.engine,
          limits: [
            ...out.engine.limits,
            serverMajor < settings.pgVersion ? `the review server is PostgreSQL ${serverMajor}, older than production (${settings.pgVersion}): syntax or behaviour added since ${serverMajor} may fail here and not in production` : `the review server is PostgreSQL ${serverMajor}, newer than production (${settings.pgVersion}): what ${serverMajor} accepts may still fail in production`
          ]
        };
      }
      const up = historySources.filter((s) => s.direction === "up");
      let prepared;
      const prepareInput = { settings, set, sources: historySources, staticResult, preset: preset.id, history };
      const eng = engine;
      const session = probeSession = await ProbeSession.open(eng, db, MIGRATOR_ROLE);
      let baseReach = /* @__PURE__ */ new Set();
      const asRole = eng.connectAs && !db.rollbackOnly ? await eng.connectAs(MIGRATOR_ROLE).catch(() => void 0) : void 0;
      const trace = await applyTraced(db, up, {
        statementTimeoutMs: settings.statementTimeoutMs,
        totalTimeoutMs: settings.totalTimeoutMs,
        afterBase: async (d) => {
          if (!session.usable) return;
          prepared = await session.run(d, async (pdb) => {
            if (!pdb.rollbackOnly) baseReach = new Set((await containment(pdb, session.role, MIGRATOR_ROLE).catch(() => void 0))?.api ?? []);
            return prepareProbes({ ...prepareInput, db: pdb });
          });
        },
        runAs: { role: MIGRATOR_ROLE, db: asRole, reconnect: asRole && eng.connectAs ? () => eng.connectAs(MIGRATOR_ROLE) : void 0 },
        restart: eng.restartFresh ? () => eng.restartFresh() : void 0,
        runnerSetup: runnerSetup(set.layout, migrations)
      });
      db = trace.db;
      markEnvironmentFailures(trace, historySources);
      out.baseHistory = addBaseHistory(out.baseHistory, trace);
      for (const r of trace.refused.filter((r2) => r2.status === "base")) {
        const { message } = describeCapabilities(r.hits);
        out.findings.push(
          finalizeFinding(
            settings,
            {
              ruleId: "untrusted-capability",
              severity: "info",
              phase: "live",
              category: "security",
              file: r.file,
              line: r.line,
              column: 1,
              endLine: r.line,
              migrationId: r.migrationId,
              object: [...new Set(r.hits.map((h) => h.capability))].join(", "),
              title: "Already-merged migration statement not executed during the review",
              message: `${message} This migration is already merged (base history), so this is not a change of this pull request; the review went on without the statement, and the database it checked against may differ from production.`,
              evidence: { capabilities: r.hits.map(({ capability, detail }) => ({ capability, detail, refused: true })) }
            },
            void 0,
            seen
          )
        );
      }
      out.migrations.push(...trace.migrations.filter((m) => m.status !== "base"));
      out.statementsExecuted += trace.migrations.filter((m) => m.status !== "base").reduce((n, m) => n + (m.trace ?? []).filter((t) => !t.error && !t.skipped).length, 0);
      objects.created.push(...trace.objects.created);
      objects.altered.push(...trace.objects.altered);
      objects.dropped.push(...trace.objects.dropped);
      {
        const rules2 = trace.before && trace.after ? liveRules2 : liveRules2.filter((r) => CATALOG_FREE_RULES.has(r.id));
        const production = histories.size === 1 ? input.production : void 0;
        const checked = runLiveRules({ settings, set, trace, sources: historySources, staticResult, rules: rules2, seen, fallbackFile: up[0]?.source.file ?? "", production });
        out.findings.push(...checked.findings);
        out.suppressed.push(...checked.suppressed);
      }
      const rehearsal = prepared?.["data-volume"];
      out.calibrations.push(...calibrationsFrom(rehearsal instanceof Error ? void 0 : rehearsal, trace.migrations));
      for (const escape of trace.escapes) out.findings.push(finalizeFinding(settings, escapeFinding(escape, up), void 0, seen));
      if (db.alive && trace.after && session.usable) {
        const mainDb = db;
        await session.run(mainDb, async (pdb) => {
          const reach = pdb.rollbackOnly ? { prober: [], api: [] } : await containment(pdb, session.role, trace.role);
          for (const r of reach.api) {
            if (baseReach.has(r)) session.notes.push(`already after the base migrations: ${r}`);
            else out.findings.push(finalizeFinding(settings, reachFinding(r, up), void 0, seen));
          }
          if (reach.prober.length) {
            out.probes.push({ probe: "probes", status: "not-run", summary: `not run: the role probes act as is not contained (${reach.prober.join("; ")})` });
            return;
          }
          const probed = await runProbes({ ...prepareInput, db: pdb, trace, prepared });
          out.probes.push(...probed.results);
          out.objectsProbed += probed.objectsProbed;
          out.objectsNotProbed += probed.objectsNotProbed;
          for (const f of probed.findings) out.findings.push(finalizeFinding(settings, f, void 0, seen));
        });
        for (const escape of new Set(session.escapes)) out.findings.push(finalizeFinding(settings, escapeFinding(escape, up), void 0, seen));
      } else if (!session.usable) {
        out.probes.push({ probe: "probes", status: "not-run", summary: `not run: ${session.notes.join("; ")}` });
      } else {
        out.probes.push({ probe: "probes", status: "not-run", summary: trace.stopped ? `not run: ${trace.stopped}` : "not run: the catalog could not be read after applying" });
      }
      const rollback = await rollbackFor({ settings, db, engine: eng, trace, up });
      rollbacks.push({ history, report: rollback });
      offerRollback(out.findings, rollback, new Set(historySources.map((s) => s.source.file)));
      const changedFiles = new Set(up.filter((s) => s.migration.status !== "base").map((s) => s.source.file));
      const notes = [
        ...trace.role ? [] : db.rollbackOnly ? [] : ["the migrations ran as the superuser (the preset has no migration role)"],
        ...trace.superuser,
        ...trace.restarts,
        ...session.notes,
        // Stand-ins the changed migrations create, one note each; the base history's, one note in all.
        ...trace.standIns.filter((n) => changedFiles.has(n.slice(n.indexOf("(") + 1).split(":")[0]))
      ];
      const baseStandIns = trace.standIns.filter((n) => !changedFiles.has(n.slice(n.indexOf("(") + 1).split(":")[0]));
      if (baseStandIns.length) {
        notes.push(`the base history's platform extensions ${baseStandIns.map((n) => n.split(" ")[0]).join(", ")} are pgreview stand-ins (same objects and signatures, no network, no background jobs): results that depend on their behaviour are not verified`);
      }
      if (trace.gaps.length) {
        const files = new Set(trace.gaps.map((g) => g.file)).size;
        notes.push(
          `the base history did not fully build on this engine: ${trace.gaps.length} statement(s) in ${files} already-merged file(s) were left out (first: ${trace.gaps[0].file}:${trace.gaps[0].line}, ${trace.gaps[0].cause}); what depends on them could not be verified`
        );
      }
      if (trace.stopped) notes.push(`run stopped early: ${trace.stopped}`);
      if (notes.length) out.engine = { ...out.engine, limits: [...out.engine.limits, ...notes] };
      if (session.role) {
        const how = `probes acted as ${session.role} (no superuser, CREATEROLE, or server program/file roles)`;
        out.engine = { ...out.engine, notes: [...out.engine.notes ?? [], how] };
      }
    } finally {
      await probeSession?.close();
      await db?.close().catch(() => void 0);
      await engine?.stop().catch(() => void 0);
      if (engine && out.engine) {
        const late = engine.describe().limits.filter((l) => !out.engine.limits.includes(l));
        if (late.length) out.engine = { ...out.engine, limits: [...out.engine.limits, ...late] };
      }
    }
  }
  out.objects = objects;
  out.rollback = mergeRollbacks(rollbacks);
  return out;
}
async function containment(db, prober, migrator) {
  const v = Number((await db.query(`select current_setting('server_version_num') as n`)).rows[0].n);
  const existing = new Set(
    (await db.query(`select rolname::text as r from pg_catalog.pg_roles where rolname = any($1::text[])`, [["anon", "authenticated", "service_role", "anonymous", migrator]])).rows.map((r) => r.r)
  );
  const api = [];
  for (const role of ["anon", "authenticated", "service_role", "anonymous", migrator]) {
    if (role && existing.has(role)) api.push(...await outsideReach(db, role, { allowCreateRole: role === migrator && v >= 16e4 }));
  }
  return { prober: prober ? await outsideReach(db, prober) : [], api };
}
function atFirstChanged(up) {
  const changed = up.find((s) => s.migration.status !== "base") ?? up[0];
  return {
    file: changed?.source.file ?? "",
    line: changed?.source.startLine ?? 1,
    column: 1,
    endLine: changed?.source.startLine ?? 1,
    migrationId: changed?.migration.id
  };
}
function reachFinding(problem2, up) {
  const role = problem2.split(" ")[0];
  return {
    ruleId: "untrusted-capability",
    severity: "high",
    phase: "live",
    category: "security",
    ...atFirstChanged(up),
    object: role,
    title: `Role ${role} can act outside the database after these migrations`,
    message: `After the migrations, ${problem2}. Whoever acts as ${role} can then run programs, read or write the server's files, or signal other sessions.`,
    fix: { description: `Revoke the membership or attribute from ${role}; API and migration roles need none of them.` },
    evidence: { problem: problem2 }
  };
}
function escapeFinding(what, up) {
  return {
    ruleId: "untrusted-capability",
    severity: "critical",
    phase: "live",
    category: "security",
    ...atFirstChanged(up),
    object: "session authorization",
    title: "Code of this pull request switched the review session back to the superuser",
    message: `${what}. On the embedded engine (PGlite) that stays inside WASM, with no programs, host files or network; the statements it ran after the switch are not trustworthy evidence.`,
    fix: { description: "Remove RESET/SET SESSION AUTHORIZATION and SET ROLE from migration code; they have no place in a migration." },
    evidence: { switch: what }
  };
}
var CATALOG_FREE_RULES = /* @__PURE__ */ new Set(["statement-timeout", "migration-failed"]);
var EMPTY_CATALOG = emptyCatalog();
function runLiveRules(input) {
  const { settings, set, trace, sources: historySources, staticResult, seen } = input;
  const out = { findings: [], suppressed: [] };
  const rules2 = trace.before && trace.after ? input.rules : input.rules.filter((r) => CATALOG_FREE_RULES.has(r.id));
  if (rules2.length === 0) return out;
  const statementFor = statementLocator(historySources);
  const report2 = (rule) => (ri) => {
    const f = finalizeFinding(settings, toFinding(rule, ri, "live"), ri.stmt?.sql, seen);
    const ignore = ri.stmt?.ignores.find((i) => i.ruleId === rule.id) ?? historySources.find((s) => s.source.file === f.file)?.fileIgnores.find((i) => i.ruleId === rule.id);
    if (ignore) {
      ignore.used = true;
      out.suppressed.push({ ...f, reason: ignore.reason });
    } else out.findings.push(f);
  };
  const files = new Set(historySources.map((s) => s.source.file));
  const ctxBase = {
    settings,
    set,
    before: trace.before ?? EMPTY_CATALOG,
    after: trace.after ?? EMPTY_CATALOG,
    trace,
    sources: historySources,
    exposedSchemas: new Set(staticResult.exposedSchemas),
    supabase: staticResult.supabase,
    // Static findings of this history (suppressed ones too): live rules skip what they already say.
    staticFindings: [...staticResult.findings, ...staticResult.suppressed].filter((f) => files.has(f.file)),
    statementFor,
    production: input.production
  };
  for (const rule of rules2) {
    const ctx = { ...ctxBase, report: report2(rule) };
    try {
      rule.check(ctx);
    } catch (e) {
      out.findings.push(
        finalizeFinding(
          settings,
          { ruleId: rule.id, severity: "info", phase: "live", category: rule.category, file: input.fallbackFile, line: 1, column: 1, endLine: 1, title: `Rule ${rule.id} could not check this review`, message: `pgreview hit an internal error in live rule ${rule.id}: ${e.message}. Please report it.` },
          void 0,
          seen
        )
      );
    }
  }
  return out;
}
function statementLocator(sources) {
  const changed = sources.filter((s) => s.migration.status !== "base" && s.direction === "up").flatMap((s) => s.statements);
  return (name) => {
    const parts = name.split(".");
    const last2 = parts[parts.length - 1];
    const table2 = parts.length >= 2 ? parts[parts.length - 2] : last2;
    const mentions2 = (s, word) => new RegExp(`(^|[^\\w$])"?${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?([^\\w$]|$)`, "i").test(s.sql);
    return changed.find((s) => mentions2(s, last2) && (parts.length < 3 || mentions2(s, table2))) ?? changed.find((s) => mentions2(s, table2));
  };
}

// src/stats/load.ts
import { readFileSync as readFileSync7 } from "node:fs";
import path10 from "node:path";
function parseStats(text, label) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StatsError(`${label} is not JSON: ${e.message}`);
  }
  if (raw?.format !== STATS_FORMAT) throw new StatsError(`${label} is not a pgreview stats file (format is ${JSON.stringify(raw?.format)}, expected "${STATS_FORMAT}")`);
  if (raw.version !== STATS_VERSION) throw new StatsError(`${label} has stats format version ${raw.version}; this pgreview reads version ${STATS_VERSION} (re-run pgreview stats)`);
  for (const k of ["server", "relations", "indexes", "catalog", "settings"]) {
    if (!raw[k] || typeof raw[k] !== "object") throw new StatsError(`${label} lacks "${k}"`);
  }
  const num = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  for (const [name, f] of Object.entries(raw.relations)) {
    const bad = ["relpages", "tableBytes", "toastBytes", "indexBytes", "totalBytes", "liveTuples", "deadTuples", "inserted", "updated", "deleted"].find((k) => !num(f?.[k]));
    if (bad || !(f.reltuples === null || num(f.reltuples))) throw new StatsError(`${label}: relations["${name}"].${bad ?? "reltuples"} is not a count`);
  }
  for (const k of ["schemas", "relations", "columns", "constraints", "indexes", "policies", "triggers", "functions", "extensions", "enums"]) {
    if (!raw.catalog[k] || typeof raw.catalog[k] !== "object") throw new StatsError(`${label} lacks catalog.${k}`);
  }
  return raw;
}
function toProduction(stats, source2) {
  const relations = {};
  for (const [name, r] of Object.entries(stats.catalog.relations)) relations[name] = { ...r, oid: 0, relfilenode: 0 };
  return { source: source2, stats, catalog: { ...stats.catalog, relations } };
}
function readStatsFile(file, cwd = process.cwd(), label = file) {
  const abs = path10.resolve(cwd, file);
  let text;
  try {
    text = readFileSync7(abs, "utf8");
  } catch (e) {
    throw new StatsError(`cannot read the stats file ${label}: ${e.code ?? e.message}`);
  }
  const stats = parseStats(text, label);
  return toProduction(stats, `${label}, collected ${stats.collectedAt} from PostgreSQL ${stats.server.version}`);
}
async function loadProductionStats(s) {
  if (s.statsFile) {
    const abs = path10.resolve(s.statsFile);
    const rel2 = path10.relative(s.repoRoot, abs);
    return readStatsFile(abs, void 0, s.statsLabel ?? (rel2 && !rel2.startsWith("..") && !path10.isAbsolute(rel2) ? rel2.split(path10.sep).join("/") : path10.basename(abs)));
  }
  if (s.statsUrl) {
    const stats = await collectStatsFromUrl(s.statsUrl);
    return toProduction(stats, `the stats URL, read at ${stats.collectedAt} from PostgreSQL ${stats.server.version}`);
  }
  return void 0;
}

// src/review.ts
var VERSION = "0.1.0";
async function review(settings) {
  const t0 = performance.now();
  if (settings.statsUrl && settings.databaseUrl && settings.statsUrl.trim() === settings.databaseUrl.trim() && settings.engine !== "none") {
    throw new Error("the stats URL is also the database URL: pgreview never runs pull request SQL on the database it reads production statistics from. Give the url engine a branch or a copy, or use --engine none.");
  }
  let production;
  const statsNotes = [];
  try {
    production = await loadProductionStats(settings);
  } catch (e) {
    if (settings.statsFile) throw e;
    statsNotes.push({ probe: "production-stats", status: "not-run", summary: `not used: ${e.message}` });
  }
  if (production && settings.rows === void 0) {
    const largest = Math.max(0, ...Object.values(productionRows(production)));
    settings = { ...settings, rows: Math.min(STATS_REHEARSAL_ROWS, Math.max(DEFAULT_ROWS, largest)) };
  }
  if (production) settings = { ...settings, rehearsalTimings: settings.rehearsalTimings ?? STATS_REHEARSAL_TIMINGS };
  await loadParser();
  const set = await planMigrations(settings);
  const sources = parseMigrations(set);
  const t1 = performance.now();
  const st = runStatic(settings, set, rules, sources);
  const t2 = performance.now();
  const changed = set.migrations.filter((m) => m.status !== "base");
  const statementsTotal = st.reviewed.length;
  const live = await runLive({ settings, set, sources, staticResult: st, rules, production });
  const t3 = performance.now();
  const findings = mergeFindings(st.findings, live.findings, rules);
  if (production) {
    const ruleSeverity = (id) => rules.find((r) => r.id === id)?.severity;
    applyProductionStats(findings, production, live.calibrations, settings, ruleSeverity, live.ran ? void 0 : `the live stage did not run (${live.skippedReason})`);
    statsNotes.push(productionSummary(production, findings, live.ran));
  }
  const migrations = live.migrations.length ? live.migrations : changed.map((m) => ({
    id: m.id,
    file: m.path,
    status: m.status,
    transactional: m.transactional,
    statements: sources.filter((s) => s.migration.id === m.id && s.direction === "up").reduce((n, s) => n + s.statements.length, 0),
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
    suppressed: [...st.suppressed, ...live.suppressed],
    preset: live.preset?.id ?? (settings.preset ?? (st.supabase ? "supabase" : "plain")),
    migrations,
    objects: live.objects ?? staticObjectChanges(st.reviewed),
    probes: [...live.probes, ...statsNotes],
    engine: live.engine,
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
      totalMs: Math.round(performance.now() - t0),
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
function mergeFindings(staticFindings, liveFindings, registry = []) {
  const key2 = (f) => `${f.ruleId}\0${f.file}\0${f.object ?? ""}`;
  const merged = staticFindings.map((f) => ({ ...f }));
  const byKey = new Map(merged.map((f) => [key2(f), f]));
  const confirms = new Map(registry.filter((r) => r.phase === "live" && r.confirms?.length).map((r) => [r.id, new Set(r.confirms)]));
  const worse = (a, b) => SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
  const out = [];
  for (const l of liveFindings) {
    const same2 = byKey.get(key2(l));
    if (same2) {
      Object.assign(same2, { phase: "live", severity: worse(l.severity, same2.severity), evidence: { ...same2.evidence, ...l.evidence } });
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
function relevantEngineLimits(limits, sources) {
  const changedSql = sources.filter((s) => s.migration.status !== "base").map((s) => s.source.text);
  const usesVector = changedSql.some((t) => /\b(vector|halfvec|sparsevec|hnsw|ivfflat)\b/i.test(t));
  return limits.filter((l) => usesVector || !/pgvector|\bvector\b/i.test(l));
}
function renderReport(report2, format, opts = {}) {
  switch (format) {
    case "markdown":
      return renderMarkdown(report2);
    case "json":
      return renderJson(report2);
    case "sarif":
      return renderSarif(report2, { rules: rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, category: r.category, phase: r.phase })) });
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
var import_yaml = __toESM(require_dist(), 1);
import * as fs4 from "node:fs";
import * as path11 from "node:path";
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
  const base = path11.dirname(file);
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
        cfg.paths = stringList(file, key2, v).map((p) => path11.resolve(base, p));
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
        cfg.stats = path11.resolve(base, v.trim());
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
function loadConfig(dir, explicitPath) {
  let file;
  if (explicitPath) {
    file = path11.resolve(dir, explicitPath);
    if (!fs4.existsSync(file)) throw new ConfigError("config file not found", file);
  } else {
    file = CONFIG_NAMES.map((n) => path11.join(dir, n)).find((f) => fs4.existsSync(f));
    if (!file) return {};
  }
  let text;
  try {
    text = fs4.readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read: ${e.message}`, file);
  }
  let raw;
  try {
    raw = (0, import_yaml.parse)(text, { uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    throw new ConfigError(`not valid YAML: ${e.message.split("\n")[0]}`, file);
  }
  return validateConfig(raw, file);
}
function defaultSettings(partial = {}) {
  const dir = path11.resolve(partial.dir ?? process.cwd());
  return {
    ...partial,
    dir,
    repoRoot: path11.resolve(partial.repoRoot ?? dir),
    engine: partial.engine ?? "auto",
    failOn: partial.failOn ?? "critical",
    format: partial.format ?? "text",
    pgVersion: partial.pgVersion ?? 17,
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
  if (env.GITHUB_ACTION_PATH && env.GITHUB_WORKSPACE && env.GITHUB_REPOSITORY && env.GITHUB_SHA && path11.resolve(env.GITHUB_ACTION_PATH) === path11.resolve(env.GITHUB_WORKSPACE)) {
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
    repoRoot: config.path ? path11.dirname(config.path) : void 0
  };
  for (const [k, v] of Object.entries(partial)) if (v !== void 0) merged[k] = v;
  merged.rules = { ...config.rules ?? {}, ...partial.rules ?? {} };
  merged.exclude = [...config.exclude ?? [], ...partial.exclude ?? []];
  if (config.path) merged.configPath = config.path;
  for (const k of Object.keys(merged)) if (merged[k] === void 0) delete merged[k];
  return defaultSettings(merged);
}

export {
  SEVERITIES,
  SEVERITY_RANK,
  rules,
  COMMENT_MARKER,
  renderMarkdown,
  installSignalHandlers,
  EngineStartError,
  rollbackFileText,
  stableJson,
  collectStatsFromUrl,
  VERSION,
  review,
  renderReport,
  exitCodeFor,
  LAYOUTS,
  PRESETS,
  ENGINES,
  FORMATS,
  loadConfig,
  applyConfig
};
