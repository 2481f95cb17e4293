/**
 * What DynamoDB counts when it bills a read: an item's size by AWS's published rules, and the read units a
 * strongly consistent read of that many bytes costs (1 unit per 4 KB, rounded up per item for GetItem and
 * per page for Query). Pure.
 */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

/** A number: about one byte per two significant digits, plus one. */
function numberBytes(text: string): number {
  const digits = text
    .replace(/^[-+]/, "")
    .replace(/[eE].*$/, "")
    .replace(".", "")
    .replace(/^0+/, "")
    .replace(/0+$/, "");
  return Math.ceil(digits.length / 2) + 1;
}

export function attributeBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  // Lists and maps: 3 bytes, plus 1 byte and the size of each element (and, in a map, its name).
  if (value.L !== undefined) return 3 + value.L.reduce((sum, element) => sum + 1 + attributeBytes(element), 0);
  if (value.M !== undefined) return 3 + itemBytes(value.M) + Object.keys(value.M).length;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberBytes(n), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  return 0;
}

/** An item's size: each attribute's name and value. */
export function itemBytes(item: Readonly<Record<string, AttributeValue>>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + attributeBytes(value), 0);
}

export const READ_UNIT_BYTES = 4096;

/** Read units of one strongly consistent GetItem, or one Query page, that read `bytes`. */
export function consistentReadUnits(bytes: number): number {
  return Math.ceil(bytes / READ_UNIT_BYTES);
}
