"""Server-drawn SVG graphics shared by the web app and the briefing: the event map and the actor network."""
