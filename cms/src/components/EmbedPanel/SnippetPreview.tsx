'use client'
// A snippet's live preview: the snippet running in a frame of this admin's origin (so the banner's
// request needs no CORS entry and the embed page allows the frame), as tall as what it shows.
// The sandbox keeps a click inside (the embed page's links target the top window) from leaving
// the admin; new tabs still open.
import { useEffect, useRef, useState } from 'react'

export const SnippetPreview = ({ document, title }: { document: string; title: string }) => {
  const [height, setHeight] = useState(0)
  const observer = useRef<ResizeObserver>(null)
  useEffect(() => () => observer.current?.disconnect(), [])
  const follow = (frame: HTMLIFrameElement) => {
    const body = frame.contentDocument?.body
    // The frame's own observer: it watches its document's layout.
    const view = frame.contentWindow as (Window & typeof globalThis) | null
    observer.current?.disconnect()
    if (!body || !view) return
    observer.current = new view.ResizeObserver(() => setHeight(Math.ceil(body.offsetHeight)))
    observer.current.observe(body)
  }
  return (
    <iframe
      className="embed-panel__preview"
      title={title}
      srcDoc={document}
      sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      style={{ height: height || undefined }}
      onLoad={(event) => follow(event.currentTarget)}
    />
  )
}
