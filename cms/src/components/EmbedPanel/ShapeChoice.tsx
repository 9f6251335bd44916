'use client'
// The shape of an image or iframe snippet, as radio buttons.

export const ShapeChoice = <Shape extends string>({
  name,
  legend,
  labels,
  value,
  onChange,
}: {
  name: string
  legend: string
  labels: Record<Shape, string>
  value: Shape
  onChange: (shape: Shape) => void
}) => (
  <fieldset className="embed-panel__choice">
    <legend>{legend}</legend>
    {(Object.keys(labels) as Shape[]).map((shape) => (
      <label key={shape}>
        <input
          type="radio"
          name={name}
          value={shape}
          checked={shape === value}
          onChange={() => onChange(shape)}
        />{' '}
        {labels[shape]}
      </label>
    ))}
  </fieldset>
)
