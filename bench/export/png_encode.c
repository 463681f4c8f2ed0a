/* PNG encoding of one drawn chart: cairo's writer (libpng, zlib 6, adaptive filters) against
 * the settings of Engine's PNGWriter (no row filter, zlib level 2, RGB when opaque), CPU time
 * per encode (CLOCK_PROCESS_CPUTIME_ID, so machine load matters less). Issue 13.
 *   cc -O2 bench/export/png_encode.c -o /tmp/png_encode $(pkg-config --cflags --libs librsvg-2.0 cairo libpng zlib)
 *   /tmp/png_encode Tests/EngineTests/Fixtures/charts/area-light.svg
 */
#include <stdint.h>
#include <librsvg/rsvg.h>
#include <cairo.h>
#include <png.h>
#include <zlib.h>
#include <stdio.h>
#include <time.h>
#include <string.h>
#include <stdlib.h>
static double now(){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
static void wr(png_structp p,png_bytep d,png_size_t n){*(size_t*)png_get_io_ptr(p)+=n;}
static void fl(png_structp p){}
size_t enc(cairo_surface_t*s,int level,int filter,int strat,int rgb){
  int w=cairo_image_surface_get_width(s),h=cairo_image_surface_get_height(s),st=cairo_image_surface_get_stride(s);
  unsigned char*d=cairo_image_surface_get_data(s);
  png_structp p=png_create_write_struct(PNG_LIBPNG_VER_STRING,0,0,0);png_infop i=png_create_info_struct(p);
  size_t sz=0; png_set_write_fn(p,&sz,wr,fl);
  png_set_compression_level(p,level); png_set_filter(p,0,filter); png_set_compression_strategy(p,strat);
  png_set_IHDR(p,i,w,h,8,rgb?PNG_COLOR_TYPE_RGB:PNG_COLOR_TYPE_RGB_ALPHA,0,0,0);png_write_info(p,i);
  unsigned char*row=malloc(w*4);
  for(int y=0;y<h;y++){uint32_t*src=(uint32_t*)(d+y*st);
    for(int x=0;x<w;x++){uint32_t px=src[x];unsigned a=px>>24;unsigned r=(px>>16)&255,g=(px>>8)&255,b=px&255;
      if(a!=0&&a!=255){r=(r*255+a/2)/a;g=(g*255+a/2)/a;b=(b*255+a/2)/a;}
      if(rgb){row[3*x]=r;row[3*x+1]=g;row[3*x+2]=b;}else{row[4*x]=r;row[4*x+1]=g;row[4*x+2]=b;row[4*x+3]=a;}}
    png_write_row(p,row);}
  png_write_end(p,i);png_destroy_write_struct(&p,&i);free(row);return sz;
}
int main(int argc,char**argv){
  FILE*f=fopen(argv[1],"rb");fseek(f,0,2);long n=ftell(f);rewind(f);char*buf=malloc(n);fread(buf,1,n,f);fclose(f);
  GError*e=NULL; RsvgHandle*h=rsvg_handle_new_from_data((guint8*)buf,n,&e);
  cairo_surface_t*s=cairo_image_surface_create(CAIRO_FORMAT_ARGB32,640,360);cairo_t*cr=cairo_create(s);
  RsvgRectangle vp={0,0,640,360}; rsvg_handle_render_document(h,cr,&vp,&e);cairo_surface_flush(s);
  struct {int l,f,s,rgb;const char*n;} cs[]={{6,PNG_ALL_FILTERS,Z_DEFAULT_STRATEGY,0,"default"},{1,PNG_FILTER_NONE,Z_DEFAULT_STRATEGY,0,"l1 none"},{1,PNG_FILTER_NONE,Z_DEFAULT_STRATEGY,1,"l1 none rgb"},{1,PNG_FILTER_NONE,Z_RLE,1,"l1 none rle rgb"},{1,PNG_FILTER_SUB,Z_DEFAULT_STRATEGY,1,"l1 sub rgb"},{2,PNG_FILTER_NONE,Z_DEFAULT_STRATEGY,1,"l2 none rgb"},{1,PNG_FILTER_NONE,Z_RLE,0,"l1 none rle"}};
  for(int c=0;c<7;c++){double t=now();size_t sz=0;for(int k=0;k<20;k++)sz=enc(s,cs[c].l,cs[c].f,cs[c].s,cs[c].rgb);printf("%-12s %6zu B %.2f ms\n",cs[c].n,sz,(now()-t)/20);}
}
