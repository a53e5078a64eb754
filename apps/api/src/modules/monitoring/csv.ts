import { invalidField } from "../../common/errors/domain-error";

/**
 * One CSV line's cells (RFC 4180 within a line: cells separated by commas, a quoted cell may hold commas and
 * doubled quotes). A quoted cell cannot span lines here: rows are read line by line as they arrive.
 */
export function parseCsvLine(line: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let index = 0;
  for (;;) {
    if (line[index] === '"') {
      let cell = "";
      index += 1;
      for (;;) {
        const quote = line.indexOf('"', index);
        if (quote === -1) throw invalidField("body", `Line ${lineNumber}: a quoted value is not closed (values cannot span lines)`);
        cell += line.slice(index, quote);
        if (line[quote + 1] === '"') {
          cell += '"';
          index = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
      cells.push(cell);
      if (index < line.length && line[index] !== ",") throw invalidField("body", `Line ${lineNumber}: text after a closing quote`);
    } else {
      const comma = line.indexOf(",", index);
      const end = comma === -1 ? line.length : comma;
      cells.push(line.slice(index, end));
      index = end;
    }
    if (index >= line.length) return cells;
    index += 1; // the comma
    if (index === line.length) {
      cells.push("");
      return cells;
    }
  }
}
