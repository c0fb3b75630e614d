import type { Field } from 'payload'

/**
 * The data fields of a collection a reviewer signs: every named field except join fields
 * (other documents' links), virtual fields, UI fields and the given generated ones.
 */
export function reviewedFieldNames(fields: Field[], exclude: readonly string[] = []): string[] {
  const names: string[] = []
  const walk = (list: Field[]) => {
    for (const field of list) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) names.push(tab.name)
          else walk(tab.fields)
        }
        continue
      }
      if ('name' in field && field.name) {
        if (field.type === 'ui' || field.type === 'join' || ('virtual' in field && field.virtual)) continue
        if (!exclude.includes(field.name)) names.push(field.name)
        continue
      }
      if ('fields' in field) walk(field.fields)
    }
  }
  walk(fields)
  return names
}
