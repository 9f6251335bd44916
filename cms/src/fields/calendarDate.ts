import type { CalendarDate } from '@campaign/shared/schedule'
import type { DateField, PayloadRequest } from 'payload'

import { translate } from '../i18n/messages'
import { toCalendarDate, toStoredCalendarDate } from './calendarDateValue'

export type CalendarDateRule = (
  day: CalendarDate,
  context: { data: Record<string, unknown>; req: PayloadRequest },
) => string | true

type Options = Pick<DateField, 'name' | 'label' | 'required'> & {
  admin?: DateField['admin']
  /** Runs after the value is known to be a real day; returns an error message or true. */
  rule?: CalendarDateRule
}

/** A day-only date (dd/mm/yyyy in the admin), normalised on every write. */
export const calendarDate = ({ admin, rule, ...field }: Options): DateField => ({
  ...field,
  type: 'date',
  admin: {
    ...admin,
    date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy', ...admin?.date },
  },
  hooks: { beforeValidate: [({ value }) => toStoredCalendarDate(value)] },
  validate: (value, { data, req, required }) => {
    if (!value) {
      return required ? req.t('validation:required') : true
    }
    const day = toCalendarDate(value)
    if (day === null) return translate(req, 'invalidCalendarDate')
    return rule ? rule(day, { data: data as Record<string, unknown>, req }) : true
  },
})
